package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// confirmScreen is an overlay that asks before something is lost: y does
// it (the move yes; in Spanish s, for sí, too), n or esc goes back to the
// screen beneath. Its words are given said (title, detail and the
// labels), or as catalogue ids said in the language spoken (ids).
type confirmScreen struct {
	title, detail     string
	yes               move
	yesLabel, noLabel string
	// ids, when set, are the catalogue's ids of title, detail, yesLabel
	// and noLabel, in that order.
	ids   *[4]string
	width int
	// leaving is set on "Leave the quiz?", where q asks nothing more.
	leaving bool
}

// leaveConfirm asks before q or ctrl+c leaves a quiz with answers and no
// results yet.
func leaveConfirm() *confirmScreen {
	return &confirmScreen{
		ids:     &[4]string{"confirm.leave.title", "confirm.leave.detail", "confirm.leave.yes", "confirm.leave.no"},
		yes:     move{to: toExit, exit: exitLeft},
		leaving: true,
	}
}

// words are the title, detail and labels in the language spoken.
func (c *confirmScreen) words(tr *locale.Printer) (title, detail, yes, no string) {
	if c.ids == nil {
		return c.title, c.detail, c.yesLabel, c.noLabel
	}
	return tr.T(c.ids[0]), tr.T(c.ids[1]), tr.T(c.ids[2]), tr.T(c.ids[3])
}

func (c *confirmScreen) name() string                    { return "confirm" }
func (c *confirmScreen) header(*shared) (string, string) { return "", "" }
func (c *confirmScreen) layout(_ *shared, width, _ int)  { c.width = width }
func (c *confirmScreen) keys(s *shared) screenKeys       { return screenKeys{primary: c.bindings(s)} }
func (c *confirmScreen) buttons(s *shared) []button {
	b := c.bindings(s)
	return []button{{b[0]}, {b[1]}}
}

// bindings are yes and no, with this question's words.
func (c *confirmScreen) bindings(s *shared) []key.Binding {
	_, _, yes, no := c.words(s.tr)
	return []key.Binding{with(yesKey(s), yes), with(s.keys.No, no)}
}

// yesKeys are the keys that say yes in a language: y always, and the
// first letter of the language's own word for yes where it differs (s
// for sí), first, so that the help names it first.
func yesKeys(l locale.Lang) []string {
	if l == locale.Spanish {
		return []string{"s", "y"}
	}
	return []string{"y"}
}

// yesKey is the quiz's Yes with the keys of the language spoken, its
// help naming them all ("s/y").
func yesKey(s *shared) key.Binding {
	b := s.keys.Yes
	keys := yesKeys(s.tr.Lang())
	b.SetKeys(keys...)
	b.SetHelp(strings.Join(keys, "/"), b.Help().Desc)
	return b
}

func (c *confirmScreen) taps(*shared) []area { return nil }

func (c *confirmScreen) body(s *shared) string {
	title, detail, _, _ := c.words(s.tr)
	var b strings.Builder
	b.WriteString(s.st.Heading.Render(wrapText(title, c.width)) + "\n\n")
	b.WriteString(s.st.Text.Render(wrapText(detail, c.width)) + "\n\n")
	b.WriteString(s.st.Dim.Render(wrapText(s.tr.F("confirm.keys", "Yes", yesKey(s).Help().Key), c.width)))
	return b.String()
}

func (c *confirmScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(k, yesKey(s)):
		return c.yes, nil
	case key.Matches(k, s.keys.No):
		return move{to: closeOverlay}, nil
	}
	return move{}, nil
}
