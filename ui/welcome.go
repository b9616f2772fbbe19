package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// welcomeScreen is the first screen: what permanent jewelry is, what the
// quiz asks, and that nothing is kept.
type welcomeScreen struct{ width, height int }

func (w *welcomeScreen) name() string                        { return "welcome" }
func (w *welcomeScreen) header(*shared) (string, string)     { return "", "" }
func (w *welcomeScreen) layout(_ *shared, width, height int) { w.width, w.height = width, height }
func (w *welcomeScreen) buttons(s *shared) []button {
	return []button{{s.keys.Start}, {s.keys.Explore}, {s.keys.HaveCode}, {s.keys.Language}}
}
func (w *welcomeScreen) keys(s *shared) screenKeys {
	return screenKeys{primary: []key.Binding{s.keys.Start}, actions: []key.Binding{s.keys.Explore, s.keys.HaveCode, s.keys.Language}}
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
	case key.Matches(k, s.keys.Language):
		// The whole quiz switches: the welcome comes again in the other
		// language, and everything after it.
		return move{to: toWelcome, lang: s.tr.Lang().Other()}, nil
	}
	return move{}, nil
}

func (w *welcomeScreen) taps(*shared) []area { return nil }

// body leaves out the introduction's paragraphs when the screen is too
// short for them, then the way to start, the length of the quiz and the
// title; the privacy promise always shows whole.
func (w *welcomeScreen) body(s *shared) string {
	st, tr := s.st, s.tr
	wrap := func(t string) string { return ansi.Wrap(t, w.width, "") }
	privacy := tr.T("welcome.privacy")
	if s.cfg.RemoteAddr != "" { // served over SSH: the answers are on the server while you answer
		privacy = tr.T("welcome.privacy_served")
	}
	if s.cfg.Save != nil {
		privacy = tr.T("welcome.privacy_save")
	}
	title := st.Heading.Render(wrap(tr.T("welcome.title")))
	if name := s.cfg.Studio.Name; name != "" {
		title = st.Key.Render(wrap(name)) + "\n" + title
	}
	intro := []string{
		st.Text.Render(wrap(tr.T("welcome.intro"))),
		st.Text.Render(wrap(tr.T("welcome.tell"))),
	}
	promise := st.Dim.Render(wrap(privacy))
	facts := st.Key.Render(questionCount(tr, s.bank)) + st.Dim.Render(tr.T("welcome.minutes")) + "\n" + promise
	start := around(tr, "welcome.press", st.Text, st.Key.Render("enter"))
	for n := len(intro); n >= 0; n-- {
		parts := append(append([]string{title}, intro[:n]...), facts, start)
		if v := strings.Join(parts, "\n\n"); lipgloss.Height(v) <= w.height {
			return v
		}
	}
	// The smallest screens: the Start button and the help say how to
	// start, and the privacy promise is kept whole before the title.
	for _, v := range []string{title + "\n\n" + facts, title + "\n\n" + promise} {
		if lipgloss.Height(v) <= w.height {
			return v
		}
	}
	return promise
}

// around says message id, whose {{.Key}} is drawn as key and the rest of
// it in style.
func around(tr *locale.Printer, id string, style lipgloss.Style, key string) string {
	before, after, _ := strings.Cut(tr.F(id, "Key", "\x00"), "\x00")
	var b strings.Builder
	if before != "" {
		b.WriteString(style.Render(before))
	}
	b.WriteString(key)
	if after != "" {
		b.WriteString(style.Render(after))
	}
	return b.String()
}
