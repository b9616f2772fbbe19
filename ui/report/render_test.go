package report_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
	"github.com/muesli/termenv"
)

func recommend(t testing.TB, a quiz.Answers) rules.Recommendation {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rb.Recommend(a)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func answers(lifestyle, dress, machinery, allergy, sleep, removal, style, needles string) quiz.Answers {
	return quiz.Answers{
		"lifestyle": lifestyle, "dress_code": dress, "machinery": machinery, "allergy": allergy,
		"sleep": sleep, "removal": removal, "style": style, "needles": needles,
	}
}

func excluded(rec rules.Recommendation) int {
	n := 0
	for _, r := range rec.Ranking {
		if r.Excluded {
			n++
		}
	}
	return n
}

// confidence checks that a golden case has the confidence it stands for.
func confidence(want rules.Confidence, what string) func(rules.Recommendation) error {
	return func(rec rules.Recommendation) error {
		if rec.Confidence != want {
			return fmt.Errorf("want %s, got confidence %q", what, rec.Confidence)
		}
		return nil
	}
}

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name    string
		answers quiz.Answers
		// what makes the case worth a golden file
		check func(rec rules.Recommendation) error
	}{
		{
			name:    "close",
			answers: answers("busy", "none", "daily", "nickel", "back", "never", "subtle", "avoid"),
			check:   confidence(rules.ConfidenceClose, "a close result with cautions and types ruled out"),
		},
		{
			name:    "close-no-exclusions",
			answers: answers("relaxed", "none", "never", "none", "back", "never", "statement", "fine"),
			check: func(rec rules.Recommendation) error {
				if excluded(rec) != 0 {
					return fmt.Errorf("want no type ruled out")
				}
				return confidence(rules.ConfidenceClose, "a close result")(rec)
			},
		},
		{
			name:    "weak",
			answers: answers("active", "no-jewelry", "sometimes", "sensitive", "back", "never", "statement", "fine"),
			check:   confidence(rules.ConfidenceWeak, "a weak result"),
		},
		{
			name:    "clear",
			answers: answers("busy", "none", "never", "none", "back", "never", "subtle", "fine"),
			check:   confidence(rules.ConfidenceClear, "a clear result"),
		},
	}
	for _, tt := range tests {
		rec := recommend(t, tt.answers)
		if err := tt.check(rec); err != nil {
			t.Fatalf("%s: %v; choose other answers for this case", tt.name, err)
		}
		for _, width := range []int{80, 40} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, width), func(t *testing.T) {
				out := report.Render(rec, report.PlainStyles(), width)
				golden.RequireEqual(t, []byte(out+"\n"))
			})
		}
	}
}

// TestRenderFits renders every answer set at several widths (and a sample of
// them in colour) and checks every line fits and none ends in spaces.
func TestRenderFits(t *testing.T) {
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var recs []rules.Recommendation
	for a := range quiz.Space(rb.Bank()) {
		rec, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	styles := map[string]report.Styles{"plain": report.PlainStyles(), "colour": report.DefaultStyles(r)}
	for name, st := range styles {
		for _, width := range []int{20, 40, 80} {
			t.Run(fmt.Sprintf("%s/%d", name, width), func(t *testing.T) {
				t.Parallel()
				for i, rec := range recs {
					// Colour costs more to draw and wraps the same way, so
					// a sample of the answer sets is enough for it; so it
					// is for plain text in -short mode.
					if (name == "colour" || testing.Short()) && i%13 != 0 {
						continue
					}
					out := report.Render(rec, st, width)
					if name == "plain" && strings.Contains(out, "\x1b") {
						t.Fatalf("%v: plain styles wrote an escape sequence", rec.Answers)
					}
					checkLines(t, rec, out, width)
				}
			})
		}
	}
}

func checkLines(t *testing.T, rec rules.Recommendation, out string, width int) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(line); w > width {
			t.Fatalf("%v at width %d: line %d is %d cells wide: %q\n%s", rec.Answers, width, i+1, w, ansi.Strip(line), out)
		}
		if plain := ansi.Strip(line); strings.TrimRight(plain, " \t") != plain {
			t.Fatalf("%v at width %d: line %d ends in white space: %q", rec.Answers, width, i+1, plain)
		}
	}
	// Every type is in the report, once wrapping is undone.
	flat := strings.Join(strings.Fields(ansi.Strip(out)), " ")
	for _, r := range rec.Ranking {
		if !strings.Contains(flat, r.Name) {
			t.Fatalf("%v at width %d: %s is missing from the report", rec.Answers, width, r.Name)
		}
	}
}
