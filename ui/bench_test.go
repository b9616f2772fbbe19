package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// bareForm is the baseline: one huh form with the same eight selects, as a
// program that embeds huh without care would have it.
func bareForm(m *Model, theme *huh.Theme) *huh.Form {
	groups := make([]*huh.Group, len(m.bank))
	for i, q := range m.bank {
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
// 80×24: the whole quiz screen, beside a bare huh form with the same eight
// selects with an explicit theme and with none.
func BenchmarkKeystroke(b *testing.B) {
	down := tea.KeyMsg{Type: tea.KeyDown}
	b.Run("jewelquiz", func(b *testing.B) {
		m := newSized(b, 80, 24)
		press(m, "enter")
		b.ReportAllocs()
		b.ResetTimer()
		for range b.N {
			m.Update(down)
			_ = m.View()
		}
	})
	b.Run("huh-themed", func(b *testing.B) {
		f := bareForm(newSized(b, 80, 24), huh.ThemeCharm())
		b.ReportAllocs()
		b.ResetTimer()
		for range b.N {
			f.Update(down)
			_ = f.View()
		}
	})
	b.Run("huh-default", func(b *testing.B) {
		f := bareForm(newSized(b, 80, 24), nil)
		b.ReportAllocs()
		b.ResetTimer()
		for range b.N {
			f.Update(down)
			_ = f.View()
		}
	})
}
