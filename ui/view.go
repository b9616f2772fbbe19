package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// View draws the screen showing in its frame: the header, the body, the
// scroll position, the buttons and the help, never wider or taller than
// the terminal. It notes where taps mean something as it lays them out.
func (m *Model) View() string {
	if m.exit != running {
		return ""
	}
	m.areas = m.areas[:0]
	if tooSmall(m.width, m.height) {
		return enlargeView(*m.st, m.width, m.height)
	}
	scr := m.showing()
	col := contentWidth(m.width)
	header := m.headerView(scr)
	bs := scr.buttons(&m.shared)
	footer, at := m.footerView(scr, bs)
	headerH, footerH := lipgloss.Height(header), lipgloss.Height(footer)
	bodyH := bodyHeight(m.height, headerH, footerH)
	body, areas := scr.body(&m.shared)
	bodyLines := strings.Split(fit(body, col, bodyH), "\n")
	for len(bodyLines) > 0 && bodyLines[len(bodyLines)-1] == "" {
		bodyLines = bodyLines[:len(bodyLines)-1]
	}
	spacer := ""
	if sc, ok := scr.(scrolled); ok {
		if pos := sc.position(); pos != "" {
			spacer = spread("", m.st.Dim.Render(pos), col)
		}
	}
	lines := strings.Split(header, "\n")
	lines = append(lines, "")
	lines = append(lines, bodyLines...)
	lines = append(lines, spacer)
	footerY := len(lines)
	if footer != "" {
		lines = append(lines, strings.Split(footer, "\n")...)
	}
	indent := max((m.width-col)/2, 0)
	pad := strings.Repeat(" ", indent)
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	bodyY := headerH + 1
	for _, a := range areas {
		if a.y < len(bodyLines) {
			a.h = min(a.h, len(bodyLines)-a.y)
			m.areas = append(m.areas, a.shifted(indent, bodyY))
		}
	}
	for _, a := range at {
		m.areas = append(m.areas, a.shifted(indent, footerY))
	}
	return fit(strings.Join(lines, "\n"), m.width, m.height)
}

// bodySize is the width and height a screen's body has under its header
// and above its footer.
func (m *Model) bodySize(scr screen) (int, int) {
	footer, _ := m.footerView(scr, scr.buttons(&m.shared))
	return contentWidth(m.width), bodyHeight(m.height, lipgloss.Height(m.headerView(scr)), lipgloss.Height(footer))
}

// bodyHeight is the height left for a screen's body under a header and
// above a footer of the given heights, with a line after the header and
// one (the scroll position's) before the footer.
func bodyHeight(height, headerH, footerH int) int {
	return max(height-headerH-footerH-2, 0)
}

// headerView is the brand with the screen's note on the right, the line
// the screen puts under it, and any notice from the server.
func (m *Model) headerView(scr screen) string {
	w := contentWidth(m.width)
	note, under := scr.header(&m.shared)
	h := m.drawn.part(m.st, "header\x00"+note, w, func() string {
		return spread(m.st.Brand.Render("◆ jewelquiz"), m.st.Step.Render(note), w)
	})
	if under != "" {
		h += "\n" + under
	}
	for _, n := range m.notices() {
		h += "\n" + m.st.Warning.Render(wrapText(n, w))
	}
	return h
}

// footerView is the screen's buttons above its help, and where the
// buttons are (rows counted from the footer's top).
func (m *Model) footerView(scr screen, bs []button) (string, []area) {
	w := contentWidth(m.width)
	_, closes := scr.(anyKey)
	quiet := m.typing() || closes // keys that are text, or close the screen
	hk := helpFor(m.keys, scr.keys(&m.shared), m.canLeave() && !quiet, !quiet, len(bs) > 0)
	at := placeButtons(bs, w)
	drawn := m.drawn.part(m.st, footerKey(bs, m.focus, hk, m.help), w, func() string {
		row := drawButtons(m.st, bs, at, m.focus)
		help := shortHelp(m.st, hk, w)
		if m.help.ShowAll {
			help = fullHelp(m.st, m.help, hk)
		}
		switch {
		case row == "":
			return help
		case help == "":
			return row
		}
		return row + "\n" + help
	})
	return drawn, at
}

// footerKey names everything a footer is drawn from besides the styles and
// the width: the buttons' labels and focus, and each key's help.
func footerKey(bs []button, focus int, hk helpKeys, h help.Model) string {
	var b strings.Builder
	fmt.Fprintf(&b, "footer\x00%d\x00%t\x00%d", h.Width, h.ShowAll, focus)
	for _, bt := range bs {
		b.WriteString("\x00")
		b.WriteString(bt.label())
	}
	groups := append([][]key.Binding{hk.short, hk.tail}, hk.full...)
	for _, g := range groups {
		b.WriteString("\x01")
		for _, k := range g {
			fmt.Fprintf(&b, "\x02%t\x03%s\x03%s", k.Enabled(), k.Help().Key, k.Help().Desc)
		}
	}
	return b.String()
}
