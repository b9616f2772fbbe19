package consult

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRoundTrip saves, loads, lists and purges consultations.
func TestRoundTrip(t *testing.T) {
	s := openTest(t)
	var saved []Record
	for i := range 4 {
		r := sample(t, i*97)
		r.Name = []string{"Ana", "", "Bo", "Chi"}[i]
		r.Created = testTime.Add(-time.Duration(i) * 24 * time.Hour).In(time.FixedZone("CET", 3600))
		saved = append(saved, save(t, s, r))
	}
	noCreated := save(t, s, sample(t, 5)) // dated by the store's clock
	if !noCreated.Created.Equal(testTime) {
		t.Fatalf("Created = %v, want the clock's %v", noCreated.Created, testTime)
	}
	for _, r := range append(saved, noCreated) {
		if _, err := ParseCode(r.Code); err != nil {
			t.Fatalf("Save assigned %q: %v", r.Code, err)
		}
		got, err := s.Load(strings.ToLower(strings.ReplaceAll(r.Code, "-", "")))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, got, r)
		md, err := os.ReadFile(filepath.Join(s.Dir(), r.Code+".md"))
		if err != nil || string(md) != Markdown(r, testBank()) {
			t.Fatalf("%s.md: %v, or it is not Markdown(r, bank)", r.Code, err)
		}
	}
	if saved[0].Report != sample(t, 0).Report || !strings.Contains(saved[0].Report, "<") {
		t.Fatalf("the report changed on the way: %q", saved[0].Report)
	}

	all, errs := s.List(time.Time{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	// noCreated and saved[0] share a time; the code breaks the tie.
	want := []Record{saved[0], noCreated}
	if noCreated.Code < saved[0].Code {
		want = []Record{noCreated, saved[0]}
	}
	want = append(want, saved[1], saved[2], saved[3])
	if !slices.Equal(codesOf(all), codesOf(want)) {
		t.Fatalf("List = %v, want newest first %v", codesOf(all), codesOf(want))
	}
	for i := range all {
		mustEqual(t, all[i], want[i])
	}
	recent, errs := s.List(testTime.Add(-36 * time.Hour))
	if len(errs) > 0 || len(recent) != 3 || recent[2].Code != saved[1].Code {
		t.Fatalf("List since 36h ago = %v, %v; want the 3 newest", codesOf(recent), errs)
	}
	if none, errs := s.List(testTime.Add(time.Second)); len(none) != 0 || len(errs) != 0 {
		t.Fatalf("List since the future = %v, %v", codesOf(none), errs)
	}

	n, err := s.Purge(testTime.Add(-36 * time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("Purge = %d, %v; want 2 removed", n, err)
	}
	for i, r := range saved {
		_, err := s.Load(r.Code)
		gone := i >= 2
		if gone != errors.Is(err, ErrNotFound) {
			t.Fatalf("after Purge, Load(%s) = %v (purged: %v)", r.Code, err, gone)
		}
		for _, ext := range []string{".json", ".md"} {
			_, err := os.Stat(filepath.Join(s.Dir(), r.Code+ext))
			if gone != errors.Is(err, os.ErrNotExist) {
				t.Fatalf("after Purge, %s%s: %v (purged: %v)", r.Code, ext, err, gone)
			}
		}
	}
	if left := names(t, s.Dir()); len(left) != 6 {
		t.Fatalf("after Purge the directory holds %v, want 3 consultations", left)
	}
}

func TestLoadUnknownAndMalformed(t *testing.T) {
	s := openTest(t)
	if _, err := s.Load("K7MX-4P"); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "K7MX-4P") {
		t.Fatalf("Load(unknown) = %v, want ErrNotFound naming the code", err)
	}
	if _, err := s.Load("../../etc/passwd"); !errors.Is(err, ErrBadCode) {
		t.Fatalf("Load(path) = %v, want ErrBadCode", err)
	}
}

// TestPermissions checks that files are 0600 and the directory 0700 even
// when the umask would allow more.
func TestPermissions(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "a", "b")
	s, err := Open(dir, testBank())
	if err != nil {
		t.Fatal(err)
	}
	r := save(t, s, sample(t, 1))
	mode(t, dir, 0o700)
	mode(t, filepath.Join(dir, r.Code+".json"), 0o600)
	mode(t, filepath.Join(dir, r.Code+".md"), 0o600)
}

func TestOpenFixesMode(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, testBank()); err != nil {
		t.Fatal(err)
	}
	mode(t, dir, 0o700)
}

func TestOpenNotADirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{file, filepath.Join(file, "sub"), ""} {
		if _, err := Open(dir, testBank()); err == nil {
			t.Fatalf("Open(%q) succeeded", dir)
		}
	}
}

func mode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Fatalf("%s has mode %#o, want %#o", path, got, want)
	}
}
