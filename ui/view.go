package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// View draws the current screen, never wider than the terminal.
func (m *Model) View() string {
	if m.quitting {
		return ""
	}
	if tooSmall(m.width, m.height) {
		return enlargeView(m.st, m.width, m.height)
	}
	footer := m.footer() // once: the body's height depends on it
	header, w := m.screenHeader(), contentWidth(m.width)
	bodyH := bodyHeight(m.height, lipgloss.Height(header), lipgloss.Height(footer))
	var body string
	switch {
	case m.stillThere:
		body = m.stillThereView()
	case m.screen == screenQuestion:
		body = m.q.View()
	case m.screen == screenResults:
		body = m.res.View()
	case m.screen == screenType:
		body = m.page.View()
	case m.screen == screenWhatIf:
		body = m.whatIf.View(m.bank, m.st, w)
	case m.screen == screenConsent:
		body = m.consentView(bodyH)
	case m.screen == screenSaved:
		body = m.savedView(bodyH)
	case m.screen == screenSaveFailed:
		body = m.saveFailedView()
	case m.screen == screenPIN:
		body = m.pinView()
	default:
		body = welcome{}.View(m.st, questionCount(m.bank), w, bodyH, m.cfg.Save != nil)
	}
	return frame(m.width, m.height, header, body, footer)
}

// screenHeader is the header of the screen showing.
func (m *Model) screenHeader() string {
	if m.stillThere {
		return m.header("")
	}
	switch m.screen {
	case screenQuestion:
		return m.questionHeader()
	case screenResults:
		return m.resultsHeader()
	case screenType:
		return m.typeHeader()
	case screenWhatIf:
		return m.header("What if")
	case screenConsent:
		return m.header("Save for your consultation")
	case screenSaved:
		return m.header("Saved")
	case screenSaveFailed:
		return m.header("Not saved")
	case screenPIN:
		return m.header("Staff")
	}
	return m.header("")
}

func (m *Model) brand() string { return m.st.Brand.Render("◆ jewelquiz") }

// header is the brand with a note about the screen on the right, and the
// server's closing notice under it when there is one.
func (m *Model) header(note string) string {
	w := contentWidth(m.width)
	h := m.drawn.part(&m.st, "header\x00"+note, w, func() string {
		return spread(m.brand(), m.st.Step.Render(note), w)
	})
	if !m.closingAt.IsZero() {
		left := int(max(m.closingAt.Sub(m.now), 0).Round(time.Second).Seconds())
		h += "\n" + m.st.Warning.Render(wrapText(fmt.Sprintf("This quiz is closing in %d seconds. Please finish what you are doing.", left), contentWidth(m.width)))
	}
	if note := m.idleNotice(); note != "" {
		h += "\n" + m.st.Warning.Render(wrapText(note, contentWidth(m.width)))
	}
	return h
}

func (m *Model) questionHeader() string { return m.questionHeaderFor(m.q.step, m.q.purpose) }

func (m *Model) questionHeaderFor(step int, p purpose) string {
	w := contentWidth(m.width)
	switch p {
	case askChange:
		return m.header("Changing an answer") + "\n" + m.progressBar(1, 1, w)
	case askWhatIf:
		return m.header("What if")
	case askType:
		return m.header("Explore the types")
	}
	n, total := m.progress(step)
	return m.header(fmt.Sprintf("Question %d of %d", n, total)) + "\n" + m.progressBar(n-1, total, w)
}

// progress is where question step comes among the questions this person
// is asked given their answers so far (1-based), and how many those are: a
// follow-up counts once the answer it follows makes it apply.
func (m *Model) progress(step int) (int, int) {
	asked := quiz.Asked(m.bank, m.answers)
	n := 0
	for i, q := range asked {
		if q.ID == m.bank[step].ID {
			n = i + 1
		}
	}
	if n == 0 { // not asked as things stand: count it where it falls
		asked = quiz.Asked(m.bank[:step], m.answers)
		n = len(asked) + 1
		return n, n + len(quiz.Asked(m.bank[step+1:], m.answers))
	}
	return n, len(quiz.Asked(m.bank, m.answers))
}

// questionCount says how many questions the quiz asks: "10 to 12
// questions" when follow-ups make the number depend on the answers.
func questionCount(bank []quiz.Question) string {
	least := len(topLevel(bank))
	if least == len(bank) {
		return fmt.Sprintf("%d questions", least)
	}
	return fmt.Sprintf("%d to %d questions", least, len(bank))
}

func (m *Model) resultsHeader() string {
	return m.header("Your recommendation " + m.res.hint())
}

func (m *Model) typeHeader() string {
	return m.header(m.page.name + " " + m.page.hint())
}

// footer is the screen's buttons above its help line.
func (m *Model) footer() string {
	var km help.KeyMap
	switch m.screen {
	case screenQuestion:
		km = m.keys.forQuestion(m.q.purpose, m.cfg.Kiosk, m.q.q.Many(), len(m.q.q.Options), m.q.anyTicked())
	case screenResults:
		km = m.keys.forResults(m.cfg.Kiosk, m.cfg.Save != nil)
	case screenType:
		km = m.keys.forType(m.rec != nil)
	case screenWhatIf:
		km = m.keys.forWhatIf()
	case screenConsent, screenSaved, screenSaveFailed:
		km = m.keys.forSaving(m.screen, m.cfg.Kiosk)
	case screenPIN:
		back := m.keys.Cancel
		back.SetHelp("esc", "back")
		km = screenHelp{short: []key.Binding{m.keys.Choose, back}}
	default:
		km = m.keys.forWelcome(m.cfg.Kiosk)
	}
	bs := m.buttons()
	if m.stillThere {
		bs, km = []button{{"I'm still here", actStillHere}}, nil
	}
	return m.drawn.part(&m.st, footerKey(bs, km, m.help), contentWidth(m.width), func() string {
		row := m.buttonRow(bs)
		switch {
		case km == nil:
			return row
		case row == "":
			return m.help.View(km)
		}
		return row + "\n" + m.help.View(km)
	})
}

// footerKey names everything a footer is drawn from besides the styles and
// the width: the buttons' labels, and each key's help as help.Model shows
// it (short or full, as wide as the help is).
func footerKey(bs []button, km help.KeyMap, h help.Model) string {
	var b strings.Builder
	fmt.Fprintf(&b, "footer\x00%d\x00%t", h.Width, h.ShowAll)
	for _, bt := range bs {
		b.WriteString("\x00")
		b.WriteString(bt.label)
	}
	if km == nil {
		return b.String()
	}
	groups := [][]key.Binding{km.ShortHelp()}
	if h.ShowAll {
		groups = km.FullHelp()
	}
	for _, g := range groups {
		b.WriteString("\x01")
		for _, k := range g {
			fmt.Fprintf(&b, "\x02%t\x03%s\x03%s", k.Enabled(), k.Help().Key, k.Help().Desc)
		}
	}
	return b.String()
}

// buttonRow draws buttons as "[ Label ]", wrapping onto more lines when
// they do not fit the width.
func (m *Model) buttonRow(bs []button) string {
	w := contentWidth(m.width)
	var lines []string
	line := ""
	for _, b := range bs {
		cell := m.st.Button.Render("[ " + b.label + " ]")
		switch {
		case line == "":
			line = cell
		case lipgloss.Width(line)+2+lipgloss.Width(cell) <= w:
			line += "  " + cell
		default:
			lines = append(lines, line)
			line = cell
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
