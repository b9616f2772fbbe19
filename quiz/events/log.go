package events

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// File is the log's name in the data directory; Old is the file it is
// renamed to when full.
const (
	File = "events.log"
	Old  = File + ".1"
)

// MaxSize is the size past which the log is renamed to Old and a new one
// started.
const MaxSize = 4 << 20

// Log appends events to the log in a directory. It is safe for concurrent
// use, and any number of processes may append to one directory's log.
type Log struct {
	path string
	max  int64
	now  func() time.Time

	mu sync.Mutex
	f  *os.File
	// torn is set when the file did not end with a newline when opened (a
	// write cut short by a crash): the next line starts a new one.
	torn bool
}

// Open opens the log in dir, making dir if need be, and private to its
// owner (mode 0700) even if it was there. The file
// is made on the first Append, private to its owner (mode 0600).
func Open(dir string) (*Log, error) {
	if dir == "" {
		return nil, errors.New("event log: no directory given")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("event log: %w", err)
	}
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		return nil, fmt.Errorf("event log: %w", err)
	case !fi.IsDir():
		return nil, fmt.Errorf("event log: %s is not a directory", dir)
	case fi.Mode().Perm() != 0o700:
		if err := os.Chmod(dir, 0o700); err != nil {
			return nil, fmt.Errorf("event log: making %s private: %w", dir, err)
		}
	}
	return &Log{path: filepath.Join(dir, File), max: MaxSize, now: time.Now}, nil
}

// NewSession returns a new random session id: 8 random bytes in hex,
// derived from nothing.
func NewSession() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (see crypto/rand.Read)
	return hex.EncodeToString(b[:])
}

// Append writes e as one line, stamped with the time now if it has none.
// The line goes in one write, so it is never interleaved with another's.
func (l *Log) Append(e Event) error {
	if e.Time == 0 {
		e.Time = l.now().Unix()
	}
	line, err := e.Line()
	if err != nil {
		return fmt.Errorf("event log: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.ready(); err != nil {
		return err
	}
	if l.torn {
		line = append([]byte{'\n'}, line...)
	}
	if _, err := l.f.Write(line); err != nil {
		return fmt.Errorf("event log: %w", err)
	}
	l.torn = false
	return l.rotate()
}

// Close closes the file.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// ready makes sure l.f is the file at l.path: open it the first time, and
// again when it was renamed or removed since (by another process's
// rotation, or by hand).
func (l *Log) ready() error {
	if l.f != nil {
		fi, err := os.Stat(l.path)
		mine, err2 := l.f.Stat()
		if err == nil && err2 == nil && os.SameFile(fi, mine) {
			return nil
		}
		l.f.Close()
		l.f = nil
	}
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("event log: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("event log: %w", err)
	}
	if fi.Mode().Perm() != 0o600 {
		if err := f.Chmod(0o600); err != nil {
			f.Close()
			return fmt.Errorf("event log: making it private: %w", err)
		}
	}
	l.f, l.torn = f, endsTorn(l.path, fi.Size())
	return nil
}

// endsTorn reports whether the file at path, size bytes long, ends without
// a newline.
func endsTorn(path string, size int64) bool {
	if size == 0 {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, 1)
	_, err = f.ReadAt(b, size-1)
	return err == nil && b[0] != '\n'
}

// rotate renames a full log to Old. Processes sharing the log take turns
// under a lock on the file, and only the first renames it: the others find
// a new file at the path and write there.
func (l *Log) rotate() error {
	fi, err := l.f.Stat()
	if err != nil || fi.Size() < l.max {
		return nil
	}
	if err := unix.Flock(int(l.f.Fd()), unix.LOCK_EX); err != nil {
		return fmt.Errorf("event log: locking to rotate: %w", err)
	}
	defer unix.Flock(int(l.f.Fd()), unix.LOCK_UN)
	cur, err := os.Stat(l.path)
	if err == nil && os.SameFile(cur, fi) {
		if err := os.Rename(l.path, filepath.Join(filepath.Dir(l.path), Old)); err != nil {
			return fmt.Errorf("event log: rotating: %w", err)
		}
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("event log: %w", err)
	}
	return nil // the next Append opens the new file
}
