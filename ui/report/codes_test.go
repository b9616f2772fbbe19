package report_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// A code is never split over two lines, at any width it fits in; the
// text is otherwise wrapped as ansi.Wrap wraps it, hyphenated words
// included.
func TestWrapKeepingCodes(t *testing.T) {
	texts := []string{
		"Tu código de respuestas: A9WY-39FM. Contiene tus respuestas, incluidas las de salud: compártelo solo con tu estudio, que lo abre con `jewelquiz show A9WY-39FM`.",
		"Saved for your consultation: code K7MX-4P. Show it at the studio, or quote K7MX-4P.",
	}
	for _, text := range texts {
		codes := []string{"A9WY-39FM", "K7MX-4P"}
		for width := 14; width <= 120; width++ { // from the longest word up
			got := report.WrapKeepingCodes(text, width)
			for _, code := range codes {
				if strings.Contains(text, code) && strings.Count(got, code) != strings.Count(text, code) {
					t.Fatalf("width %d: %s was split:\n%s", width, code, got)
				}
			}
			for _, line := range strings.Split(got, "\n") {
				if w := ansi.StringWidth(line); w > width {
					t.Fatalf("width %d: a line of %d cells: %q", width, w, line)
				}
			}
			if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(text), " ") {
				t.Fatalf("width %d: the words changed:\n%s", width, got)
			}
		}
	}
	if got, want := report.WrapKeepingCodes("a gold-filled chain", 10), ansi.Wrap("a gold-filled chain", 10, ""); got != want {
		t.Errorf("a hyphenated word: %q, want ansi.Wrap's %q", got, want)
	}
}
