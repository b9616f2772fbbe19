package consult

import (
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/adrg/xdg"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// Store is a directory of consultations; make one with Open. It is safe for
// concurrent use, and several processes may save into one directory at once.
type Store struct {
	dir string
	// bank words the answers in the Markdown written beside each save.
	bank []quiz.Question
	// now is the clock that dates new consultations.
	now func() time.Time
	// rand is where codes come from; randMu guards it, since a reader given
	// by a test need not be safe for concurrent use.
	rand   io.Reader
	randMu sync.Mutex
	// cleanOnce removes stale temporary files before the first save.
	cleanOnce sync.Once
}

// DefaultDir is where consultations are kept unless told otherwise:
// $XDG_DATA_HOME/jewelquiz/consultations.
func DefaultDir() string {
	return filepath.Join(xdg.DataHome, "jewelquiz", "consultations")
}

// Open opens the consultations in dir, creating it and its parents if need
// be. The directory is made private to its owner (mode 0700), even when it
// already existed. bank is the questions of the rulebook in use: the
// Markdown that Save writes beside each consultation words the answers with
// it. A store that is only read from may be given nil. Open finishes any
// deletion a crash interrupted (see Delete), so that no consultation is
// left half deleted.
func Open(dir string, bank []quiz.Question) (*Store, error) {
	if dir == "" {
		return nil, fmt.Errorf("consultations directory: no directory given")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("consultations directory %s: %w", dir, err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("consultations directory %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("consultations directory %s: not a directory", dir)
	}
	if fi.Mode().Perm() != 0o700 {
		if err := os.Chmod(dir, 0o700); err != nil {
			return nil, fmt.Errorf("consultations directory %s: making it private: %w", dir, err)
		}
	}
	s := &Store{dir: dir, bank: bank, now: time.Now, rand: rand.Reader}
	if err := s.finishDeletes(); err != nil {
		return nil, fmt.Errorf("consultations directory %s: %w", dir, err)
	}
	return s, nil
}

// Dir is the directory the store keeps its consultations in.
func (s *Store) Dir() string { return s.dir }

// path is the file of the consultation with the given code and extension.
func (s *Store) path(code, ext string) string {
	return filepath.Join(s.dir, code+ext)
}

// newCode draws a fresh code from the store's randomness.
func (s *Store) newCode() (string, error) {
	s.randMu.Lock()
	defer s.randMu.Unlock()
	return newCode(s.rand)
}
