package consult

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/jewelquiz/jewelquiz/quiz"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// maxFileSize bounds a consultation file: a real one is a few kilobytes.
const maxFileSize = 4 << 20

// Load returns the consultation with the given code, which may be typed as
// a person would (see ParseCode). The error wraps ErrBadCode for a
// malformed code, ErrNotFound for an unknown one, and is a *CorruptError
// for a file that cannot be understood.
func (s *Store) Load(code string) (Record, error) {
	c, err := ParseCode(code)
	if err != nil {
		return Record{}, err
	}
	r, err := readRecord(s.path(c, ".json"), c, s.bank)
	if errors.Is(err, fs.ErrNotExist) {
		return Record{}, fmt.Errorf("consultation %s: %w", c, ErrNotFound)
	}
	if err != nil {
		return Record{}, fmt.Errorf("consultation %s: %w", c, err)
	}
	return r, nil
}

// List returns the consultations created at or after since, newest first.
// A file that cannot be read or understood adds an error naming it (a
// *CorruptError when it is corrupt) and never stops the others being read.
func (s *Store) List(since time.Time) ([]Record, []error) {
	codes, skipped, err := s.codes()
	if err != nil {
		return nil, []error{err}
	}
	var (
		recs []Record
		errs = skipped
	)
	for _, c := range codes {
		r, err := readRecord(s.path(c, ".json"), c, s.bank)
		if errors.Is(err, fs.ErrNotExist) {
			continue // purged since the directory was read
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !r.Created.Before(since) {
			recs = append(recs, r)
		}
	}
	sort.SliceStable(recs, func(i, j int) bool {
		if !recs[i].Created.Equal(recs[j].Created) {
			return recs[i].Created.After(recs[j].Created)
		}
		return recs[i].Code < recs[j].Code
	})
	return recs, errs
}

// codes lists the codes of the consultations in the store, from the names
// of its .json files; other files are not consultations and are ignored.
// An entry named like a consultation that is not a regular file (a FIFO,
// a device, a directory, a symbolic link) is skipped with a *CorruptError
// wrapping ErrNotRegular: reading it could block, or read another file.
func (s *Store) codes() (codes []string, skipped []error, err error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, nil, fmt.Errorf("consultations directory %s: %w", s.dir, err)
	}
	for _, e := range entries {
		c, ok := codeOfFile(e.Name(), ".json")
		switch {
		case !ok:
		case !e.Type().IsRegular():
			skipped = append(skipped, &CorruptError{File: filepath.Join(s.dir, e.Name()), Err: ErrNotRegular})
		default:
			codes = append(codes, c)
		}
	}
	return codes, skipped, nil
}

// codeOfFile returns the code a file is named after, when its name is a
// code as Save writes it followed by ext.
func codeOfFile(name, ext string) (string, bool) {
	base, ok := strings.CutSuffix(name, ext)
	if !ok {
		return "", false
	}
	c, err := ParseCode(base)
	return c, err == nil && c == base
}

// readRecord reads the consultation file at path, which must hold the
// consultation with the given code. bank (which may be nil) puts the
// values of a many answer saved as a list in option order.
func readRecord(path, code string, bank []quiz.Question) (Record, error) {
	f, err := openRegular(path)
	if err != nil {
		return Record{}, err
	}
	defer f.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(io.LimitReader(f, maxFileSize+1)); err != nil {
		return Record{}, fmt.Errorf("reading %s: %w", path, err)
	}
	if b.Len() > maxFileSize {
		return Record{}, &CorruptError{File: path, Err: fmt.Errorf("larger than %d bytes", maxFileSize)}
	}
	var st stored
	dec := json.NewDecoder(&b)
	if err := dec.Decode(&st); err != nil {
		return Record{}, &CorruptError{File: path, Err: fmt.Errorf("not a consultation: %w", err)}
	}
	if dec.More() {
		return Record{}, &CorruptError{File: path, Err: errors.New("not a consultation: text after the record")}
	}
	r, err := st.record(bank)
	if err != nil {
		return Record{}, &CorruptError{File: path, Err: err}
	}
	if r.Code != code {
		return Record{}, &CorruptError{File: path, Err: fmt.Errorf("it holds consultation %s", quiz.Quote(r.Code))}
	}
	if r.Created.IsZero() {
		return Record{}, &CorruptError{File: path, Err: errors.New("it has no creation time")}
	}
	rec, err := compactJSON(r.Recommendation)
	if err != nil {
		return Record{}, &CorruptError{File: path, Err: fmt.Errorf("recommendation: %w", err)}
	}
	r.Recommendation = rec
	r.Name = cleanName(r.Name) // a file saved before names were cleaned as they are now
	return r, nil
}

// openRegular opens the regular file at path for reading. It does not
// follow a symbolic link, nor wait on a FIFO, and it checks the file it
// opened, so an entry swapped after the directory was read is refused
// too, with a *CorruptError wrapping ErrNotRegular.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if errors.Is(err, syscall.ELOOP) {
		return nil, &CorruptError{File: path, Err: ErrNotRegular}
	}
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, &CorruptError{File: path, Err: ErrNotRegular}
	}
	return f, nil
}
