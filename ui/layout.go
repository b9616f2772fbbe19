package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// The smallest screen the quiz lays out on, and the widest it lets text run.
const (
	MinWidth     = 40
	MinHeight    = 12
	MaxTextWidth = 76
)

// contentWidth is the width of the text column on a screen width cells wide.
func contentWidth(width int) int {
	return min(width-2, MaxTextWidth)
}

// tooSmall reports whether the screen is below the quiz's minimum size.
func tooSmall(width, height int) bool {
	return width < MinWidth || height < MinHeight
}

// enlargeView asks for a bigger window, fitting whatever space there is.
func enlargeView(st Styles, width, height int) string {
	msg := st.Warning.Render("Please enlarge the window") + "\n" +
		st.Dim.Render("jewelquiz needs at least 40 columns and 12 rows.")
	if width <= 0 || height <= 0 {
		return ""
	}
	return fit(ansi.Wrap(msg, width, ""), width, height)
}

// fit cuts s to at most width cells per line and height lines.
func fit(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if lipgloss.Width(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

// progressBar draws done out of total questions as a bar width cells
// wide, once for all quizzes that share s's drawings.
func (s *shared) progressBar(done, total, width int) string {
	if total <= 0 || width <= 0 {
		return ""
	}
	return s.drawn.part(s.st, fmt.Sprintf("progress\x00%d\x00%d", done, total), width, func() string {
		n := done * width / total
		return s.st.BarFull.Render(strings.Repeat(s.st.Full, n)) + s.st.BarEmpty.Render(strings.Repeat(s.st.Empty, width-n))
	})
}

// spread puts left and right text at the two ends of a line width wide,
// dropping the right part when both do not fit.
func spread(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// wrapText wraps s to width cells.
func wrapText(s string, width int) string { return ansi.Wrap(s, width, "") }
