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
		// reads the same answers from it.
		var plain map[string]string
		if err := json.Unmarshal(data, &plain); err != nil {
			t.Fatalf("Decode accepted %q, which encoding/json rejects: %v", data, err)
		}
		if !maps.Equal(plain, a) {
			t.Fatalf("Decode(%q) = %v, encoding/json reads %v", data, a, plain)
		}
		if verr := a.Validate(bank); verr != nil {
			t.Fatalf("Decode(%q) accepted answers that do not validate: %v", data, verr)
		}
		again, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("marshalling %v: %v", a, err)
		}
		b, err := quiz.Decode(again, bank)
		if err != nil {
			t.Fatalf("decoding the re-marshalled %s: %v", again, err)
		}
		if !maps.Equal(a, b) {
			t.Fatalf("round trip changed the answers: %v, then %v", a, b)
		}
	})
}
