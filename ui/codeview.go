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
func (c *codeScreen) header(s *shared) (string, string)   { return s.tr.T("code.your"), "" }
func (c *codeScreen) layout(_ *shared, width, height int) { c.width, c.height = width, height }
func (c *codeScreen) taps(*shared) []area                 { return nil }
func (c *codeScreen) keys(s *shared) screenKeys           { return screenKeys{back: s.tr.T("code.back")} }
func (c *codeScreen) buttons(s *shared) []button {
	return []button{{with(s.keys.Back, s.tr.T("code.back"))}}
}

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
	warn := st.Warning.Render(wrapText(s.tr.T("code.warn"), w))
	use := st.Text.Render(wrapText(s.tr.T("code.use"), w))
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
