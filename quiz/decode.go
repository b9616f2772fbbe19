package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ErrNotObject is returned when an answer set is valid JSON but not an object.
var ErrNotObject = errors.New("expected a JSON object of answers")

// Decode parses one JSON object of answers strictly against the bank. Every
// unknown question, unknown value, missing answer, duplicate or wrongly typed
// answer is reported (as AnswerErrors); malformed JSON is a *SyntaxError.
func Decode(data []byte, bank []Question) (Answers, error) {
	if a, ok := decodePlain(data, bank); ok {
		return a, nil
	}
	return decodeFull(data, bank)
}

// decodeFull is Decode without its quick path.
func decodeFull(data []byte, bank []Question) (Answers, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return nil, &SyntaxError{Msg: "no answers given: " + ErrNotObject.Error()}
		}
		return nil, &SyntaxError{Msg: err.Error()}
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("%w, got %s", ErrNotObject, describe(data))
	}
	a := make(Answers, len(bank))
	var errs AnswerErrors
	seen := map[string]bool{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, &SyntaxError{Msg: err.Error()}
		}
		key, _ := kt.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, &SyntaxError{Msg: err.Error()}
		}
		q, known := Find(bank, key)
		if !known {
			errs = append(errs, &AnswerError{Question: key, Value: stringOrEmpty(raw), Problem: ProblemUnknownQuestion, Allowed: IDs(bank)})
			continue
		}
		if seen[key] {
			errs = append(errs, &AnswerError{Question: key, Problem: ProblemDuplicate, Allowed: q.Values()})
			continue
		}
		seen[key] = true
		v, bad := decodeValue(q, raw)
		if bad != nil {
			errs = append(errs, bad)
			continue
		}
		a[key] = v
	}
	if _, err := dec.Token(); err != nil {
		return nil, &SyntaxError{Msg: err.Error()}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &SyntaxError{Msg: "unexpected data after the answers object"}
	}
	if verr := a.Validate(bank); verr != nil {
		var ve AnswerErrors
		if errors.As(verr, &ve) {
			for _, e := range ve {
				if e.Problem == ProblemMissing && seen[e.Question] {
					continue // already reported as wrongly typed
				}
				errs = append(errs, e)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return a, nil
}

// decodePlain is Decode's quick path for the usual answer set: one flat
// object of known, distinct questions whose answers are plain ASCII
// strings (no escapes), or arrays of them, and that makes a valid answer
// set. It reports false for anything else, which Decode then reads in
// full to report every problem; where it reports true, the answers are
// those Decode would return, built by the same JoinValues and Validate.
func decodePlain(data []byte, bank []Question) (Answers, bool) {
	p := plainScanner{data: data}
	if !p.byte('{') {
		return nil, false
	}
	a := make(Answers, len(bank))
	var vs []string
	for first := true; ; first = false {
		if p.byte('}') {
			break
		}
		if !first && !p.byte(',') {
			return nil, false
		}
		key, ok := p.str()
		if !ok || !p.byte(':') {
			return nil, false
		}
		q, known := Find(bank, key)
		if _, dup := a[key]; !known || dup {
			return nil, false
		}
		if !q.Many() {
			v, ok := p.str()
			if !ok {
				return nil, false
			}
			a[key] = v
			continue
		}
		if !p.byte('[') {
			return nil, false
		}
		vs = vs[:0]
		for !p.byte(']') {
			if len(vs) > 0 && !p.byte(',') {
				return nil, false
			}
			v, ok := p.str()
			if !ok || !slices.ContainsFunc(q.Options, func(o Option) bool { return o.Value == v }) {
				return nil, false
			}
			vs = append(vs, v)
		}
		a[key] = JoinValues(q, vs)
	}
	p.space()
	if p.i != len(p.data) || a.Validate(bank) != nil {
		return nil, false
	}
	return a, true
}

// plainScanner reads the JSON that decodePlain accepts.
type plainScanner struct {
	data []byte
	i    int
}

func (p *plainScanner) space() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// byte skips white space and c, reporting whether c was there.
func (p *plainScanner) byte(c byte) bool {
	p.space()
	if p.i < len(p.data) && p.data[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str reads a string of printable ASCII without escapes.
func (p *plainScanner) str() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	for j := p.i; j < len(p.data); j++ {
		switch c := p.data[j]; {
		case c == '"':
			s := string(p.data[p.i:j])
			p.i = j + 1
			return s, true
		case c < 0x20 || c > 0x7e || c == '\\':
			return "", false
		}
	}
	return "", false
}

// decodeValue reads one answer: a string for a one question, an array of
// strings for a many question.
func decodeValue(q Question, raw json.RawMessage) (string, *AnswerError) {
	wrong := &AnswerError{Question: q.ID, Got: describe(raw), Problem: ProblemWrongType, Allowed: q.Values(), Kind: q.Kind}
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return "", wrong
	}
	if !q.Many() {
		var v string
		if json.Unmarshal(raw, &v) != nil {
			return "", wrong
		}
		return v, nil
	}
	var vs []string
	if json.Unmarshal(raw, &vs) != nil {
		return "", wrong
	}
	for _, v := range vs {
		if !contains(q.Values(), v) {
			// Join would split a value holding a comma: report it whole.
			return "", &AnswerError{Question: q.ID, Value: v, Problem: ProblemUnknownValue, Allowed: q.Values(), Kind: q.Kind}
		}
	}
	return JoinValues(q, vs), nil
}

// Encode writes answers as the JSON object Decode reads, in bank order: a
// many answer as an array of values. Answers to questions the bank does not
// know come last, as strings, sorted by id.
func Encode(a Answers, bank []Question) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	field := func(id string, v any) {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		k, _ := json.Marshal(id)
		val, _ := json.Marshal(v)
		b.Write(k)
		b.WriteByte(':')
		b.Write(val)
	}
	for _, q := range bank {
		v, ok := a[q.ID]
		if !ok {
			continue
		}
		if q.Many() {
			vs := SplitValues(v)
			if vs == nil {
				vs = []string{}
			}
			field(q.ID, vs)
		} else {
			field(q.ID, v)
		}
	}
	for _, id := range a.Unknown(bank) {
		field(id, a[id])
	}
	b.WriteByte('}')
	return b.Bytes()
}

// SyntaxError is malformed JSON in an answers file.
type SyntaxError struct{ Msg string }

func (e *SyntaxError) Error() string { return "not valid JSON: " + e.Msg }

func stringOrEmpty(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// describe names the JSON type of raw and a short excerpt, like `number 3`.
func describe(raw []byte) string {
	s := strings.TrimSpace(string(raw))
	kind := "a value"
	switch {
	case s == "":
		return "nothing"
	case s == "null":
		return "null"
	case s == "true" || s == "false":
		kind = "boolean"
	case s[0] == '"':
		kind = "string"
	case s[0] == '[':
		kind = "array"
	case s[0] == '{':
		kind = "object"
	default:
		kind = "number"
	}
	return kind + " " + Cut(s, 20)
}
