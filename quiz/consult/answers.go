package consult

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// stored is a Record as its file holds it. The answers are the JSON object
// an answers file holds (quiz.Encode): a many answer as a list of values.
// A record saved before many questions existed has only strings there, and
// reads the same.
type stored struct {
	Code            string          `json:"code"`
	Name            string          `json:"name,omitempty"`
	Created         time.Time       `json:"created,omitzero"` // never saved: the results of an answer code
	RulebookVersion string          `json:"rulebook_version"`
	Answers         json.RawMessage `json:"answers"`
	Pick            string          `json:"pick"`
	PickName        string          `json:"pick_name"`
	Recommendation  json.RawMessage `json:"recommendation"`
	Report          string          `json:"report"`
}

// JSON is r as its file holds it, indented: the answers as an answers file
// holds them, a many answer of bank (the questions of the rulebook in use)
// as a list of values. It leaves <, > and & as they are, so the
// recommendation reads back byte for byte.
func JSON(r Record, bank []quiz.Question) ([]byte, error) {
	answers := json.RawMessage("null")
	if r.Answers != nil {
		answers = quiz.Encode(r.Answers, bank)
	}
	rec := r.Recommendation
	if len(bytes.TrimSpace(rec)) == 0 {
		rec = json.RawMessage("null")
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(stored{
		Code: r.Code, Name: r.Name, Created: r.Created, RulebookVersion: r.RulebookVersion,
		Answers: answers, Pick: r.Pick, PickName: r.PickName, Recommendation: rec, Report: r.Report,
	})
	if err != nil {
		return nil, fmt.Errorf("encoding: %w", err)
	}
	return b.Bytes(), nil
}

// record is the Record a file holds, its answers read with bank (which
// may be nil): a list of values becomes a many answer, in bank's option
// order where bank knows the question. Answers are not checked against
// bank: a consultation saved with other questions still opens.
func (s stored) record(bank []quiz.Question) (Record, error) {
	a, err := decodeAnswers(s.Answers, bank)
	if err != nil {
		return Record{}, err
	}
	return Record{
		Code: s.Code, Name: s.Name, Created: s.Created, RulebookVersion: s.RulebookVersion,
		Answers: a, Pick: s.Pick, PickName: s.PickName, Recommendation: s.Recommendation, Report: s.Report,
	}, nil
}

// decodeAnswers reads a record's answers: each a string (every answer of a
// record saved before many questions existed) or a list of strings.
func decodeAnswers(raw json.RawMessage, bank []quiz.Question) (quiz.Answers, error) {
	if t := bytes.TrimSpace(raw); len(t) == 0 || bytes.Equal(t, []byte("null")) {
		return nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, errors.New("answers: not an object of answers")
	}
	a := make(quiz.Answers, len(m))
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids) // the first problem found is always the same one
	for _, id := range ids {
		v := m[id]
		if bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			return nil, fmt.Errorf("answers: question %s: neither a value nor a list of values", quiz.Quote(id))
		}
		var one string
		if json.Unmarshal(v, &one) == nil {
			a[id] = one
			continue
		}
		var many []string
		if json.Unmarshal(v, &many) != nil {
			return nil, fmt.Errorf("answers: question %s: neither a value nor a list of values", quiz.Quote(id))
		}
		for _, x := range many {
			if x == "" || strings.Contains(x, ",") {
				return nil, fmt.Errorf("answers: question %s: %s is not a value", quiz.Quote(id), quiz.Quote(x))
			}
		}
		if q, ok := quiz.Find(bank, id); ok {
			a[id] = quiz.JoinValues(q, many)
		} else {
			a[id] = strings.Join(many, ",")
		}
	}
	return a, nil
}

// AnswerText is an answer to q as a person reads it, in English (see
// Words.AnswerText).
func AnswerText(q quiz.Question, v string) string { return English.AnswerText(q, v) }

// AnswerText is an answer to q as a person reads it: the option's label
// for a one question; for a many question the labels of its values joined
// by commas ("Pregnant, slow healing"), or w.NoneOfThese. A value q does
// not know is shown as it is.
func (w Words) AnswerText(q quiz.Question, v string) string {
	label := func(x string) string {
		if o, ok := q.Option(x); ok {
			return o.Label
		}
		return x
	}
	if !q.Many() {
		return label(v)
	}
	vs := quiz.SplitValues(v)
	if len(vs) == 0 {
		return w.NoneOfThese
	}
	out := make([]string, len(vs))
	for i, x := range vs {
		out[i] = label(x)
		if i > 0 {
			out[i] = lowerFirst(out[i])
		}
	}
	return strings.Join(out, ", ")
}

// NoneOfThese is how an empty answer to a many question reads.
const NoneOfThese = "none of these"

// lowerFirst lowers the first letter of a label that goes on a list after
// another, unless the label starts with a word in capitals ("MRI scans").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
