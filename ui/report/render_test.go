package report_test

import (
	"fmt"
	"os"
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

// answers decodes an answer set written as an answers file holds it.
func answers(t testing.TB, js string) quiz.Answers {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := quiz.Decode([]byte(js), rb.Bank())
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return a
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

// flagged checks that a golden case raises at least n flags and still
// has a pick, so the flags come before a full report.
func flagged(n int, then func(rules.Recommendation) error) func(rules.Recommendation) error {
	return func(rec rules.Recommendation) error {
		if len(rec.Flags) < n || rec.Pick == "" {
			return fmt.Errorf("want %d flags or more and a pick, got %d flags and pick %q", n, len(rec.Flags), rec.Pick)
		}
		return then(rec)
	}
}

// unflagged checks that a golden case raises no flag.
func unflagged(then func(rules.Recommendation) error) func(rules.Recommendation) error {
	return func(rec rules.Recommendation) error {
		if len(rec.Flags) > 0 {
			return fmt.Errorf("want no flags, got %d", len(rec.Flags))
		}
		return then(rec)
	}
}

// TestRenderGolden renders a flagged, a close, a weak and a clear result
// at 40 and 80 columns; each golden file was read by eye. Regenerate with
// go test ./ui/report -run TestRenderGolden -update, and read the diff.
func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name    string
		answers string
		// what makes the case worth a golden file
		check func(rec rules.Recommendation) error
	}{
		{
			// A 16-year-old electrician's apprentice: under 18 and live
			// electrical work, both flagged before the pick.
			name:    "flagged",
			answers: `{"lifestyle":"active","sport":"contact","dress_code":"no-jewelry","machinery":"sometimes","machine_kind":"live-electrical","allergy":"none","health":[],"age":"under-18","sleep":"side-or-stomach","removal":"unsure","style":"subtle","needles":"avoid"}`,
			check:   flagged(2, confidence(rules.ConfidenceClear, "a clear result under its flags")),
		},
		{
			// Flags and two close matches: the flags still come first.
			name:    "flagged-close",
			answers: `{"lifestyle":"active","sport":"other","dress_code":"none","machinery":"daily","machine_kind":"live-electrical","allergy":"sensitive","health":["pacemaker","slow-healing"],"age":"18-plus","sleep":"back","removal":"never","style":"statement","needles":"fine"}`,
			check:   flagged(3, confidence(rules.ConfidenceClose, "a close result under its flags")),
		},
		{
			name:    "close",
			answers: `{"lifestyle":"active","sport":"contact","dress_code":"none","machinery":"never","allergy":"none","health":[],"age":"18-plus","sleep":"side-or-stomach","removal":"occasionally","style":"statement","needles":"fine"}`,
			check: unflagged(func(rec rules.Recommendation) error {
				if excluded(rec) == 0 {
					return fmt.Errorf("want types ruled out")
				}
				return confidence(rules.ConfidenceClose, "a close result with types ruled out")(rec)
			}),
		},
		{
			name:    "close-no-exclusions",
			answers: `{"lifestyle":"active","sport":"contact","dress_code":"none","machinery":"never","allergy":"none","health":[],"age":"18-plus","sleep":"back","removal":"never","style":"subtle","needles":"fine"}`,
			check: unflagged(func(rec rules.Recommendation) error {
				if excluded(rec) != 0 {
					return fmt.Errorf("want no type ruled out")
				}
				return confidence(rules.ConfidenceClose, "a close result")(rec)
			}),
		},
		{
			name:    "weak",
			answers: `{"lifestyle":"active","sport":"contact","dress_code":"none","machinery":"sometimes","machine_kind":"moving-parts","allergy":"none","health":[],"age":"18-plus","sleep":"back","removal":"never","style":"statement","needles":"avoid"}`,
			check:   unflagged(confidence(rules.ConfidenceWeak, "a weak result")),
		},
		{
			name:    "clear",
			answers: `{"lifestyle":"relaxed","dress_code":"none","machinery":"never","allergy":"sensitive","health":[],"age":"18-plus","sleep":"side-or-stomach","removal":"occasionally","style":"subtle","needles":"fine"}`,
			check:   unflagged(confidence(rules.ConfidenceClear, "a clear result")),
		},
	}
	for _, tt := range tests {
		rec := recommend(t, answers(t, tt.answers))
		if err := tt.check(rec); err != nil {
			t.Fatalf("%s: %v; choose other answers for this case", tt.name, err)
		}
		for _, width := range []int{80, 40} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, width), func(t *testing.T) {
				out := report.Render(rec, report.PlainStyles(), width)
				if len(rec.Flags) > 0 && !strings.HasPrefix(out, report.TitleFlags+"\n") {
					t.Fatalf("the report does not open with the flags:\n%s", out)
				}
				checkLines(t, rec, out, width)
				golden.RequireEqual(t, []byte(out+"\n"))
			})
		}
	}
}

// TestRenderFits renders a sample of the answer sets at several widths
// (and a sparser sample in colour) and checks every line fits and none ends
// in spaces. With 645,120 answer sets, rendering them all takes minutes:
// every 17th is taken (17 is prime, so the sample does not keep falling on
// the same option of any question), every 221st in -short mode, under the
// race detector or in colour, and every one with JEWELQUIZ_EVERY_ANSWER_SET=1.
func TestRenderFits(t *testing.T) {
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	stride := 17
	switch {
	case os.Getenv("JEWELQUIZ_EVERY_ANSWER_SET") == "1":
		stride = 1
	case testing.Short() || raceEnabled:
		stride = 17 * 13
	}
	var recs []rules.Recommendation
	i := 0
	for a := range quiz.Space(rb.Bank()) {
		if i%stride == 0 {
			rec, err := rb.Recommend(a)
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, rec)
		}
		i++
	}
	t.Logf("%d of %d answer sets", len(recs), i)
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
					// a sparser sample is enough for it.
					if name == "colour" && stride > 1 && i%13 != 0 {
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

// Spoken styles give each score in words and draw no bar; the other lines
// are the plain report's.
func TestRenderSpokenScores(t *testing.T) {
	rec := recommend(t, quiz.Answers{"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "nickel", "health": "",
		"age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"})
	plain := report.Render(rec, report.PlainStyles(), 80)
	spoken := report.Render(rec, report.SpokenStyles(), 80)
	for _, r := range rec.Ranking {
		if r.Excluded {
			continue
		}
		if want := fmt.Sprintf("%s: %d out of 100", r.Name, r.Score); !strings.Contains(spoken, want) {
			t.Errorf("the spoken report lacks %q:\n%s", want, spoken)
		}
	}
	if strings.Contains(spoken, "/100") || strings.Contains(spoken, "##") || strings.Contains(spoken, "..") {
		t.Errorf("the spoken report has a bar or a /100 score:\n%s", spoken)
	}
	if !strings.Contains(plain, "/100") || !strings.Contains(plain, "##") {
		t.Errorf("the plain report lost its bars:\n%s", plain)
	}
	bar := func(s string) bool { return strings.Contains(s, "/100") || strings.Contains(s, " out of 100") }
	var p, s []string
	for _, l := range strings.Split(plain, "\n") {
		if !bar(l) {
			p = append(p, l)
		}
	}
	for _, l := range strings.Split(spoken, "\n") {
		if !bar(l) {
			s = append(s, l)
		}
	}
	if strings.Join(p, "\n") != strings.Join(s, "\n") {
		t.Errorf("the spoken report differs from the plain one beyond the scores:\n%s\n----\n%s", plain, spoken)
	}
	for _, w := range []int{20, 30} {
		for _, l := range strings.Split(report.Render(rec, report.SpokenStyles(), w), "\n") {
			if ansi.StringWidth(l) > w {
				t.Errorf("at width %d the line %q is too wide", w, l)
			}
		}
	}
}
