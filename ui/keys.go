package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/locale"
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
	// Language switches to the other language; its help is that
	// language's name in its own words.
	Language key.Binding
	Focus    key.Binding
	// Staff opens the kiosk's PIN prompt; it is shown in no help.
	Staff key.Binding
	Help  key.Binding
	Quit  key.Binding
}

// DefaultKeyMap returns the quiz's keys, their help in English.
func DefaultKeyMap() KeyMap { return KeyMapFor(locale.For(locale.English)) }

// KeyMapFor returns the quiz's keys with their help (and so the buttons'
// labels) in p's language. The keys themselves are the same in every
// language.
func KeyMapFor(p *locale.Printer) KeyMap {
	h := func(k, id string) key.BindingOpt { return key.WithHelp(k, p.T(id)) }
	return KeyMap{
		Move:     key.NewBinding(key.WithKeys("up", "down", "k", "j"), h("↑/↓", "keys.move")),
		Choose:   key.NewBinding(key.WithKeys("enter"), h("enter", "keys.choose")),
		Number:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), h("1-9", "keys.pick")),
		Tick:     key.NewBinding(key.WithKeys(" "), h("space", "keys.tick")),
		Start:    key.NewBinding(key.WithKeys("enter", " "), h("enter", "keys.start")),
		Back:     key.NewBinding(key.WithKeys("esc"), h("esc", "keys.back")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), h("pgup", "keys.page_up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " "), h("pgdn", "keys.page_down")),
		Ends:     key.NewBinding(key.WithKeys("home", "end"), h("home/end", "keys.ends")),
		Change:   key.NewBinding(key.WithKeys(changeKeys...), h("1-9", "keys.change")),
		WhatIf:   key.NewBinding(key.WithKeys(changeKeys...), h("1-9", "keys.what_if")),
		Explore:  key.NewBinding(key.WithKeys("e"), h("e", "keys.explore")),
		Code:     key.NewBinding(key.WithKeys("c"), h("c", "keys.code")),
		HaveCode: key.NewBinding(key.WithKeys("c"), h("c", "keys.have_code")),
		Book:     key.NewBinding(key.WithKeys("b"), h("b", "keys.book")),
		Save:     key.NewBinding(key.WithKeys("s"), h("s", "keys.save")),
		Restart:  key.NewBinding(key.WithKeys("r"), h("r", "keys.restart")),
		Finish:   key.NewBinding(key.WithKeys("f"), h("f", "keys.finish")),
		Keep:     key.NewBinding(key.WithKeys("enter"), h("enter", "keys.keep")),
		Agree:    key.NewBinding(key.WithKeys("enter"), h("enter", "keys.agree")),
		Retry:    key.NewBinding(key.WithKeys("enter", "r"), h("enter", "keys.retry")),
		Done:     key.NewBinding(key.WithKeys("enter"), h("enter", "keys.to_results")),
		Yes:      key.NewBinding(key.WithKeys("y"), h("y", "keys.yes")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), h("n", "keys.no")),
		Language: key.NewBinding(key.WithKeys("l"), h("l", "language.switch")),
		Focus:    key.NewBinding(key.WithKeys("tab", "shift+tab"), h("tab", "keys.buttons")),
		Staff:    key.NewBinding(key.WithKeys("ctrl+x")),
		Help:     key.NewBinding(key.WithKeys("?"), h("?", "keys.help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), h("q", "keys.quit")),
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
		{k.Language, k.Back, k.Focus, k.Help, k.Quit},
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
