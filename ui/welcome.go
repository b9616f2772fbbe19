package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// welcome is the first screen: what permanent jewelry is, what the quiz
// asks, and that nothing is kept.
type welcome struct{}

// View draws the welcome in width × height, leaving out the introduction's
// paragraphs when the screen is too short for them; the length of the
// quiz and the privacy line always show.
func (welcome) View(st Styles, questions string, width, height int, canSave bool) string {
	wrap := func(s string) string { return ansi.Wrap(s, width, "") }
	privacy := "Nothing you answer is saved or sent anywhere."
	if canSave {
		privacy = "Nothing you answer is kept unless you choose to save it for your consultation."
	}
	title := st.Heading.Render(wrap("Find the permanent jewelry that suits you"))
	intro := []string{
		st.Text.Render(wrap("Permanent jewelry is made to stay: a fine chain welded shut around your wrist, neck or ankle with no clasp, or a piercing, a jewelry-like tattoo or a small implant.")),
		st.Text.Render(wrap("Tell us about your days, your work, your skin and your style, and we will explain which type suits you best, and why.")),
	}
	facts := st.Key.Render(questions) + st.Dim.Render(" · about 2 minutes") + "\n" +
		st.Dim.Render(wrap(privacy))
	start := st.Text.Render("Press ") + st.Key.Render("enter") + st.Text.Render(" to start.")
	for n := len(intro); n >= 0; n-- {
		parts := append(append([]string{title}, intro[:n]...), facts, start)
		if v := strings.Join(parts, "\n\n"); lipgloss.Height(v) <= height {
			return v
		}
	}
	// The smallest screens: the Start button and the help say how to start.
	return title + "\n\n" + facts
}
