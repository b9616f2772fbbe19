// Package ui is jewelquiz's interactive quiz: a bubbletea program whose
// screens (welcome, question, results) are small components that only
// display and collect; the questions come from quiz and the answers are
// scored by rules.
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
	switch {
	case n <= 1:
		return "1"
	case n <= 9:
		return fmt.Sprintf("1-%d", n)
	}
	return "1-9, 0"
}

// KeyMap holds every key the quiz responds to.
type KeyMap struct {
	Start      key.Binding
	Up         key.Binding
	Down       key.Binding
	Choose     key.Binding
	Back       key.Binding
	Cancel     key.Binding
	PageUp     key.Binding
	PageDown   key.Binding
	Change     key.Binding
	Restart    key.Binding
	Explore    key.Binding
	Keep       key.Binding
	Save       key.Binding
	Retry      key.Binding
	NextClient key.Binding
	// Staff opens the kiosk's PIN prompt; it is shown in no help.
	Staff key.Binding
	Help  key.Binding
	Quit  key.Binding
}

// DefaultKeyMap returns the quiz's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Start:      key.NewBinding(key.WithKeys("enter", " "), key.WithHelp("enter", "start")),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:       key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "keep answer")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", "page down")),
		Change:     key.NewBinding(key.WithKeys(changeKeys...), key.WithHelp("1-9", "change")),
		Restart:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "start over")),
		Explore:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "explore types")),
		Keep:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep this answer")),
		Save:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save for consultation")),
		Retry:      key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "try again")),
		NextClient: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next client")),
		Staff:      key.NewBinding(key.WithKeys("ctrl+x")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp lists the keys shown on every screen.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Help, k.Quit} }

// FullHelp lists every key, grouped in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Choose, k.Back},
		{k.PageUp, k.PageDown, k.Change, k.Restart},
		{k.Explore, k.Keep, k.Cancel, k.Help, k.Quit},
	}
}

// screenHelp is the help for one screen: a short line and a full view.
type screenHelp struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h screenHelp) ShortHelp() []key.Binding  { return h.short }
func (h screenHelp) FullHelp() [][]key.Binding { return h.full }

// forWelcome, forQuestion and forResults are the help of each screen.
func (k KeyMap) forWelcome(kiosk bool) screenHelp {
	quit := k.Quit
	quit.SetEnabled(!kiosk)
	return screenHelp{
		short: []key.Binding{k.Start, k.Explore, quit},
		full:  [][]key.Binding{{k.Start, k.Explore}, {k.Help, quit}},
	}
}

// forQuestion is the help of a question with n options; for a many
// question, ticked says whether any option is ticked, which decides what
// enter does.
func (k KeyMap) forQuestion(p purpose, kiosk bool, many bool, n int, ticked bool) screenHelp {
	back := k.Back
	if p != askQuiz {
		back = k.Cancel
		back.SetHelp("esc", "back")
	}
	quit := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
	quit.SetEnabled(!kiosk)
	numbers := fmt.Sprintf("1-%d", min(n, 9))
	if !many {
		number := key.NewBinding(key.WithKeys("1"), key.WithHelp(numbers, "pick by number"))
		// Most needed first: a narrow screen cuts the line from the right.
		return screenHelp{
			short: []key.Binding{k.Choose, back, k.Help, k.Up, k.Down},
			full:  [][]key.Binding{{k.Up, k.Down, k.Choose, number}, {back, k.Help, quit}},
		}
	}
	tick := key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "tick"))
	number := key.NewBinding(key.WithKeys("1"), key.WithHelp(numbers, "tick by number"))
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done"))
	if !ticked {
		done.SetHelp("enter", "none of these")
	}
	return screenHelp{
		short: []key.Binding{tick, done, back, k.Help, k.Up, k.Down},
		full:  [][]key.Binding{{k.Up, k.Down, tick, number}, {done, back, k.Help, quit}},
	}
}

func (k KeyMap) forResults(kiosk, save bool) screenHelp {
	leave := k.Quit
	if kiosk {
		leave = k.NextClient
	}
	saveKey := k.Save
	saveKey.SetEnabled(save)
	return screenHelp{
		short: []key.Binding{k.Change, leave, k.Help, saveKey, k.Explore, k.Restart, k.Down},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Change, saveKey, k.Explore, k.Restart}, {k.Help, leave}},
	}
}

func (k KeyMap) forSaving(screen screen, kiosk bool) screenHelp {
	back := k.Cancel
	back.SetHelp("esc", "back")
	switch screen {
	case screenConsent:
		agree := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "agree and save"))
		return screenHelp{short: []key.Binding{agree, back}, full: [][]key.Binding{{agree, back}}}
	case screenSaveFailed:
		return screenHelp{short: []key.Binding{k.Retry, back}, full: [][]key.Binding{{k.Retry, back}}}
	}
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "back to results"))
	next := k.NextClient
	next.SetEnabled(kiosk)
	return screenHelp{short: []key.Binding{done, next}, full: [][]key.Binding{{done, next}}}
}

func (k KeyMap) forType(withResults bool) screenHelp {
	back := k.Cancel
	back.SetHelp("esc", "back")
	whatIf := k.Change
	whatIf.SetHelp(k.Change.Help().Key, "what if")
	whatIf.SetEnabled(withResults)
	return screenHelp{
		short: []key.Binding{back, whatIf, k.Down, k.Help},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {whatIf, back, k.Help}},
	}
}

func (k KeyMap) forWhatIf() screenHelp {
	back := k.Cancel
	back.SetHelp("esc", "keep my answers")
	return screenHelp{
		short: []key.Binding{k.Keep, back},
		full:  [][]key.Binding{{k.Keep, back}, {k.Help}},
	}
}
