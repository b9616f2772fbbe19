package consult

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tmpPrefix starts the name of every temporary file, so readers skip them.
const tmpPrefix = ".tmp-"

// staleAfter is how old a temporary file must be before it counts as left
// behind by a crash and may be removed.
const staleAfter = time.Minute

// afterTempWrite is called between writing a temporary file and linking it
// under its final name; tests use it to crash or fail at that point.
var afterTempWrite = func(path string) {}

// errExists means the final name was taken: the code is in use.
var errExists = errors.New("file exists")

// writeNew writes data to path atomically, with mode 0600, and never over
// an existing file: it writes a temporary file in the same directory, syncs
// it, then links it to path. It returns an error wrapping errExists when
// path already exists. On any error no file is left at path, nor any
// temporary file.
func writeNew(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tmpPrefix+"*")
	if err != nil {
		return fmt.Errorf("creating a temporary file: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("syncing %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", tmp, err)
	}
	// Chmod rather than trusting CreateTemp's 0600: the mode must not
	// depend on the umask or on how CreateTemp is implemented.
	if err := os.Chmod(tmp, 0o600); err != nil {
		return fmt.Errorf("making %s private: %w", tmp, err)
	}
	afterTempWrite(tmp)
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s: %w", path, errExists)
		}
		return fmt.Errorf("linking %s: %w", path, err)
	}
	if err := os.Remove(tmp); err != nil {
		os.Remove(path)
		return fmt.Errorf("removing %s: %w", tmp, err)
	}
	if err := syncDir(dir); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// syncDir flushes dir's entries to disk, so a new or removed name survives
// a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("syncing directory %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("syncing directory %s: %w", dir, err)
	}
	return nil
}

// removeStaleTemps removes temporary files in dir older than staleAfter:
// what a crash left between writing a file and linking it.
func removeStaleTemps(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), tmpPrefix) || !e.Type().IsRegular() {
			continue
		}
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
