package consult

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// crashEnv tells TestCrashHelper where to save and at which file to die.
const crashEnv = "JEWELQUIZ_CONSULT_CRASH"

// TestCrashHelper is run as a subprocess by TestCrash: it saves a
// consultation and kills itself with SIGKILL once the nth file's temporary
// copy is written, before it is linked into place.
func TestCrashHelper(t *testing.T) {
	at, s := helperStore(t, crashEnv, "TestCrash")
	n, _ := strconv.Atoi(at)
	calls := 0
	afterTempWrite = func(string) {
		if calls++; calls == n {
			die()
		}
	}
	s.Save(sample(t, 1))
	t.Fatal("survived the crash")
}

// TestCrash kills a process while it saves, before each of the two files,
// and checks that no consultation appears half-written and that the
// directory still works.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a subprocess")
	}
	for _, at := range []int{1, 2} {
		t.Run("before file "+strconv.Itoa(at), func(t *testing.T) {
			dir := t.TempDir()
			runKilled(t, "TestCrashHelper", crashEnv+"="+strconv.Itoa(at)+":"+dir)
			var temps, mds []string
			for _, name := range names(t, dir) {
				switch {
				case strings.HasPrefix(name, tmpPrefix):
					temps = append(temps, name)
				case strings.HasSuffix(name, ".md") && at == 2:
					mds = append(mds, name)
				default:
					t.Fatalf("after a crash before file %d the directory holds %s", at, name)
				}
			}
			if len(temps) != 1 {
				t.Fatalf("temporary files %v, want the one being written", temps)
			}
			s, err := Open(dir, testBank())
			if err != nil {
				t.Fatal(err)
			}
			if recs, errs := s.List(time.Time{}); len(recs) != 0 || len(errs) != 0 {
				t.Fatalf("List after the crash = %v, %v; want nothing", codesOf(recs), errs)
			}
			// Age what the crash left, then save again: the save works and
			// cleans up the stale temporary file.
			old := time.Now().Add(-2 * time.Hour)
			for _, name := range append(temps, mds...) {
				if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
					t.Fatal(err)
				}
			}
			r := save(t, s, sample(t, 2))
			if got, err := s.Load(r.Code); err != nil {
				t.Fatal(err)
			} else {
				mustEqual(t, got, r)
			}
			for _, name := range names(t, dir) {
				if strings.HasPrefix(name, tmpPrefix) {
					t.Fatalf("Save left the stale %s", name)
				}
			}
			// Purge removes the orphaned Markdown file, and nothing else.
			if n, err := s.Purge(time.Now().Add(-time.Hour)); n != 0 || err != nil {
				t.Fatalf("Purge = %d, %v", n, err)
			}
			if got := names(t, dir); len(got) != 2 {
				t.Fatalf("after Purge the directory holds %v, want only %s's files", got, r.Code)
			}
		})
	}
}
