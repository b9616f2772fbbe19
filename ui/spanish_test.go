package ui

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// spanishScreen is one screen of the quiz reached in Spanish: open builds
// a quiz speaking Spanish of the size given (see newSpanish) and walks it
// there with keys, as a customer would.
type spanishScreen struct {
	// name names the walk; screen is the Model.Screen it ends on.
	name, screen string
	open         func(t *testing.T, w, h int) *Model
}

// spanishScreens are the screens TestNoEnglishInSpanish reads. A screen
// whose words come from the catalogue belongs here: add its walk.
var spanishScreens = []spanishScreen{
	{"save: consent", "save", func(t *testing.T, w, h int) *Model {
		m, _ := savingSpanish(t, w, h)
		press(m, "s")
		return m
	}},
	{"save: saved", "save", func(t *testing.T, w, h int) *Model {
		m, _ := savingSpanish(t, w, h)
		press(m, "s", "enter")
		return m
	}},
	{"save: failed", "save", func(t *testing.T, w, h int) *Model {
		m, store := savingSpanish(t, w, h)
		store.fail = errors.New("disco lleno")
		press(m, "s", "enter")
		return m
	}},
	{"code entry", "code-entry", func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, Config{}, w, h)
		press(m, "c")
		return m
	}},
	{"code entry: nothing typed", "code-entry", codeTyped("")},
	{"code entry: a consultation code", "code-entry", codeTyped("K7MX-4P")},
	{"code entry: a character no code has", "code-entry", codeTyped("ABCD-EFG0")},
	{"code entry: too short", "code-entry", codeTyped("A9UT")},
	{"code entry: locked", "code-entry", typedIn(kioskConfig(), "c", "ABC", CodeTries)},
	{"answer code", "code", func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, Config{}, w, h)
		answerAll(t, m, setA)
		press(m, "c")
		return m
	}},
	{"booking", "booking", func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, Config{Studio: studio.Studio{Name: "Enlazado", BookingURL: testBooking}}, w, h)
		answerAll(t, m, setA)
		press(m, "b")
		return m
	}},
	{"leave the quiz?", "confirm", func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, Config{}, w, h)
		press(m, "enter", "1", "q")
		return m
	}},
	{"staff PIN: a wrong one", "pin", typedIn(kioskConfig(), "ctrl+x", "1111", 1)},
	{"staff PIN: locked", "pin", typedIn(kioskConfig(), "ctrl+x", "1111", MaxPINTries)},
	{"still there?", "still-there", func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, kioskConfig(), w, h)
		answerAll(t, m, setA)
		m.Update(tickMsg(spanishStart.Add(2 * time.Minute)))
		return m
	}},
	{"closing and idle notices", "question", func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, Config{}, w, h)
		press(m, "enter")
		m.Update(ClosingMsg{At: spanishStart, In: 30 * time.Second})
		m.Update(IdleMsg{At: spanishStart, In: time.Second})
		return m
	}},
	{"welcome", "welcome", walkSpanish(Config{}, "")},
	{"welcome with full help", "welcome", walkSpanish(Config{}, "?")},
	{"welcome saving", "welcome", walkSpanish(Config{Save: (&fakeStore{}).save}, "")},
	{"first question", "question", walkSpanish(Config{}, "enter")},
	{"follow-up", "question", walkSpanish(Config{}, "enter 2 1 3")},
	{"many question", "question", walkSpanish(Config{}, "enter 2 1 3 1 2")},
	{"many question ticked", "question", walkSpanish(Config{}, "enter 2 1 3 1 2 | 2")},
	{"question with full help", "question", walkSpanish(Config{}, "enter ?")},
	{"types before results", "explore", walkSpanish(Config{}, "e")},
	{"type page before results", "type", walkSpanish(Config{}, "e 1")},
	{"results", "results", walkSpanish(Config{}, "enter "+setA)},
	{"results scrolled", "results", walkSpanish(Config{}, "enter "+setA+" pgdown pgdown")},
	{"results at the end", "results", walkSpanish(Config{}, "enter "+setA+" end")},
	{"results with full help", "results", walkSpanish(Config{}, "enter "+setA+" ?")},
	{"flagged results", "results", walkSpanish(Config{}, "enter 2 1 1 1 2 2 1 1 1 2")},
	{"changing an answer", "question", walkSpanish(Config{}, "enter "+setA+" 4")},
	{"a changed answer", "results", walkSpanish(Config{}, "enter "+setA+" 4 1")},
	{"types with results", "explore", walkSpanish(Config{}, "enter "+setA+" e")},
	{"type page with results", "type", walkSpanish(Config{}, "enter "+setA+" e 1")},
	{"what-if question", "question", walkSpanish(Config{}, "enter "+setA+" e 1 2")},
	{"what-if", "what-if", walkSpanish(Config{}, "enter "+setA+" e 1 2 1")},
	{"start over?", "confirm", walkSpanish(Config{}, "enter "+setA+" r")},
	{"kiosk: finish?", "confirm", walkSpanish(kioskConfig(), "enter "+setA+" f")},
}

// walkSpanish opens a Spanish quiz with cfg and presses keys, separated by
// spaces; "enter" followed by answer tokens (see answerBy) answers them,
// up to the results or a "|".
func walkSpanish(cfg Config, keys string) func(t *testing.T, w, h int) *Model {
	return func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, cfg, w, h)
		ks := strings.Fields(keys)
		for i := 0; i < len(ks); i++ {
			if ks[i] == "|" {
				continue
			}
			press(m, ks[i])
			if ks[i] == "enter" && m.Screen() == "question" && i+1 < len(ks) {
				// The answers up to the results, by answerBy's tokens.
				n := i + 1
				for n < len(ks) && ks[n] != "|" && m.Screen() == "question" {
					answerBy(m, ks[n])
					n++
				}
				i = n - 1
			}
		}
		return m
	}
}

// codeTyped walks to "I have a code" and enters code.
func codeTyped(code string) func(t *testing.T, w, h int) *Model {
	return typedIn(Config{}, "c", code, 1)
}

// typedIn opens a Spanish quiz with cfg, presses key to open a screen with
// a text field, and enters text there times times.
func typedIn(cfg Config, key, text string, times int) func(t *testing.T, w, h int) *Model {
	return func(t *testing.T, w, h int) *Model {
		m := newSpanish(t, cfg, w, h)
		press(m, key)
		for range times {
			typeText(m, text)
			press(m, "enter")
		}
		return m
	}
}

// spanishStart is the clock of a quiz newSpanish makes.
var spanishStart = time.Unix(1_000_000, 0)

// newSpanish is a quiz speaking Spanish with cfg, w × h, its clock at
// spanishStart.
func newSpanish(t *testing.T, cfg Config, w, h int) *Model {
	t.Helper()
	cfg.Lang = locale.Spanish
	m := New(defaultRulebook(t), plainStyles(t), cfg)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m.Update(tickMsg(spanishStart))
	return m
}

// savingSpanish is a Spanish quiz at its results for setA, that saves.
func savingSpanish(t *testing.T, w, h int) (*Model, *fakeStore) {
	t.Helper()
	store := &fakeStore{}
	m := newSpanish(t, Config{Save: store.save, Retention: 14 * 24 * time.Hour}, w, h)
	answerAll(t, m, setA)
	return m, store
}

// kioskConfig is a kiosk's settings, with its own locks.
func kioskConfig() Config {
	return Config{Kiosk: true, StaffPIN: testPIN, Idle: 2 * time.Minute}
}

var placeholders = regexp.MustCompile(`\{\{[^}]*\}\}`)

// englishSentences are the parts between placeholders, of three words or
// more, of every English catalogue message whose Spanish differs: what a
// Spanish screen must never show. They map to their message's id.
func englishSentences(t *testing.T) map[string]string {
	t.Helper()
	spanish := map[string]string{}
	for _, e := range locale.Entries(locale.Spanish) {
		spanish[e.ID] = strings.Join(e.Forms, "\x00")
	}
	out := map[string]string{}
	for _, e := range locale.Entries(locale.English) {
		if strings.Join(e.Forms, "\x00") == spanish[e.ID] {
			continue
		}
		for _, f := range e.Forms {
			for _, part := range placeholders.Split(f, -1) {
				if words := strings.Fields(part); len(words) >= 3 {
					out[strings.Join(words, " ")] = e.ID
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no English sentences in the catalogue")
	}
	return out
}

// notSpanish lists what is wrong with a Spanish view: a message missing
// from the catalogue (⟦id⟧), and each sentence of an English message it
// shows, however it is wrapped.
func notSpanish(view string, english map[string]string) []string {
	var out []string
	flat := strings.Join(strings.Fields(ansi.Strip(view)), " ")
	if strings.Contains(flat, "⟦") {
		out = append(out, "a message is missing from the catalogue")
	}
	for s, id := range english {
		if strings.Contains(flat, s) {
			out = append(out, fmt.Sprintf("%s in English: %q", id, s))
		}
	}
	return out
}

// TestNoEnglishInSpanish walks every screen of spanishScreens in Spanish,
// at 80×24 and 40×12, and reads it for English and for missing messages;
// it still fits the terminal.
func TestNoEnglishInSpanish(t *testing.T) {
	english := englishSentences(t)
	for _, sc := range spanishScreens {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			t.Run(sc.name, func(t *testing.T) {
				m := sc.open(t, size[0], size[1])
				if m.Lang() != locale.Spanish {
					t.Fatalf("speaks %s", m.Lang())
				}
				if m.Screen() != sc.screen {
					t.Fatalf("on %s, want %s:\n%s", m.Screen(), sc.screen, m.View())
				}
				view := m.View()
				for _, p := range notSpanish(view, english) {
					t.Errorf("%s:\n%s", p, view)
				}
				checkFits(t, sc.name, view, size[0], size[1])
			})
		}
	}
}

// TestCheckSpanishFails: the check finds an English sentence however it
// is wrapped, and a missing message.
func TestCheckSpanishFails(t *testing.T) {
	english := englishSentences(t)
	for _, view := range []string{
		"¿Sigues ahí?\n  Touch the screen or\n  press any key to carry on.",
		"Guardado\n⟦save.nothing⟧",
	} {
		if len(notSpanish(view, english)) == 0 {
			t.Errorf("passes %q", view)
		}
	}
}

// TestSpanishWords: dates, retention and the keys of a confirmation as
// each language has them.
func TestSpanishWords(t *testing.T) {
	day := time.Date(2026, time.December, 29, 12, 0, 0, 0, time.Local)
	tests := []struct {
		lang      locale.Lang
		date      string
		one, many string
	}{
		{locale.English, "29 December 2026", "1 day", "30 days"},
		{locale.Spanish, "29 de diciembre de 2026", "1 día", "30 días"},
	}
	for _, tt := range tests {
		tr := locale.For(tt.lang)
		if got := longDate(tr, day); got != tt.date {
			t.Errorf("%s: date %q, want %q", tt.lang, got, tt.date)
		}
		if got := report.RetentionIn(tr, 24*time.Hour); got != tt.one {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.one)
		}
		if got := report.RetentionIn(tr, 0); got != tt.many {
			t.Errorf("%s: default retention %q, want %q", tt.lang, got, tt.many)
		}
	}
}

// TestSpanishYes: "Leave the quiz?" takes y in both languages and s (sí)
// in Spanish, and says so; s is no answer in English.
func TestSpanishYes(t *testing.T) {
	tests := []struct {
		lang  locale.Lang
		key   string
		leave bool
		help  string
	}{
		{locale.English, "y", true, "Press y for yes"},
		{locale.English, "s", false, "Press y for yes"},
		{locale.Spanish, "s", true, "Pulsa s/y para sí"},
		{locale.Spanish, "y", true, "Pulsa s/y para sí"},
		{locale.Spanish, "n", false, "Pulsa s/y para sí"},
	}
	for _, tt := range tests {
		m := New(defaultRulebook(t), plainStyles(t), Config{Lang: tt.lang})
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		press(m, "enter", "1", "q")
		if m.Screen() != "confirm" || !strings.Contains(m.View(), tt.help) {
			t.Fatalf("%s: q on a question: %s, want %q:\n%s", tt.lang, m.Screen(), tt.help, m.View())
		}
		press(m, tt.key)
		if left := m.Exit() == "left"; left != tt.leave {
			t.Errorf("%s: %s left %v, want %v (screen %s)", tt.lang, tt.key, left, tt.leave, m.Screen())
		}
	}
}
