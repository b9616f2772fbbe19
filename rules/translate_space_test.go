package rules_test

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/rules"
)

// spanish is the embedded rulebook in Spanish, made once for the pass.
var spanish = sync.OnceValues(func() (*rules.Rulebook, error) {
	rb, err := rules.Default()
	if err != nil {
		return nil, err
	}
	return rb.In("es"), nil
})

// englishWords would show an English sentence left in a Spanish text.
var englishWords = []string{"the ", " and ", " your ", "with "}

// checkedTexts holds each Spanish text already checked, with its
// problem: the answer space repeats the same few thousand sentences.
var checkedTexts sync.Map

// spanishProblemOnce is spanishProblem, remembered for each text.
func spanishProblemOnce(s string) string {
	if msg, ok := checkedTexts.Load(s); ok {
		return msg.(string)
	}
	msg := spanishProblem(s)
	checkedTexts.Store(s, msg)
	return msg
}

// spanishProblem says what is wrong with one Spanish text of an
// explanation, or "": a placeholder left unfilled, a doubled space, an
// English word, or a sentence that does not start with a capital.
func spanishProblem(s string) string {
	switch {
	case strings.ContainsAny(s, "{}"):
		return "a placeholder is left in it"
	case strings.Contains(s, "  "):
		return "it has two spaces in a row"
	}
	lower := strings.ToLower(s)
	for _, w := range englishWords {
		if strings.Contains(lower, w) {
			return "it has the English " + `"` + w + `"`
		}
	}
	starts := []int{0}
	for _, end := range []string{". ", "? ", "! "} {
		for i := 0; ; {
			j := strings.Index(s[i:], end)
			if j < 0 {
				break
			}
			i += j + len(end)
			starts = append(starts, i)
		}
	}
	for _, i := range starts {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i:], "¿¡(\""))
		if unicode.IsLower(r) {
			return "a sentence starts in lower case"
		}
	}
	return ""
}

// esTexts are the texts of a Spanish recommendation a customer reads, by
// what they are.
func esTexts(rec rules.Recommendation) map[string][]string {
	out := map[string][]string{
		"summary": {rec.Summary}, "versus": {rec.Versus}, "metal note": {rec.Metals.Note},
		"scans": {rec.Scans}, "fit": {rec.Fit.Advice, rec.Fit.Season}, "ask": rec.Ask,
	}
	for _, f := range rec.Flags {
		out["flag"] = append(out["flag"], f.Text)
	}
	for _, r := range rec.Ranking {
		out["reason"] = append(out["reason"], r.Reasons...)
		out["caution"] = append(out["caution"], r.Cautions...)
		out["ruled out because"] = append(out["ruled out because"], r.ExcludedBecause)
		out["type summary"] = append(out["type summary"], r.Summary)
	}
	return out
}

// sameResult says how the Spanish recommendation differs from the English
// one in anything but words, or "".
func sameResult(en, es rules.Recommendation) string {
	switch {
	case es.Pick != en.Pick || es.Confidence != en.Confidence || es.RulebookVersion != en.RulebookVersion:
		return "the pick, confidence or version differs"
	case len(es.Ranking) != len(en.Ranking) || len(es.Flags) != len(en.Flags) || len(es.Ask) != len(en.Ask):
		return "the ranking, flags or questions to ask differ in number"
	case (es.RunnerUp == nil) != (en.RunnerUp == nil) || es.RunnerUp != nil && es.RunnerUp.Type != en.RunnerUp.Type:
		return "the runner-up differs"
	case !slices.Equal(metalIDs(es.Metals.Recommended), metalIDs(en.Metals.Recommended)) || !slices.Equal(metalIDs(es.Metals.Avoid), metalIDs(en.Metals.Avoid)):
		return "the metal advice differs"
	}
	for i, f := range es.Flags {
		if f.ID != en.Flags[i].ID {
			return "the flags differ"
		}
	}
	for i, r := range es.Ranking {
		e := en.Ranking[i]
		if r.Type != e.Type || r.Score != e.Score || r.Base != e.Base || r.Excluded != e.Excluded ||
			len(r.Reasons) != len(e.Reasons) || len(r.Cautions) != len(e.Cautions) || len(r.Trace) != len(e.Trace) {
			return "place " + e.Type + " differs"
		}
		for j, s := range r.Trace {
			t := e.Trace[j]
			if s.Question != t.Question || s.Answer != t.Answer || s.Points != t.Points || s.Excludes != t.Excludes {
				return "the trace of " + e.Type + " differs"
			}
		}
	}
	return ""
}

// Recommend on the Spanish rulebook gives the same ids, scores, ranking
// and confidence as on the English one for every answer set, and every
// text it explains them with reads as Spanish. Under the race detector,
// every 13th set.
var _ = everySet("TestSpanishRecommends", func(c spaceCase, notes map[string]int) string {
	if raceEnabled && space.index.code(c.answers)%13 != 0 {
		return ""
	}
	es, err := spanish()
	if err != nil {
		return failf("%v", err)
	}
	rec, err := es.Recommend(c.answers)
	if err != nil {
		return failf("%v: %v", c.answers, err)
	}
	if msg := sameResult(c.rec, rec); msg != "" {
		return failf("%v: in Spanish %s:\n%+v\n%+v", c.answers, msg, c.rec, rec)
	}
	if rec.Summary == c.rec.Summary {
		return failf("%v: the summary is not translated: %q", c.answers, rec.Summary)
	}
	for what, texts := range esTexts(rec) {
		for _, s := range texts {
			if msg := spanishProblemOnce(s); msg != "" {
				return failf("%v: %s %q: %s", c.answers, what, s, msg)
			}
			if s != "" {
				notes[what]++
			}
		}
	}
	notes["confidence "+string(rec.Confidence)]++
	if rec.Versus != "" {
		notes["versus"]++
	}
	return ""
})

func TestSpanishRecommends(t *testing.T) {
	notes := checked(t, "TestSpanishRecommends")
	for _, what := range []string{"summary", "versus", "reason", "caution", "ruled out because", "flag", "metal note",
		"confidence clear", "confidence close", "confidence weak", "confidence none"} {
		if notes[what] == 0 {
			t.Errorf("no Spanish recommendation has a %s: the test checks less than it says", what)
		}
	}
}

// The text checks find what they look for.
func TestSpanishProblem(t *testing.T) {
	for _, c := range []struct {
		text string
		bad  bool
	}{
		{"La opción Piercing es la única. Tienes 18 años o más, así que sí.", false},
		{"¿Qué tal? Bien.", false},
		{"La opción {pick} es la única.", true},
		{"La opción  Piercing.", true},
		{"La opción Piercing is the only one.", true},
		{"Una cadena with no clasp.", true},
		{"Bien. luego mal.", true},
		{"minúscula al principio.", true},
	} {
		if got := spanishProblem(c.text) != ""; got != c.bad {
			t.Errorf("%q: problem %v, want %v", c.text, got, c.bad)
		}
	}
}
