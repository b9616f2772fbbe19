package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// codeScreen is an overlay on the results that shows the answer code
// large, to read out or photograph, and what it holds.
type codeScreen struct{ width, height int }

func (c *codeScreen) name() string                        { return "code" }
func (c *codeScreen) header(*shared) (string, string)     { return "Your answer code", "" }
func (c *codeScreen) layout(_ *shared, width, height int) { c.width, c.height = width, height }
func (c *codeScreen) taps(*shared) []area                 { return nil }
func (c *codeScreen) keys(s *shared) screenKeys           { return screenKeys{back: "back"} }
func (c *codeScreen) buttons(s *shared) []button          { return []button{{with(s.keys.Back, "back")}} }

func (c *codeScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.keys.Back, s.keys.Code) {
		return move{to: closeOverlay}, nil
	}
	return move{}, nil
}

// body shows the code as large as fits, and what it holds; the warning
// stays on the smallest screens.
func (c *codeScreen) body(s *shared) string {
	st, w := s.st, c.width
	code := s.code()
	warn := st.Warning.Render(wrapText("This code holds your answers, health answers included: share it only with your studio.", w))
	use := st.Text.Render(wrapText("Show it at the studio, or type it into jewelquiz with “I have a code” to see these results again. Nothing is stored anywhere: the code is the answers.", w))
	for _, roomy := range []bool{true, false} {
		out := bigCode(st, code, w, roomy) + "\n\n" + warn + "\n\n" + use
		if lipgloss.Height(out) <= c.height {
			return out
		}
	}
	if out := bigCode(st, code, w, false) + "\n" + warn; lipgloss.Height(out) <= c.height {
		return out
	}
	return strings.Join([]string{st.Key.Render(code), warn}, "\n")
}
