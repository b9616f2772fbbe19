package events

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestAppendIsPrivate checks the directory is 0700 and the file 0600, even
// when they were there before with wider modes.
func TestAppendIsPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, File)
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := l.Append(Event{Session: sid(1), Kind: Started}); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode().Perm(), want)
		}
	}
	got, _ := readAll(t, dir)
	if len(got) != 1 || got[0].Time == 0 {
		t.Fatalf("read %+v: the event was not stamped with the time", got)
	}
}

// TestAppendRefusesBadEvents checks nothing is written for an event that
// is not valid.
func TestAppendRefusesBadEvents(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	defer l.Close()
	if err := l.Append(Event{Session: sid(1), Kind: Answered, Question: "Ann Smith"}); err == nil {
		t.Fatal("a name went into the log")
	}
	if _, err := os.Stat(filepath.Join(dir, File)); err == nil {
		t.Fatal("the log was made for nothing")
	}
}

// TestConcurrentWritersNeverInterleave has many logs on one directory (as
// processes would), each written by many goroutines, and reads every line
// back whole.
func TestConcurrentWritersNeverInterleave(t *testing.T) {
	dir := t.TempDir()
	const logs, writers, each = 4, 25, 40
	var wg sync.WaitGroup
	for i := range logs {
		l, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		for w := range writers {
			s := sid(i*writers + w)
			wg.Go(func() {
				for range each {
					if err := l.Append(Event{Session: s, Kind: Finished, Pick: "welded-anklet", Confidence: "close", Secs: 1234}); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
	}
	wg.Wait()
	got, skipped := readAll(t, dir)
	if skipped != 0 || len(got) != logs*writers*each {
		t.Fatalf("read %d events and skipped %d lines, want %d and 0", len(got), skipped, logs*writers*each)
	}
}

// TestRotationBoundsTheLog writes past the size many times over and checks
// that only the log and one old file remain, neither much past the size,
// and the reader reads both.
func TestRotationBoundsTheLog(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	defer l.Close()
	l.max = 1000
	for i := range 200 {
		if err := l.Append(Event{Session: sid(i), Kind: Started}); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		fi, _ := e.Info()
		if fi.Size() > l.max+MaxLine {
			t.Errorf("%s: %d bytes, past the bound", e.Name(), fi.Size())
		}
	}
	if strings.Join(names, " ") != File+" "+Old {
		t.Fatalf("files %v", names)
	}
	got, skipped := readAll(t, dir)
	if skipped != 0 || len(got) < 10 || got[len(got)-1].Session != sid(199) {
		t.Fatalf("read %d events (skipped %d), the last %+v", len(got), skipped, got[len(got)-1])
	}
	for i := 1; i < len(got); i++ {
		if got[i].Session <= got[i-1].Session {
			t.Fatalf("the old file is not read first: %v before %v", got[i-1], got[i])
		}
	}
}

// TestConcurrentRotation rotates with several logs writing at once: every
// line read is whole, and the files stay bounded.
func TestConcurrentRotation(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := range 8 {
		l, _ := Open(dir)
		l.max = 2000
		defer l.Close()
		wg.Go(func() {
			for j := range 300 {
				if err := l.Append(Event{Session: sid(i*1000 + j), Kind: Abandoned, Question: "allergy"}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	got, skipped := readAll(t, dir)
	if skipped != 0 || len(got) == 0 {
		t.Fatalf("read %d, skipped %d", len(got), skipped)
	}
	for _, name := range []string{File, Old} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() > 2000+8*MaxLine {
			t.Fatalf("%s: %v %v", name, fi, err)
		}
	}
}

// TestTornLineStaysAlone checks that a line a crash cut short does not
// swallow the next one.
func TestTornLineStaysAlone(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, File), []byte(`{"t":1,"s":"00`), 0o600); err != nil {
		t.Fatal(err)
	}
	l, _ := Open(dir)
	defer l.Close()
	for i := range 2 {
		if err := l.Append(Event{Session: sid(i), Kind: Started}); err != nil {
			t.Fatal(err)
		}
	}
	got, skipped := readAll(t, dir)
	if len(got) != 2 || skipped != 1 {
		t.Fatalf("read %d events, skipped %d; want 2 and 1", len(got), skipped)
	}
}

// TestRemovedLogIsMadeAgain checks a log removed by hand while open is
// made again, not written into the void.
func TestRemovedLogIsMadeAgain(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	defer l.Close()
	for i := range 2 {
		if i == 1 {
			if err := os.Remove(filepath.Join(dir, File)); err != nil {
				t.Fatal(err)
			}
		}
		if err := l.Append(Event{Session: sid(i), Kind: Started}); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := readAll(t, dir); len(got) != 1 || got[0].Session != sid(1) {
		t.Fatalf("read %v", got)
	}
}

// TestNewSession checks session ids are well formed and differ.
func TestNewSession(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		s := NewSession()
		if !isSession(s) || seen[s] {
			t.Fatalf("session id %q (seen before: %v)", s, seen[s])
		}
		seen[s] = true
	}
}
