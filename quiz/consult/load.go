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
	"sort"
	"strings"
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
	r, err := readRecord(s.path(c, ".json"), c)
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
	codes, err := s.codes()
	if err != nil {
		return nil, []error{err}
	}
	var (
		recs []Record
		errs []error
	)
	for _, c := range codes {
		r, err := readRecord(s.path(c, ".json"), c)
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
// of its .json files; other files are not consultations and are skipped.
func (s *Store) codes() ([]string, error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, fmt.Errorf("consultations directory %s: %w", s.dir, err)
	}
	var codes []string
	for _, e := range entries {
		if c, ok := codeOfFile(e.Name(), ".json"); ok && !e.IsDir() {
			codes = append(codes, c)
		}
	}
	return codes, nil
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
// consultation with the given code.
func readRecord(path, code string) (Record, error) {
	f, err := os.Open(path)
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
	var r Record
	dec := json.NewDecoder(&b)
	if err := dec.Decode(&r); err != nil {
		return Record{}, &CorruptError{File: path, Err: fmt.Errorf("not a consultation: %w", err)}
	}
	if dec.More() {
		return Record{}, &CorruptError{File: path, Err: errors.New("not a consultation: text after the record")}
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
	return r, nil
}
