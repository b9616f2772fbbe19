package cli

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// exampleCode is an answer code of the built-in questions, for help and
// error messages.
const exampleCode = "A9PT-ECYK"

// codeWarning tells the customer what an answer code gives away.
const codeWarning = "It holds your answers, health answers included: share it only with your studio."

// codeNote is the end of a text report: the answer code that brings these
// results to the studio, and what it holds, wrapped to width.
func codeNote(code string, st report.Styles, width int) string {
	lines := strings.Split(ansi.Wrap(codeWarning, max(width, 20), ""), "\n")
	for i, l := range lines {
		lines[i] = st.Text.Render(strings.TrimRight(l, " "))
	}
	return st.Heading.Render("Your answer code:") + " " + st.Title.Render(code) + "\n" + strings.Join(lines, "\n")
}
