package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// handleMouse turns taps and the wheel into actions. Tablets send taps as
// clicks of any button (some as middle clicks), so any press counts.
func (m *Model) handleMouse(msg tea.MouseMsg) tea.Cmd {
	if msg.Action != tea.MouseActionPress {
		return nil
	}
	if m.wake() || tooSmall(m.width, m.height) {
		return nil
	}
	if msg.Button == tea.MouseButtonWheelUp || msg.Button == tea.MouseButtonWheelDown {
		return m.scroll(msg)
	}
	h := m.hitTest(msg.X, msg.Y)
	switch {
	case h.act != actNone:
		return m.do(h.act)
	case h.option >= 0:
		return m.choose(h.option)
	case h.answer >= 0:
		return m.startChange(h.answer, askChange)
	}
	return nil
}

// scroll moves the view, or the cursor of a question, with the wheel.
func (m *Model) scroll(msg tea.MouseMsg) tea.Cmd {
	var cmd tea.Cmd
	switch m.screen {
	case screenResults:
		m.res, cmd = m.res.Update(msg)
	case screenType:
		m.page, cmd = m.page.Update(msg)
	case screenQuestion:
		k := tea.KeyMsg{Type: tea.KeyDown}
		if msg.Button == tea.MouseButtonWheelUp {
			k.Type = tea.KeyUp
		}
		cmd = m.updateQuestion(k)
	}
	return cmd
}

// hit is what lies under a tap: an action's button, a question's option,
// or a row of the answers on the results. -1 when none.
type hit struct {
	act            action
	option, answer int
}

// hitTest finds what is drawn at column x, row y of the current screen, by
// reading the screen as it is drawn, so layout changes cannot put taps and
// pictures out of step.
func (m *Model) hitTest(x, y int) hit {
	none := hit{option: -1, answer: -1}
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	if y < 0 || y >= len(lines) {
		return none
	}
	bs := m.buttons()
	if m.stillThere {
		bs = []button{{"I'm still here", actStillHere}}
	}
	for _, b := range bs {
		if inSpan(lines[y], "[ "+b.label+" ]", x) {
			return hit{act: b.act, option: -1, answer: -1}
		}
	}
	switch m.screen {
	case screenQuestion:
		if i := m.optionAt(lines, y); i >= 0 {
			return hit{option: i, answer: -1}
		}
	case screenResults:
		for _, row := range answerRows(m.answers, m.bank) {
			if strings.Contains(lines[y], row.marker+" "+m.bank[row.step].Short) {
				return hit{option: -1, answer: row.step}
			}
		}
	}
	return none
}

// optionAt finds which option of the current question is drawn on row y:
// each option starts on the row with the form's border, the cursor or its
// space (and on a many question whether it is ticked), and the option's
// label; it runs until the next one starts.
func (m *Model) optionAt(lines []string, y int) int {
	starts := make([]int, 0, len(m.q.q.Options))
	from := 0
	for _, o := range m.q.q.Options {
		found := -1
		for row := from; row < len(lines); row++ {
			if optionRow(lines[row], o.Label) {
				found = row
				break
			}
		}
		if found < 0 {
			return -1
		}
		starts = append(starts, found)
		from = found + 1
	}
	for i := len(starts) - 1; i >= 0; i-- {
		end := len(lines)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if y >= starts[i] && y < end && strings.Contains(lines[y], "┃") {
			return i
		}
	}
	return -1
}

// inSpan reports whether column x falls inside an occurrence of label in
// line (columns counted in cells, not bytes).
func inSpan(line, label string, x int) bool {
	for off := 0; ; {
		i := strings.Index(line[off:], label)
		if i < 0 {
			return false
		}
		col := ansi.StringWidth(line[:off+i])
		if x >= col && x < col+ansi.StringWidth(label) {
			return true
		}
		off += i + len(label)
	}
}

// optionRow reports whether line starts an option labelled label: the
// form's border, then only the cursor and tick marks, then the label.
func optionRow(line, label string) bool {
	_, rest, ok := strings.Cut(line, "┃")
	if !ok {
		return false
	}
	i := strings.Index(rest, label)
	if i < 0 {
		return false
	}
	marks := strings.TrimSpace(rest[:i])
	return strings.Trim(marks, ">✓•[]x ") == "" && ansi.StringWidth(rest[:i]) <= 8
}
