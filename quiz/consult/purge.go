package consult

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Purge removes the consultations created before the given time, both
// files and as carefully as Delete, and returns how many it removed itself
// (not those another purge running at the same time removed first). It
// also removes what a crash may have left from earlier saves: Markdown
// files without their JSON file last changed before then, and stale
// temporary files. A file it cannot
// read is kept, and reported in the error, while the rest go on.
func (s *Store) Purge(before time.Time) (int, error) {
	codes, skipped, err := s.codes()
	if err != nil {
		return 0, err
	}
	errs := skipped
	n := 0
	for _, c := range codes {
		jsonPath := s.path(c, ".json")
		r, err := readRecord(jsonPath, c, s.bank)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !r.Created.Before(before) {
			continue
		}
		// Not there any more means another purge removed it: it is that
		// purge's to count, and to finish.
		removed, err := s.remove(c)
		if removed {
			n++
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("consultation %s: %w", c, err))
		}
	}
	errs = append(errs, s.removeOrphans(before)...)
	removeStaleTemps(s.dir, time.Now())
	if err := syncDir(s.dir); err != nil {
		errs = append(errs, err)
	}
	return n, errors.Join(errs...)
}

// removeOrphans removes Markdown files that have no JSON file beside them
// and were last changed before the given time: a save that crashed between
// its two files.
func (s *Store) removeOrphans(before time.Time) []error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return []error{fmt.Errorf("consultations directory %s: %w", s.dir, err)}
	}
	var errs []error
	for _, e := range entries {
		c, ok := codeOfFile(e.Name(), ".md")
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if _, err := os.Lstat(s.path(c, ".json")); !errors.Is(err, fs.ErrNotExist) {
			continue
		}
		fi, err := e.Info()
		if err != nil || !fi.ModTime().Before(before) {
			continue
		}
		if err := os.Remove(filepath.Join(s.dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("consultation %s: %w", c, err))
		}
	}
	return errs
}
