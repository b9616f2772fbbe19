package report_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// ansiIndent is text wrapped by ansi.Wrap, each line without its
// trailing spaces, the first after first and the others after rest: what
// a report did with every text before the plain path.
func ansiIndent(text string, width int, first, rest string) string {
	lines := strings.Split(ansi.Wrap(text, width, ""), "\n")
	for i, l := range lines {
		ind := rest
		if i == 0 {
			ind = first
		}
		lines[i] = ind + strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// checkWrap compares the plain word wrap with ansi.Wrap's at each width,
// with and without indents, when the plain one takes the text.
func checkWrap(t *testing.T, text string, widths ...int) {
	t.Helper()
	for _, w := range widths {
		for _, ind := range [][2]string{{"", ""}, {"  ", "    "}, {"", "   "}} {
			got, ok := report.AppendWrapped([]byte("x"), text, w, ind[0], ind[1])
			if !ok {
				if len(got) != 1 {
					t.Fatalf("%q at %d: refused, but appended %q", text, w, got[1:])
				}
				continue
			}
			if want := ansiIndent(text, w, ind[0], ind[1]); string(got[1:]) != want {
				t.Fatalf("%q at width %d, indents %q:\n got %q\nwant %q", text, w, ind, got[1:], want)
			}
		}
	}
}

// The plain word wrap gives ansi.Wrap's bytes for random text of words,
// runs of spaces, hyphens, newlines and one-cell non-ASCII letters and
// punctuation, at every width from 1 to 30; and refuses text it cannot
// wrap the same way.
func TestPlainWrapMatchesAnsiWrap(t *testing.T) {
	pieces := []string{"a", "bc", "word", "longerword", "verylongwordthatoverflows", " ", "  ", "   ", "-", "--", "\n", "\n\n", "’", "é", "—", "…", "\u00a0", ".", ","}
	r := rand.New(rand.NewPCG(1, 2))
	widths := make([]int, 30)
	for i := range widths {
		widths[i] = i + 1
	}
	texts := 20000
	if testing.Short() || raceEnabled {
		texts = 2000
	}
	for range texts {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkWrap(t, b.String(), widths...)
	}
	for _, refused := range []string{"tab\there", "emoji 💍", "e\u0301", "zero\u200bwidth", "esc \x1b[1m", "cr\r\n", "wide 漢字", "soft\u00adhyphen"} {
		if _, ok := report.AppendWrapped(nil, refused, 10, "", ""); ok {
			t.Errorf("%q: taken by the plain wrap, whose widths or breaks would differ", refused)
		}
	}
}

// With plain styles, a report is the same bytes as drawn through lipgloss:
// every 211th answer set (the whole space is checked at width 80 by
// recommend's own test), at narrow and wide widths, with and without
// prices, with bars and spoken scores; and every string of those reports
// wraps as ansi.Wrap wraps it.
func TestPlainReportMatchesLipgloss(t *testing.T) {
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	stride := 211
	if testing.Short() || raceEnabled {
		stride = 1009
	}
	i, checked := 0, 0
	for a := range quiz.Space(rb.Bank()) {
		i++
		if i%stride != 1 {
			continue
		}
		rec, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, spoken := range []bool{false, true} {
			plain := report.PlainStyles()
			if spoken {
				plain = report.SpokenStyles()
			}
			for _, est := range []report.Estimator{nil, pricing(rec.Pick, "welded-necklace")} {
				for _, w := range []int{20, 33, 40, 80, 100} {
					got := report.RenderWith(rec, plain, w, est)
					want := report.RenderWith(rec, report.LipglossPlain(spoken), w, est)
					if got != want {
						t.Fatalf("%v at width %d (spoken %v, prices %v):\n--- got\n%s\n--- want\n%s", a, w, spoken, est != nil, got, want)
					}
				}
			}
		}
		if checked%50 == 0 {
			for _, s := range append([]string{rec.Summary, rec.Versus, rec.Metals.Note, rec.Scans}, rec.Ask...) {
				checkWrap(t, s, 8, 9, 17, 36, 37, 76, 77)
			}
		}
		checked++
	}
	t.Logf("checked %d answer sets", checked)
}
