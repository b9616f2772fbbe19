package report

import (
	"io"
	"os"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
)

// IsTerminal reports whether f (a reader or writer) is an interactive
// terminal.
func IsTerminal(f any) bool {
	file, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(file.Fd())
}

// Width is the width to wrap a report at when writing to w: the
// terminal's width up to 100, or 80 when w is not a terminal.
func Width(w io.Writer) int {
	if f, ok := w.(interface{ Fd() uintptr }); ok && term.IsTerminal(f.Fd()) {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			return min(cols, 100)
		}
	}
	return 80
}

// StylesFor picks the styles for a report written to w: colour on a
// terminal, plain text when w is piped or NO_COLOR is set.
func StylesFor(w io.Writer) Styles {
	if IsTerminal(w) && os.Getenv("NO_COLOR") == "" {
		return DefaultStyles(lipgloss.NewRenderer(w))
	}
	return PlainStyles()
}
