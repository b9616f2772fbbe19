package ui

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// englishReportWords are the report's own English words of two or more
// words that Spanish says differently.
func englishReportWords(t *testing.T) []string {
	t.Helper()
	es := map[string]string{}
	for _, e := range locale.Entries(locale.Spanish) {
		es[e.ID] = e.Forms[0]
	}
	var out []string
	for _, e := range locale.Entries(locale.English) {
		w := e.Forms[0]
		if strings.HasPrefix(e.ID, "report.title") && !strings.Contains(w, "{{") && strings.Contains(w, " ") && es[e.ID] != w {
			out = append(out, w)
		}
	}
	if len(out) < 3 {
		t.Fatalf("only %d English report titles to look for", len(out))
	}
	return out
}

// A consultation saved from a Spanish quiz, and the accessible mode's
// report in Spanish, carry the report's Spanish titles, not English ones.
func TestSpanishReportTitles(t *testing.T) {
	english := englishReportWords(t)
	es := accessibleRulebook(t).In("es")
	rec, err := es.Recommend(busyAnswers)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := report.Record(rec, locale.Spanish)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	lines := strings.Join(busyLines, "\n") + "\n"
	if err := RunAccessible(context.Background(), Options{Rulebook: accessibleRulebook(t), In: strings.NewReader(lines), Out: &out, Config: Config{Lang: locale.Spanish}}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	spanishTitle := locale.For(locale.Spanish).T("report.title.clear")
	for name, text := range map[string]string{"saved report": saved.Report, "accessible report": out.String()} {
		for _, w := range english {
			if strings.Contains(text, w) {
				t.Errorf("%s in Spanish says %q:\n%s", name, w, text)
			}
		}
		if rec.Confidence == "clear" && !strings.Contains(text, spanishTitle) {
			t.Errorf("%s in Spanish lacks %q:\n%s", name, spanishTitle, text)
		}
	}
}
