package ui

import (
	"io"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// bareForm is the baseline: one huh form with the same eight selects, as a
// program that embeds huh without care would have it.
func bareForm(m *Model, theme *huh.Theme) *huh.Form {
	groups := make([]*huh.Group, len(testBank))
	for i, q := range testBank {
		opts := make([]huh.Option[string], len(q.Options))
		for j, o := range q.Options {
			opts[j] = huh.NewOption(o.Label+"\n"+o.Description, o.Value)
		}
		var v string
		groups[i] = huh.NewGroup(huh.NewSelect[string]().Title(q.Title).Description(q.Why).Options(opts...).Value(&v))
	}
	f := huh.NewForm(groups...)
	if theme != nil {
		f = f.WithTheme(theme)
	}
	f.Init()
	f.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return f
}

// BenchmarkKeystroke measures one key (down) through Update and View at
// 80×24: the whole quiz screen, alone and as a server's session whose
// question other sessions have drawn, beside a bare huh form with the same
// eight selects with an explicit theme and with none.
func BenchmarkKeystroke(b *testing.B) {
	b.Run("jewelquiz", func(b *testing.B) {
		m := newSized(b, 80, 24)
		press(m, "enter")
		pressDown(b, m)
	})
	b.Run("jewelquiz-shared", func(b *testing.B) {
		// A server's session: another session has drawn this question
		// with the cursor on each option, so down moves between drawings.
		// (Each session that moves to a position not drawn yet draws it,
		// and then has a form of its own.)
		shared := NewDrawings(0)
		session := func() *Model {
			m := New(defaultRulebook(b), plainStyles(b), Config{Drawings: shared})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			press(m, "enter")
			return m
		}
		for k := range 6 {
			warm := session()
			for range k {
				press(warm, "down")
			}
		}
		m := session()
		if m.formBuilt() {
			b.Fatal("the first question was built, not drawn from the shared drawings")
		}
		pressDown(b, m)
		if m.formBuilt() {
			b.Fatal("down built the form")
		}
	})
	b.Run("huh-themed", func(b *testing.B) {
		pressDown(b, bareForm(newSized(b, 80, 24), huh.ThemeCharm()))
	})
	b.Run("huh-default", func(b *testing.B) {
		pressDown(b, bareForm(newSized(b, 80, 24), nil))
	})
}

// pressDown times b.N presses of down on m, each through Update and View.
func pressDown(b *testing.B, m tea.Model) {
	down := tea.KeyMsg{Type: tea.KeyDown}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m, _ = m.Update(down)
		_ = m.View()
	}
	b.StopTimer()
}

// colourStyles draws in 256 colours, as most SSH clients ask for, so that
// every colour is converted the way a tablet session converts it.
func colourStyles(t testing.TB) Styles {
	t.Helper()
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	r.SetHasDarkBackground(true)
	st, err := NewStyles(r, "charm")
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// BenchmarkAnswerKey measures what the server does for one key of a quiz
// taken over SSH at 80×24 in 256 colours: a number answers the question and
// the next one appears (enter, for the health question: none of these). Every message the key leads to is handled and the
// screen drawn after each, as bubbletea does. The figure is per key. "alone"
// is a quiz with no other before it, so each question is drawn for it;
// "shared" is a quiz on a server where others have drawn them already.
func BenchmarkAnswerKey(b *testing.B) {
	rb := defaultRulebook(b)
	st := colourStyles(b)
	// busy, no dress code, sometimes (moving parts), nickel, none of the
	// health questions, adult, back, sometimes, subtle, statement
	answers := []string{"2", "1", "2", "1", "2", "enter", "2", "1", "2", "1", "2"}
	for _, bc := range []struct {
		name     string
		drawings *Drawings // nil: each quiz its own
	}{
		{"alone", nil},
		{"shared", NewDrawings(0)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N/len(answers) + 1 {
				b.StopTimer()
				m := New(rb, st, Config{Drawings: bc.drawings})
				m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				_, cmd := m.Update(keyMsg("enter"))
				deliver(m, cmd, 0)
				b.StartTimer()
				for _, d := range answers {
					_, cmd := m.Update(keyMsg(d))
					_ = m.View()
					deliver(m, cmd, 0)
				}
				if m.Screen() != "results" {
					b.Fatalf("after %d keys: screen %s, not the results", len(answers), m.Screen())
				}
			}
		})
	}
}

// formBuilt reports whether the question showing has built a huh form of
// its own rather than showing shared drawings: what the shared benchmark
// must not measure.
func (m *Model) formBuilt() bool {
	q, ok := m.screen.(*questionScreen)
	return ok && q.f.form != nil
}
