package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// changeKeys choose an answer to change on the results, or to try another
// value of on a type page: one key for each question that is always asked,
// in order. A follow-up has no key of its own: it is asked again after the
// question it follows (and a tap on its row changes it alone).
var changeKeys = []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}

// KeyMap holds every key the quiz responds to. A binding's help is also
// the label of the button that presses it.
type KeyMap struct {
	Move     key.Binding
	Choose   key.Binding
	Number   key.Binding
	Tick     key.Binding
	Start    key.Binding
	Back     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Ends     key.Binding
	Change   key.Binding
	WhatIf   key.Binding
	Explore  key.Binding
	Code     key.Binding
	HaveCode key.Binding
	Book     key.Binding
	Save     key.Binding
	Restart  key.Binding
	Finish   key.Binding
	Keep     key.Binding
	Agree    key.Binding
	Retry    key.Binding
	Done     key.Binding
	Yes      key.Binding
	No       key.Binding
	Focus    key.Binding
	// Staff opens the kiosk's PIN prompt; it is shown in no help.
	Staff key.Binding
	Help  key.Binding
	Quit  key.Binding
}

// DefaultKeyMap returns the quiz's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Move:     key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "move")),
		Choose:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Number:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "pick")),
		Tick:     key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "tick")),
		Start:    key.NewBinding(key.WithKeys("enter", " "), key.WithHelp("enter", "start")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " "), key.WithHelp("pgdn", "page down")),
		Ends:     key.NewBinding(key.WithKeys("home", "end"), key.WithHelp("home/end", "top, bottom")),
		Change:   key.NewBinding(key.WithKeys(changeKeys...), key.WithHelp("1-9", "change")),
		WhatIf:   key.NewBinding(key.WithKeys(changeKeys...), key.WithHelp("1-9", "what if")),
		Explore:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "explore the types")),
		Code:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "show my code")),
		HaveCode: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "I have a code")),
		Book:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "book a consultation")),
		Save:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save for my consultation")),
		Restart:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "start over")),
		Finish:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "finish")),
		Keep:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep this answer")),
		Agree:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "agree and save")),
		Retry:    key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "try again")),
		Done:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "back to my results")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
		Focus:    key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "buttons")),
		Staff:    key.NewBinding(key.WithKeys("ctrl+x")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp lists the keys every screen shows.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Help, k.Quit} }

// FullHelp lists every key, grouped in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Move, k.Choose, k.Number, k.Tick, k.Start},
		{k.Change, k.WhatIf, k.Explore, k.Code, k.HaveCode, k.Book, k.Save, k.Restart, k.Finish, k.PageUp, k.PageDown, k.Ends},
		{k.Keep, k.Agree, k.Retry, k.Done, k.Yes, k.No},
		{k.Back, k.Focus, k.Help, k.Quit},
	}
}

// with is b with its help's description replaced: the same keys, named for
// what they do on one screen.
func with(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// numbered is b limited to the numbers 1 to n, its help naming that range.
func numbered(b key.Binding, n int) key.Binding {
	n = min(n, 9)
	keys := make([]string, n)
	for i := range n {
		keys[i] = fmt.Sprint(i + 1)
	}
	b.SetKeys(keys...)
	b.SetHelp(numberRange(n), b.Help().Desc)
	return b
}

// numberRange names the keys 1 to n: "1", "1-2", "1-9".
func numberRange(n int) string {
	if n <= 1 {
		return "1"
	}
	return fmt.Sprintf("1-%d", n)
}

// topLevel lists the positions in bank of the questions that are not
// follow-ups, which changeKeys number.
func topLevel(bank []quiz.Question) []int {
	var out []int
	for i, q := range bank {
		if q.AskIf == nil {
			out = append(out, i)
		}
	}
	return out
}

// changeKey is the key that changes the answer to bank[step], "" if none.
func changeKey(bank []quiz.Question, step int) string {
	for n, i := range topLevel(bank) {
		if i == step && n < len(changeKeys) {
			return changeKeys[n]
		}
	}
	return ""
}

// changeStep is the position in bank of the question key k changes, or -1.
func changeStep(bank []quiz.Question, k string) int {
	top := topLevel(bank)
	for n, c := range changeKeys {
		if c == k && n < len(top) {
			return top[n]
		}
	}
	return -1
}

// changeRange names the change keys in use, for the help: "1-8", "1-9, 0".
func changeRange(bank []quiz.Question) string {
	n := min(len(topLevel(bank)), len(changeKeys))
	if n <= 9 {
		return numberRange(n)
	}
	return "1-9, 0"
}

// changing is b (Change or WhatIf) with the keys and range of bank.
func changing(b key.Binding, bank []quiz.Question) key.Binding {
	n := min(len(topLevel(bank)), len(changeKeys))
	b.SetKeys(changeKeys[:n]...)
	b.SetHelp(changeRange(bank), b.Help().Desc)
	return b
}
