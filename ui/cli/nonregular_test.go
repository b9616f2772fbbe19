package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hangGuard bounds the wait for a command that should end; it catches a
// hang and times nothing.
const hangGuard = 10 * time.Second

// strangeEntries puts entries named like consultations that are not
// regular files beside the saved ones: a FIFO, a directory and a symbolic
// link to a real consultation. It returns their codes.
func strangeEntries(t *testing.T, dir, linkTo string) []string {
	t.Helper()
	fifo, sub, link := "4KQX-9M", "7CDE-FG", "9KMN-PQ"
	if err := syscall.Mkfifo(filepath.Join(dir, fifo+".json"), 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	if err := os.Mkdir(filepath.Join(dir, sub+".json"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(linkTo, filepath.Join(dir, link+".json")); err != nil {
		t.Fatal(err)
	}
	return []string{fifo, sub, link}
}

// within runs f, failing the test if it does not return in hangGuard.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(hangGuard):
		t.Fatal("the command did not return: it is waiting on something that is not a regular file")
	}
}

// TestStaffCommandsSkipNonRegularFiles checks list, purge and show never
// open a FIFO, directory or symbolic link named like a consultation: each
// is skipped with one line on stderr and no customer data.
func TestStaffCommandsSkipNonRegularFiles(t *testing.T) {
	dir, recent, old := saveConsultations(t)
	codes := strangeEntries(t, dir, filepath.Join(dir, recent.Code+".json"))

	var out, errOut string
	var err error
	within(t, func() { out, errOut, err = runConsult(List, "--data-dir", dir) })
	if !strings.Contains(out, recent.Code) || !strings.Contains(out, old.Code) {
		t.Errorf("list does not show the real consultations:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != len(codes) {
		t.Errorf("stderr has %d lines, want one per skipped entry:\n%s", len(lines), errOut)
	}
	for _, c := range codes {
		want := "jewelquiz: skipped " + filepath.Join(dir, c+".json") + ": not a regular file"
		if !strings.Contains(errOut, want+"\n") {
			t.Errorf("stderr does not say %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "Ana") {
		t.Errorf("stderr shows customer data:\n%s", errOut)
	}
	var input *InputError
	if !errors.As(err, &input) {
		t.Errorf("list: %v, want an InputError", err)
	}

	for _, c := range codes {
		within(t, func() { _, _, err = runConsult(Show, c, "--data-dir", dir) })
		if !errors.As(err, &input) || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("show %s: %v, want an InputError saying it is not a regular file", c, err)
		}
	}

	within(t, func() { out, errOut, err = runConsult(Purge, "--older-than", "1m", "--data-dir", dir) })
	if !strings.HasPrefix(out, "Removed 2 consultation(s)") {
		t.Errorf("purge: %q, want 2 removed", out)
	}
	if n := strings.Count(errOut, "not a regular file"); n != len(codes) {
		t.Errorf("purge reported %d entries as not regular files, want %d:\n%s", n, len(codes), errOut)
	}
	for _, c := range codes {
		if _, err := os.Lstat(filepath.Join(dir, c+".json")); err != nil {
			t.Errorf("purge touched %s: %v", c, err)
		}
	}
}
