package quiz_test

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

func FuzzDecode(f *testing.F) {
	good := object(validPairs())
	for _, seed := range []string{
		good,
		pretty(good),
		object(with("machinery", `"always"`)),
		object(with("style", "null")),
		object(with("style", `["subtle"]`)),
		object(without("needles")),
		object(plus("lifestyle", `"busy"`)),
		object(renamed("lifestyle", "lifestyl")),
		object(with("health", `[]`)),
		object(with("health", `["slow-healing","pacemaker"]`)),
		object(with("health", `["keloids","keloids"]`)),
		object(with("health", `["pacemaker",null]`)),
		object(with("health", `"pacemaker"`)),
		object(with("age", `["18-plus"]`)),
		object(with("lifestyle", `"busy"`)),
		object(without("sport")),
		object(append(with("machinery", `"daily"`), pair{"machine_kind", `"live-electrical"`})),
		object(with("machinery", `"sometimes"`)),
		good + "}",
		good + " " + good,
		strings.TrimSuffix(good, "}"),
		`{"lifestyle":"\u0062usy"}`,
		`[]`, `"busy"`, `3`, `null`, ``, ` `, `{`, `}`, `{}`, `{"":""}`,
	} {
		f.Add([]byte(seed))
	}
	bank := defaultBank()
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPlainPath(t, data, bank)
		a, err := quiz.Decode(data, bank)
		if err != nil {
			if a != nil {
				t.Errorf("Decode returned answers %v with its error %v", a, err)
			}
			if err.Error() == "" {
				t.Fatalf("empty error message for %q", data)
			}
			return
		}
		// What Decode accepts is one valid JSON object, and encoding/json
		// reads the same answers from it: a string for a one question, an
		// array of strings for a many question.
		var plain map[string]any
		if err := json.Unmarshal(data, &plain); err != nil {
			t.Fatalf("Decode accepted %q, which encoding/json rejects: %v", data, err)
		}
		read := quiz.Answers{}
		for id, v := range plain {
			q, ok := quiz.Find(bank, id)
			if !ok {
				t.Fatalf("Decode(%q) accepted the unknown question %q", data, id)
			}
			switch v := v.(type) {
			case string:
				if q.Many() {
					t.Fatalf("Decode(%q) accepted a string for the many question %q", data, id)
				}
				read[id] = v
			case []any:
				if !q.Many() {
					t.Fatalf("Decode(%q) accepted an array for the one question %q", data, id)
				}
				vs := make([]string, len(v))
				for i, x := range v {
					s, ok := x.(string)
					if !ok {
						t.Fatalf("Decode(%q) accepted %v in the array of %q", data, x, id)
					}
					vs[i] = s
				}
				read[id] = quiz.JoinValues(q, vs)
			default:
				t.Fatalf("Decode(%q) accepted %T for %q", data, v, id)
			}
		}
		if !maps.Equal(read, a) {
			t.Fatalf("Decode(%q) = %v, encoding/json reads %v", data, a, read)
		}
		if verr := a.Validate(bank); verr != nil {
			t.Fatalf("Decode(%q) accepted answers that do not validate: %v", data, verr)
		}
		if next, more := quiz.Next(bank, a); more {
			t.Fatalf("Decode(%q) accepted answers that leave %q to ask", data, next.ID)
		}
		again := quiz.Encode(a, bank)
		b, err := quiz.Decode(again, bank)
		if err != nil {
			t.Fatalf("decoding the re-encoded %s: %v", again, err)
		}
		if !maps.Equal(a, b) {
			t.Fatalf("round trip changed the answers: %v, then %v", a, b)
		}
	})
}
