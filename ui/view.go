package ui

import (
	"strconv"

	tea "github.com/charmbracelet/bubbletea"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
)

// View draws the screen showing in its frame: the header, the body, the
// scroll position, the buttons and the help, never wider or taller than
// the terminal. It notes where taps mean something as it lays them out.
func (m *Model) View() string {
	if m.exit != running {
		return ""
	}
	m.drawnAt = drawnAt{}
	if tooSmall(m.width, m.height) {
		return enlargeView(*m.st, m.tr, m.width, m.height)
	}
	scr := m.showing()
	col := contentWidth(m.width)
	header := m.headerView(scr)
	bs := scr.buttons(&m.shared)
	footer, at := m.footerView(scr, bs)
	headerH, footerH := lines(header), lines(footer)
	bodyH := bodyHeight(m.height, headerH, footerH)
	// The body's lines are measured here, once a frame; the header's and
	// footer's once when they were drawn.
	body, bodyLines := fitLines(scr.body(&m.shared), col, bodyH, true)
	spacer := ""
	if sc, ok := scr.(scrolled); ok {
		if pos := sc.position(&m.shared); pos != "" {
			spacer = spread("", m.st.Dim.Render(pos), col)
		}
	}
	indent := max((m.width-col)/2, 0)
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.Grow(len(header) + len(body) + len(footer) + (headerH+bodyLines+footerH+2)*(indent+1))
	n := 0 // lines written
	put := func(block string) {
		for l := range strings.Lines(block) {
			if n >= m.height {
				return
			}
			if n > 0 {
				b.WriteByte('\n')
			}
			if l = strings.TrimSuffix(l, "\n"); l != "" {
				b.WriteString(pad)
				b.WriteString(l)
			}
			n++
		}
	}
	put(header)
	put("\n")
	if body != "" {
		put(body)
	}
	put(spacer + "\n")
	footerY := n
	put(footer)
	m.drawnAt = drawnAt{scr: scr, indent: indent, bodyY: headerH + 1, bodyLines: bodyLines, footerY: footerY, buttons: at}
	return b.String()
}

// drawnAt is where the last frame put the parts a tap can hit.
type drawnAt struct {
	scr                               screen
	indent, bodyY, bodyLines, footerY int
	buttons                           []area
}

// hit is what the last frame drew at column x, row y: the message a tap
// there sends, or nil.
func (m *Model) hit(x, y int) tea.Msg {
	d := m.drawnAt
	if d.scr == nil || d.scr != m.showing() {
		return nil // nothing drawn yet, or not this screen
	}
	for _, a := range d.buttons {
		if a.shifted(d.indent, d.footerY).contains(x, y) {
			return a.msg
		}
	}
	for _, a := range d.scr.taps(&m.shared) {
		if a.y >= d.bodyLines {
			continue
		}
		a.h = min(a.h, d.bodyLines-a.y)
		if a.shifted(d.indent, d.bodyY).contains(x, y) {
			return a.msg
		}
	}
	return nil
}

// lines counts the lines of s.
func lines(s string) int { return strings.Count(s, "\n") + 1 }

// bodySize is the width and height a screen's body has under its header
// and above its footer.
func (m *Model) bodySize(scr screen) (int, int) {
	footer, _ := m.footerView(scr, scr.buttons(&m.shared))
	return contentWidth(m.width), bodyHeight(m.height, lines(m.headerView(scr)), lines(footer))
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
	h := m.drawn.part(m.st, m.Lang(), "header\x00"+note, w, func() string {
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
	hk := helpFor(m.tr, m.keys, scr.keys(&m.shared), m.canLeave() && !quiet, !quiet, len(bs) > 0)
	at := placeButtons(bs, w)
	drawn := m.drawn.part(m.st, m.Lang(), footerKey(bs, m.focus, hk, m.help), w, func() string {
		row := drawButtons(m.st, bs, at, m.focus)
		help := shortHelp(m.st, hk, w)
		if m.help.ShowAll {
			help = fullHelp(m.st, m.help, hk)
		}
		switch {
		case row == "":
		case help == "":
			help = row
		default:
			help = row + "\n" + help
		}
		return fit(help, w, MaxHeight) // the full help can run wider
	})
	return drawn, at
}

// footerKey names everything a footer is drawn from besides the styles and
// the width: the buttons' labels and focus, and each key's help.
func footerKey(bs []button, focus int, hk helpKeys, h help.Model) string {
	var b strings.Builder
	b.Grow(512)
	b.WriteString("footer\x00")
	b.WriteString(strconv.Itoa(h.Width))
	b.WriteString(strconv.FormatBool(h.ShowAll))
	b.WriteString(strconv.Itoa(focus))
	for _, bt := range bs {
		b.WriteString("\x00")
		b.WriteString(bt.k.Help().Desc)
	}
	group := func(g []key.Binding) {
		b.WriteString("\x01")
		for _, k := range g {
			b.WriteString("\x02")
			b.WriteString(strconv.FormatBool(k.Enabled()))
			b.WriteString("\x03")
			b.WriteString(k.Help().Key)
			b.WriteString("\x03")
			b.WriteString(k.Help().Desc)
		}
	}
	group(hk.short)
	group(hk.tail)
	for _, g := range hk.full {
		group(g)
	}
	return b.String()
}
