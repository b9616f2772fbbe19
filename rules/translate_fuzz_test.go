package rules_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// FuzzTranslate: whatever the bytes, checking them as a translation never
// panics, every problem has a message, and a translation that is taken
// keeps the rulebook's ids and answers Recommend as the English one does.
func FuzzTranslate(f *testing.F) {
	es := string(rules.SpanishSource())
	for _, s := range []string{
		es,
		es[:len(es)/2],
		strings.Replace(es, "{pick}", "{pik}", 1),
		strings.Replace(es, "\n  lifestyle:", "\n  lifestyl:", 1),
		strings.Replace(es, "lang: es", "lang: [es]", 1),
		"lang: es\nquestions: {sleep: {title: Hola}}\n",
		"questions: &a {x: *a}\n", "types: [1, 2]\n", "", "---", "[]", "{",
	} {
		f.Add([]byte(s))
	}
	limitMinimizing(f)
	rb, err := rules.Load("mine.yaml", rules.DefaultSource())
	if err != nil {
		f.Fatal(err)
	}
	bank := rb.Bank()
	a := sampleAnswers(bank)[0]
	want, err := rb.Recommend(a)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, p := range rb.CheckTranslation("es", "fuzz.yaml", data) {
			if strings.TrimSpace(p.Msg) == "" {
				t.Fatalf("a problem with no message at line %d", p.Line)
			}
		}
		if _, err := rb.Translate("es", "fuzz.yaml", data); err != nil {
			var le *rules.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("refused with %T %v", err, err)
			}
			return
		}
		got, err := rb.In("es").Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		if msg := sameResult(want, got); msg != "" {
			t.Fatalf("in the translation %s", msg)
		}
	})
}
