package cli

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// exampleCode is an answer code of the built-in questions, for help and
// error messages.
const exampleCode = "A9PT-ECYK"

// codeHead is the first line of the end of a text report: the answer code
// that brings these results to the studio (codeHolds says what it holds).
func codeHead(code string, st report.Styles) string {
	tr := locale.For(st.Lang)
	return st.Heading.Render(tr.T("cli.code.title")) + " " + st.Title.Render(code)
}

// codeHolds says what the answer code holds, wrapped to width, in the
// report's language: the same under every report of a run.
func codeHolds(st report.Styles, width int) string {
	tr := locale.For(st.Lang)
	lines := strings.Split(ansi.Wrap(tr.T("cli.code.warning"), max(width, 20), ""), "\n")
	for i, l := range lines {
		lines[i] = st.Text.Render(strings.TrimRight(l, " "))
	}
	return strings.Join(lines, "\n")
}
