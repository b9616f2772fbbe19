package ui

import tea "github.com/charmbracelet/bubbletea"

// The largest screen the quiz draws. A terminal (or an SSH client's
// pty-req and window-change) may claim any size up to 4,294,967,295 cells
// a side; the quiz draws no more than this, so a claimed size costs at most
// MaxWidth×MaxHeight cells a frame however large it is.
const (
	MaxWidth  = 500
	MaxHeight = 300
)

// ClampSize returns width and height cut to the quiz's largest screen;
// negative sizes become 0.
func ClampSize(width, height int) (int, int) {
	return min(max(width, 0), MaxWidth), min(max(height, 0), MaxHeight)
}

// clampWindow cuts a window-size message to the largest screen.
func clampWindow(msg tea.WindowSizeMsg) tea.WindowSizeMsg {
	msg.Width, msg.Height = ClampSize(msg.Width, msg.Height)
	return msg
}
