package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// welcomeScreen is the first screen: what permanent jewelry is, what the
// quiz asks, and that nothing is kept.
type welcomeScreen struct{ width, height int }

func (w *welcomeScreen) name() string                        { return "welcome" }
func (w *welcomeScreen) header(*shared) (string, string)     { return "", "" }
func (w *welcomeScreen) layout(_ *shared, width, height int) { w.width, w.height = width, height }
func (w *welcomeScreen) buttons(s *shared) []button {
	return []button{{s.keys.Start}, {s.keys.Explore}, {s.keys.HaveCode}}
}
func (w *welcomeScreen) keys(s *shared) screenKeys {
	return screenKeys{primary: []key.Binding{s.keys.Start}, actions: []key.Binding{s.keys.Explore, s.keys.HaveCode}}
}

func (w *welcomeScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(k, s.keys.Start):
		return move{to: toQuestion, step: nextAsked(s.bank, -1, s.answers), purpose: askQuiz}, nil
	case key.Matches(k, s.keys.Explore):
		return move{to: toExplore}, nil
	case key.Matches(k, s.keys.HaveCode):
		return move{to: toScreen, next: newCodeEntryScreen(s.st)}, nil
	}
	return move{}, nil
}

// body leaves out the introduction's paragraphs when the screen is too
// short for them; the length of the quiz and the privacy line always show.
func (w *welcomeScreen) taps(*shared) []area { return nil }

func (w *welcomeScreen) body(s *shared) string {
	st := s.st
	wrap := func(t string) string { return ansi.Wrap(t, w.width, "") }
	privacy := "Nothing you answer is saved or sent anywhere."
	if s.cfg.RemoteAddr != "" { // served over SSH: the answers are on the server while you answer
		privacy = "Nothing you answer is saved: it is gone when you leave."
	}
	if s.cfg.Save != nil {
		privacy = "Nothing you answer is kept unless you choose to save it for your consultation."
	}
	title := st.Heading.Render(wrap("Find the permanent jewelry that suits you"))
	if name := s.cfg.Studio.Name; name != "" {
		title = st.Key.Render(wrap(name)) + "\n" + title
	}
	intro := []string{
		st.Text.Render(wrap("Permanent jewelry is made to stay: a fine chain welded shut around your wrist, neck or ankle with no clasp, or a piercing, a jewelry-like tattoo or a small implant.")),
		st.Text.Render(wrap("Tell us about your days, your work, your skin and your style, and we will explain which type suits you best, and why.")),
	}
	facts := st.Key.Render(questionCount(s.bank)) + st.Dim.Render(" · about 2 minutes") + "\n" +
		st.Dim.Render(wrap(privacy))
	start := st.Text.Render("Press ") + st.Key.Render("enter") + st.Text.Render(" to start.")
	for n := len(intro); n >= 0; n-- {
		parts := append(append([]string{title}, intro[:n]...), facts, start)
		if v := strings.Join(parts, "\n\n"); lipgloss.Height(v) <= w.height {
			return v
		}
	}
	// The smallest screens: the Start button and the help say how to start.
	return title + "\n\n" + facts
}
