package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
)

// newTextField is a focused one-line text field in the quiz's styles, its
// cursor steady (no blink timer: nothing ticks that need not).
func newTextField(st *Styles, prompt, placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Placeholder = placeholder
	in.CharLimit = limit
	in.Prompt = prompt
	in.PromptStyle = st.Key
	in.TextStyle = st.Text
	in.PlaceholderStyle = st.Dim
	in.Cursor.Style = st.Key
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Focus()
	return in
}

// fieldForm is a screen with a text field: a heading, then while lock is
// closed only why and for how long (locked says it, given the wait), else
// the text, the field and any message.
func fieldForm(st *Styles, width int, heading string, lockedFor time.Duration, locked func(time.Duration) string, text string, field textinput.Model, msg string) string {
	var b strings.Builder
	b.WriteString(st.Heading.Render(wrapText(heading, width)) + "\n\n")
	if lockedFor > 0 {
		lockedFor = (lockedFor + time.Second - 1).Truncate(time.Second) // never "0s" while locked
		b.WriteString(st.Warning.Render(wrapText(locked(lockedFor), width)))
		return b.String()
	}
	b.WriteString(st.Text.Render(wrapText(text, width)) + "\n\n")
	b.WriteString(field.View())
	if msg != "" {
		b.WriteString("\n\n" + st.Warning.Render(wrapText(msg, width)))
	}
	return b.String()
}
