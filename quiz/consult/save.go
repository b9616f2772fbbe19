package consult

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode"
)

// maxAttempts bounds how many codes Save tries before giving up: with
// 25^6 codes a collision is rare, and many in a row mean something else
// is wrong.
const maxAttempts = 10

// maxNameRunes bounds the length of a client's name.
const maxNameRunes = 60

// Save stores r under a fresh code and returns the record as stored: its
// Code assigned, Created set from the store's clock when it was zero (and
// kept to UTC), Name tidied and Recommendation compacted. Load returns the
// same record.
func (s *Store) Save(r Record) (Record, error) {
	s.cleanOnce.Do(func() { removeStaleTemps(s.dir, time.Now()) })
	if r.Created.IsZero() {
		r.Created = s.now()
	}
	r.Created = r.Created.UTC().Round(0)
	r.Name = cleanName(r.Name)
	rec, err := compactJSON(r.Recommendation)
	if err != nil {
		return Record{}, fmt.Errorf("saving a consultation: the recommendation is not valid JSON: %w", err)
	}
	r.Recommendation = rec
	for range maxAttempts {
		code, err := s.newCode()
		if err != nil {
			return Record{}, fmt.Errorf("saving a consultation: %w", err)
		}
		r.Code = code
		err = s.write(r)
		if errors.Is(err, errExists) {
			continue
		}
		if err != nil {
			return Record{}, fmt.Errorf("consultation %s: %w", code, err)
		}
		return r, nil
	}
	return Record{}, fmt.Errorf("saving a consultation: %d codes in a row were taken", maxAttempts)
}

// write writes r's Markdown, then its JSON, which is what makes the
// consultation exist. On any error neither file is left behind. A code
// still being deleted counts as taken, so that finishing that deletion
// cannot remove the new consultation's Markdown.
func (s *Store) write(r Record) error {
	if _, err := os.Lstat(s.path(r.Code, markerExt)); err == nil {
		return fmt.Errorf("%s is being deleted: %w", r.Code, errExists)
	}
	data, err := JSON(r, s.bank)
	if err != nil {
		return err
	}
	md := s.path(r.Code, ".md")
	if err := writeNew(md, []byte(Markdown(r, s.bank))); err != nil {
		return err
	}
	if err := writeNew(s.path(r.Code, ".json"), data); err != nil {
		os.Remove(md)
		return err
	}
	return nil
}

// compactJSON returns raw without insignificant space, or null when empty,
// so that the stored and loaded record are the same.
func compactJSON(raw json.RawMessage) (json.RawMessage, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return json.RawMessage("null"), nil
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return nil, err
	}
	return json.RawMessage(b.Bytes()), nil
}

// cleanName trims a name, drops control and format characters (which
// could play tricks on a terminal: bidi overrides and isolates reorder a
// line, zero-width characters hide, and both break list's columns) and
// bounds its length.
func cleanName(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.In(r, unicode.Cc, unicode.Cf) || r == unicode.ReplacementChar {
			return -1
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, name)
	name = strings.Join(strings.Fields(name), " ")
	if rs := []rune(name); len(rs) > maxNameRunes {
		name = strings.TrimSpace(string(rs[:maxNameRunes]))
	}
	return name
}
