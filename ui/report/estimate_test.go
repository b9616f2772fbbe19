package report_test

import (
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// pricing is an estimator that prices the types in ids, in words that
// are not yet a sentence, and no other.
func pricing(ids ...string) report.Estimator {
	return func(a rules.TypeAdvice) (string, bool) {
		for _, id := range ids {
			if id == a.Type {
				return "about $95–130 for " + a.Name, true
			}
		}
		return "", false
	}
}

// TestPriceAndFit: with an estimator, the pick's price and fit come right
// after the lead (and a close result's runner-up's under its name); a type
// with no price gets its fit alone; without one the report is as before.
func TestPriceAndFit(t *testing.T) {
	clear := recommend(t, answers(t, `{"lifestyle":"relaxed","dress_code":"none","machinery":"never","allergy":"sensitive","health":[],"age":"18-plus","sleep":"side-or-stomach","removal":"occasionally","style":"subtle","needles":"fine"}`))
	close := recommend(t, answers(t, `{"lifestyle":"active","sport":"contact","dress_code":"none","machinery":"never","allergy":"none","health":[],"age":"18-plus","sleep":"back","removal":"never","style":"subtle","needles":"fine"}`))
	if clear.Confidence != rules.ConfidenceClear || close.Confidence != rules.ConfidenceClose {
		t.Fatalf("confidences %s and %s: choose other answers", clear.Confidence, close.Confidence)
	}
	st := report.PlainStyles()
	tests := []struct {
		name  string
		rec   rules.Recommendation
		est   report.Estimator
		want  []string // in this order, after the lead
		never []string
	}{
		{"clear, priced", clear, pricing(clear.Pick), []string{"\nPrice and fit\n  About $95–130 for " + clear.Ranking[0].Name + ".\n  " + clear.Fit.Advice[:20], "\nOther options\n"}, []string{"Fit for"}},
		{"clear, not priced", clear, pricing(), []string{"\nFit\n  " + clear.Fit.Advice[:20], "\nOther options\n"}, []string{"Price", "$"}},
		{"close, one priced", close, pricing(close.Pick), []string{"\nPrice and fit for " + close.Ranking[0].Name + "\n", "\nFit for " + close.Ranking[1].Name + "\n  " + close.RunnerUp.Fit.Advice[:20], "\nMetals for "}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := report.RenderWith(tt.rec, st, 80, nil); got != report.Render(tt.rec, st, 80) {
				t.Fatal("with no estimator, the report is not as it was")
			}
			got := report.RenderWith(tt.rec, st, 200, tt.est)
			rest := got
			for _, w := range append([]string{"suits you\n"}, tt.want...) {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("no %q where it belongs in\n%s", w, got)
				}
				rest = rest[i+len(w):]
			}
			for _, n := range tt.never {
				if strings.Contains(got, n) {
					t.Errorf("says %q:\n%s", n, got)
				}
			}
		})
	}
}
