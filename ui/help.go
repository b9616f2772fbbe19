package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// screenKeys is what a screen tells the root about its keys. The root
// adds help and quit, and lists them all in one order on every screen.
type screenKeys struct {
	// move is what ↑/↓ do ("move", "scroll"), "" when nothing.
	move string
	// primary are the keys the screen is for: choose, tick, a number.
	primary []key.Binding
	// actions are the screen's other actions, most of them buttons too.
	actions []key.Binding
	// page is set when pgup/pgdn scroll the screen.
	page bool
	// back is esc's help ("back", "keep my answers"); "" when esc does
	// nothing.
	back string
}

// helpKeys is the help of one screen in the manners' order: primary,
// actions, back, then help and quit, each of those last two only where it
// works (not in kiosk mode, not while typing).
type helpKeys struct {
	short []key.Binding
	tail  []key.Binding
	full  [][]key.Binding
	// title heads the full help, and more marks keys the short help left
	// out, in the language spoken.
	title, more string
}

// ShortHelp is the one-line help, as help.KeyMap has it.
func (h helpKeys) ShortHelp() []key.Binding { return slices.Concat(h.short, h.tail) }

// FullHelp is the full help's columns, as help.KeyMap has it.
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

// helpFor lays out sk for the help line, with the root's keys.
func helpFor(p *locale.Printer, k KeyMap, sk screenKeys, canQuit, canHelp, hasButtons bool) helpKeys {
	h := helpKeys{title: p.T("frame.help_title"), more: p.T("frame.more_keys")}
	h.short = append(h.short, sk.primary...)
	h.short = append(h.short, sk.actions...)
	back := key.Binding{}
	if sk.back != "" {
		back = with(k.Back, sk.back)
		h.short = append(h.short, back)
	}
	if canHelp {
		h.tail = append(h.tail, k.Help)
	}
	if canQuit {
		h.tail = append(h.tail, k.Quit)
	}
	var first, second, third []key.Binding
	if sk.move != "" {
		first = append(first, with(k.Move, sk.move))
	}
	first = append(first, sk.primary...)
	second = append(second, sk.actions...)
	if sk.page {
		second = append(second, k.PageUp, k.PageDown, k.Ends)
	}
	if sk.back != "" {
		third = append(third, back)
	}
	if hasButtons {
		third = append(third, k.Focus)
	}
	third = append(third, h.tail...)
	for _, col := range [][]key.Binding{first, second, third} {
		if len(col) > 0 {
			h.full = append(h.full, col)
		}
	}
	return h
}

// shortHelp draws the short help in one line width wide: the screen's
// keys in order, as many whole ones as fit, then h.more ("…") if any were left out,
// and help and quit always.
func shortHelp(st *Styles, h helpKeys, width int) string {
	sep := st.Help.ShortSeparator.Render(" • ")
	item := func(b key.Binding) string {
		return st.Help.ShortKey.Render(b.Help().Key) + " " + st.Help.ShortDesc.Render(b.Help().Desc)
	}
	var tail []string
	for _, b := range h.tail {
		tail = append(tail, item(b))
	}
	end := strings.Join(tail, sep)
	room := width - lipgloss.Width(end)
	if end != "" {
		room -= lipgloss.Width(sep)
	}
	var parts []string
	used, cut := 0, false
	for i, b := range h.short {
		s := item(b)
		w := lipgloss.Width(s)
		if len(parts) > 0 {
			w += lipgloss.Width(sep)
		}
		reserve := 0
		if i < len(h.short)-1 {
			reserve = 1 + lipgloss.Width(h.more) // " …", should the next one not fit
		}
		if used+w+reserve > room {
			cut = true
			break
		}
		parts = append(parts, s)
		used += w
	}
	line := strings.Join(parts, sep)
	if cut && len(parts) > 0 {
		line += " " + st.Help.Ellipsis.Render(h.more)
	}
	switch {
	case line == "":
		return end
	case end == "":
		return line
	}
	return line + sep + end
}

// fullHelp draws the full help under its title.
func fullHelp(st *Styles, hm help.Model, h helpKeys) string {
	return st.Dim.Render(h.title) + "\n" + hm.FullHelpView(h.full)
}
