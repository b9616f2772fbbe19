package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// button is a key drawn as "[ Label ]" under a screen: its label is the
// key's help, and pressing it (a tap, or enter while it has the focus)
// sends the key to the screen.
type button struct{ k key.Binding }

// label is what the button says: the key's help, capitalised.
func (b button) label() string { return capitalize(b.k.Help().Desc) }

// capitalize upper-cases the first letter of s, after any opening
// punctuation: "sí" is "Sí", "¿y si…?" is "¿Y si…?".
func capitalize(s string) string {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return s
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return s[:i] + string(unicode.ToUpper(r)) + s[i+n:]
}

// press is the key the button sends.
func (b button) press() tea.KeyMsg {
	ks := b.k.Keys()
	if len(ks) == 0 {
		return tea.KeyMsg{}
	}
	return keyNamed(ks[0])
}

// keyNamed is the key message bubbletea sends for a key's name, as
// key.Binding names them ("enter", "shift+tab", "q").
func keyNamed(k string) tea.KeyMsg {
	if t, ok := namedKeys[k]; ok {
		msg := tea.KeyMsg{Type: t}
		if t == tea.KeySpace {
			msg.Runes = []rune{' '}
		}
		return msg
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

var namedKeys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, " ": tea.KeySpace, "space": tea.KeySpace,
	"up": tea.KeyUp, "down": tea.KeyDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
	"ctrl+c": tea.KeyCtrlC, "ctrl+x": tea.KeyCtrlX, "ctrl+n": tea.KeyCtrlN,
}

// optionAreas are the tap areas of a list's options drawn at rows, the
// width of the text column: a tap picks that option.
func optionAreas(rows [][2]int, width int) []area {
	areas := make([]area, len(rows))
	for i, r := range rows {
		areas[i] = rowArea(r[0], r[1], width, pickMsg{i})
	}
	return areas
}

// area is a rectangle of the screen, in cells, that a tap means something
// in: a tap there sends msg to the screen (a button's key, or a message of
// the screen's own).
type area struct {
	x, y, w, h int
	msg        tea.Msg
}

func (a area) contains(x, y int) bool {
	return x >= a.x && x < a.x+a.w && y >= a.y && y < a.y+a.h
}

// shifted is a moved dx right and dy down.
func (a area) shifted(dx, dy int) area {
	a.x, a.y = a.x+dx, a.y+dy
	return a
}

// rowArea is a tappable run of rows, the width of the text column.
func rowArea(y, h, width int, msg tea.Msg) area {
	return area{x: 0, y: y, w: width, h: h, msg: msg}
}

// buttonCell draws one button: "[ Label ]", or "▸ Label ◂" with the focus,
// the same width, so the focus shows without colour too.
func buttonCell(st *Styles, label string, focused bool) string {
	if focused {
		return st.ButtonFocus.Render("▸ " + label + " ◂")
	}
	return st.Button.Render("[ " + label + " ]")
}

// placeButtons lays buttons out in rows width wide, two cells apart,
// wrapping when they do not fit, and returns each one's area (row and
// column from the row's start).
func placeButtons(bs []button, width int) []area {
	out := make([]area, len(bs))
	row, col := 0, 0
	for i, b := range bs {
		w := lipgloss.Width(b.label()) + 4
		if col > 0 && col+2+w > width {
			row, col = row+1, 0
		} else if col > 0 {
			col += 2
		}
		out[i] = area{x: col, y: row, w: w, h: 1, msg: b.press()}
		col += w
	}
	return out
}

// drawButtons draws buttons where placeButtons put them, focus being the
// index of the focused one (-1 for none).
func drawButtons(st *Styles, bs []button, at []area, focus int) string {
	var lines []string
	for i, b := range bs {
		for len(lines) <= at[i].y {
			lines = append(lines, "")
		}
		l := &lines[at[i].y]
		if *l != "" {
			*l += "  "
		}
		*l += buttonCell(st, b.label(), i == focus)
	}
	return strings.Join(lines, "\n")
}
