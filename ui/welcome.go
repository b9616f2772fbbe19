package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// welcome is the first screen: what permanent jewelry is, what the quiz
// asks, and that nothing is kept.
type welcome struct{}

func (welcome) View(st Styles, questions, width int) string {
	wrap := func(s string) string { return ansi.Wrap(s, width, "") }
	var b strings.Builder
	b.WriteString(st.Heading.Render(wrap("Find the permanent jewelry that suits you")) + "\n\n")
	b.WriteString(st.Text.Render(wrap("Permanent jewelry is made to stay: a fine chain welded shut around your wrist, neck or ankle with no clasp, or a piercing, a jewelry-like tattoo or a small implant.")) + "\n\n")
	b.WriteString(st.Text.Render(wrap("Tell us about your days, your work, your skin and your style, and we will explain which type suits you best, and why.")) + "\n\n")
	b.WriteString(st.Key.Render(fmt.Sprintf("%d questions", questions)) + st.Dim.Render(" · about 2 minutes") + "\n")
	b.WriteString(st.Dim.Render(wrap("Nothing you answer is saved or sent anywhere.")) + "\n\n")
	b.WriteString(st.Text.Render("Press ") + st.Key.Render("enter") + st.Text.Render(" to start."))
	return b.String()
}
