package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// confirmScreen is an overlay that asks before something is lost: y does
// it (the move yes), n or esc goes back to the screen beneath.
type confirmScreen struct {
	title, detail     string
	yes               move
	yesLabel, noLabel string
	width             int
	// leaving is set on "Leave the quiz?", where q asks nothing more.
	leaving bool
}

// leaveConfirm asks before q or ctrl+c leaves a quiz with answers and no
// results yet.
func leaveConfirm() *confirmScreen {
	return &confirmScreen{
		title:    "Leave the quiz?",
		detail:   "Your answers will be lost.",
		yes:      move{to: toExit, exit: exitLeft},
		yesLabel: "yes, leave",
		noLabel:  "no, stay",
		leaving:  true,
	}
}

func (c *confirmScreen) name() string                    { return "confirm" }
func (c *confirmScreen) header(*shared) (string, string) { return "", "" }
func (c *confirmScreen) layout(_ *shared, width, _ int)  { c.width = width }
func (c *confirmScreen) keys(s *shared) screenKeys       { return screenKeys{primary: c.bindings(s)} }
func (c *confirmScreen) buttons(s *shared) []button {
	b := c.bindings(s)
	return []button{{b[0]}, {b[1]}}
}

// bindings are y and n, with this question's words.
func (c *confirmScreen) bindings(s *shared) []key.Binding {
	return []key.Binding{with(s.keys.Yes, c.yesLabel), with(s.keys.No, c.noLabel)}
}

func (c *confirmScreen) taps(*shared) []area { return nil }

func (c *confirmScreen) body(s *shared) string {
	var b strings.Builder
	b.WriteString(s.st.Heading.Render(wrapText(c.title, c.width)) + "\n\n")
	b.WriteString(s.st.Text.Render(wrapText(c.detail, c.width)) + "\n\n")
	b.WriteString(s.st.Dim.Render(wrapText("Press y for yes, n for no.", c.width)))
	return b.String()
}

func (c *confirmScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(k, s.keys.Yes):
		return c.yes, nil
	case key.Matches(k, s.keys.No):
		return move{to: closeOverlay}, nil
	}
	return move{}, nil
}
