package report_test

import (
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// The Title constants are the English catalogue's titles.
func TestTitlesAreTheEnglishCatalogue(t *testing.T) {
	en := locale.For(locale.English)
	for id, want := range map[string]string{
		"report.title.clear": report.TitleClear, "report.title.close": report.TitleClose,
		"report.title.weak": report.TitleWeak, "report.title.none": report.TitleNone,
		"report.title.single": report.TitleSingle, "report.title.flags": report.TitleFlags,
	} {
		if got := en.T(id); got != want {
			t.Errorf("%s is %q in the catalogue, %q in the code", id, got, want)
		}
	}
}

// A report in Spanish, for an answer set of every confidence, with and
// without flags and prices, has none of the report's English headings
// and no message missing from the catalogue; the type pages and traces
// neither.
func TestRenderSpanish(t *testing.T) {
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	es := report.PlainStyles()
	es.Lang = locale.Spanish
	spoken := report.SpokenStyles()
	spoken.Lang = locale.Spanish
	english := []string{report.TitleClear, report.TitleClose, report.TitleWeak, report.TitleNone, report.TitleSingle, report.TitleFlags,
		"Other options", "Ruled out", "Why it suits you", "What counts for it", "Keep in mind", "Against the runner-up",
		"Metals", "Scans and surgery", "Ask at your consultation", "Price and fit", "Fit"}
	// english finds one of the report's own English words on a line of
	// its own, or starting one, or a score in English words.
	englishIn := func(out string) string {
		for _, line := range strings.Split(out, "\n") {
			line = strings.TrimSpace(line)
			for _, w := range english {
				if line == w || strings.HasPrefix(line, w+" for ") || strings.HasPrefix(line, "Keep in mind with ") {
					return line
				}
			}
			for _, w := range []string{"Choose: ", "Avoid: ", "Why ", "Ask about "} {
				if strings.HasPrefix(line, w) {
					return line
				}
			}
			if strings.Contains(line, " out of 100") {
				return line
			}
		}
		return ""
	}
	price := func(rules.TypeAdvice) (string, bool) { return "unos 90 $", true }
	seen := map[string]bool{}
	i := 0
	for a := range quiz.Space(rb.Bank()) {
		i++
		if i%499 != 1 {
			continue
		}
		rec, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		key := string(rec.Confidence) + map[bool]string{true: "+flags"}[len(rec.Flags) > 0]
		if seen[key] {
			continue
		}
		seen[key] = true
		for _, out := range []string{report.RenderWith(rec, es, 60, price), report.Render(rec, spoken, 60)} {
			if strings.Contains(out, "⟦") {
				t.Fatalf("%v: a message is missing:\n%s", a, out)
			}
			if w := englishIn(out); w != "" {
				t.Fatalf("%v: the Spanish report says %q:\n%s", a, w, out)
			}
		}
	}
	if len(seen) < 4 {
		t.Fatalf("only %v were seen: sample more answer sets", seen)
	}
	for _, typ := range rb.Types {
		if out := report.TypePage(typ, rb, es, 60); strings.Contains(out, "⟦") || strings.Contains(out, "How it is made") {
			t.Fatalf("%s's page in Spanish:\n%s", typ.ID, out)
		}
	}
	if md := report.CatalogMarkdownIn(rb, locale.Spanish); strings.Contains(md, "⟦") || !strings.HasPrefix(md, "# Los tipos de joyería permanente\n") {
		t.Fatalf("the catalogue in Spanish:\n%.300s", md)
	}
}
