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

// codeNote is the end of a text report: the answer code that brings these
// results to the studio, and what it holds, wrapped to width, in the
// report's language.
func codeNote(code string, st report.Styles, width int) string {
	return codeHead(code, st) + "\n" + codeHolds(st, width)
}

// codeHead is codeNote's first line, naming the code.
func codeHead(code string, st report.Styles) string {
	tr := locale.For(st.Lang)
	return st.Heading.Render(tr.T("cli.code.title")) + " " + st.Title.Render(code)
}

// codeHolds is the rest of codeNote, the same under every report of a
// run: what the code holds.
func codeHolds(st report.Styles, width int) string {
	tr := locale.For(st.Lang)
	lines := strings.Split(ansi.Wrap(tr.T("cli.code.warning"), max(width, 20), ""), "\n")
	for i, l := range lines {
		lines[i] = st.Text.Render(strings.TrimRight(l, " "))
	}
	return strings.Join(lines, "\n")
}
