package consult

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// markerExt names a consultation being deleted: its JSON file renamed, so
// that it is no longer listed while its Markdown copy is removed.
const markerExt = ".deleting"

// beforeDeleteStep is called before each step of a deletion that touches
// the disk, with the step's name; tests use it to crash at that point.
var beforeDeleteStep = func(step string) {}

// Delete removes the consultation with the given code, which may be typed
// as a person would (see ParseCode): both its files, as remove does. The
// error wraps ErrBadCode for a malformed code and ErrNotFound for an
// unknown one. A consultation whose file cannot be understood is deleted
// all the same: it may still hold health information.
func (s *Store) Delete(code string) error {
	c, err := ParseCode(code)
	if err != nil {
		return err
	}
	removed, err := s.remove(c)
	if err != nil {
		return fmt.Errorf("consultation %s: %w", c, err)
	}
	if !removed {
		return fmt.Errorf("consultation %s: %w", c, ErrNotFound)
	}
	return nil
}

// remove deletes the consultation with the given code so that a crash at
// any point leaves both its files or, once the next Open has finished
// the deletion, neither: it renames CODE.json to CODE.deleting (from then
// on the consultation is gone for List and Load), syncs the directory,
// removes CODE.md, then the marker, and syncs again. It reports false when
// there was no CODE.json to rename: no such consultation, or another
// deletion took it first (and that one finishes it).
func (s *Store) remove(code string) (bool, error) {
	marker := s.path(code, markerExt)
	beforeDeleteStep("rename")
	err := os.Rename(s.path(code, ".json"), marker)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("marking it deleted: %w", err)
	}
	beforeDeleteStep("sync marker")
	if err := syncDir(s.dir); err != nil {
		return true, err
	}
	return true, s.finishDelete(code)
}

// finishDelete removes what is left of a consultation whose JSON file was
// renamed to its marker: the Markdown copy, then the marker, and syncs the
// directory. Either may already be gone. The Markdown copy is kept when a
// JSON file of the same code exists again, as it is then a new save's.
func (s *Store) finishDelete(code string) error {
	beforeDeleteStep("remove markdown")
	if _, err := os.Lstat(s.path(code, ".json")); errors.Is(err, fs.ErrNotExist) {
		if err := removeIfThere(s.path(code, ".md")); err != nil {
			return err
		}
	}
	beforeDeleteStep("remove marker")
	if err := removeIfThere(s.path(code, markerExt)); err != nil {
		return err
	}
	beforeDeleteStep("sync")
	return syncDir(s.dir)
}

// finishDeletes finishes every deletion a crash interrupted: those whose
// marker is still in the directory.
func (s *Store) finishDeletes() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("consultations directory %s: %w", s.dir, err)
	}
	var errs []error
	for _, e := range entries {
		if c, ok := codeOfFile(e.Name(), markerExt); ok {
			if err := s.finishDelete(c); err != nil {
				errs = append(errs, fmt.Errorf("finishing the deletion of consultation %s: %w", c, err))
			}
		}
	}
	return errors.Join(errs...)
}

// removeIfThere removes the file at path; that it is not there is fine.
func removeIfThere(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing %s: %w", filepath.Base(path), err)
	}
	return nil
}
