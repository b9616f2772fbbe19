package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// TestConsentQuotesRetention: the consent screen promises the retention
// the quiz was given, and the default one when none was.
func TestConsentQuotesRetention(t *testing.T) {
	for _, tc := range []struct {
		keep time.Duration
		want string
	}{
		{0, "after 30 days,"},
		{14 * 24 * time.Hour, "after 14 days,"},
		{24 * time.Hour, "after 1 day,"},
		{90 * 24 * time.Hour, "after 90 days,"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			store := &fakeStore{}
			m := New(defaultRulebook(t), plainStyles(t), Config{Save: store.save, Retention: tc.keep})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
			answerAll(t, m, setA)
			press(m, "s")
			flat := strings.Join(strings.Fields(m.View()), " ")
			if !strings.Contains(flat, "Staff delete saved consultations "+tc.want+" or sooner if you ask.") {
				t.Fatalf("the consent screen does not say %q:\n%s", tc.want, m.View())
			}
		})
	}
}
