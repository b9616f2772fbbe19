package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// TestSpanishScreens compares the main screens in Spanish with golden
// files at 80×24 and 40×12: the welcome, the first question, a flagged
// result (pregnant: the flag comes first) and a type's page.
func TestSpanishScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		w, h := size[0], size[1]
		shot := func(m *Model, name, screen string) {
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				if m.Screen() != screen {
					t.Fatalf("on %s, want %s:\n%s", m.Screen(), screen, m.View())
				}
				v := m.View()
				checkFits(t, name, v, w, h)
				golden.RequireEqual(t, []byte(v))
			})
		}
		m := newSizedIn(t, locale.Spanish, w, h)
		shot(m, "welcome", "welcome")
		press(m, "enter")
		shot(m, "question1", "question")
		answerBy(m, "2 1 1 1 2 2 1 1 1 2") // busy, pregnant, subtle, avoid needles
		if rec, ok := m.Recommendation(); !ok || len(rec.Flags) == 0 {
			t.Fatalf("%dx%d: no flagged result:\n%s", w, h, m.View())
		}
		shot(m, "flagged", "results")
		press(m, "e", typeKey(m, "piercing"))
		shot(m, "type_page", "type")
	}
}

// english finds the quiz's own short English words, whole: "quit" but not
// Spanish's "quitar".
var english = regexp.MustCompile(`\b(Question|Press|quit|help|more below|Your answers|Changing|What if|choose|back|scroll)\b`)

// TestSpanishSaysNoEnglish: the screens in Spanish show none of the
// quiz's own English words (the rulebook's are the rules package's).
func TestSpanishSaysNoEnglish(t *testing.T) {
	en, es := newSizedIn(t, locale.English, 80, 24), newSizedIn(t, locale.Spanish, 80, 24)
	for _, step := range []string{"", "enter", "2", "1", "3", "1", "2", "0", "2", "1", "1", "1", "2", "e", "1", "2", "1"} {
		if step != "" {
			press(en, step)
			press(es, step)
		}
		if en.Screen() != es.Screen() {
			t.Fatalf("after %q: English on %s, Spanish on %s", step, en.Screen(), es.Screen())
		}
		v := ansi.Strip(es.View())
		if w := english.FindString(v); w != "" {
			t.Errorf("after %q the Spanish %s says %q:\n%s", step, es.Screen(), w, v)
		}
		if strings.Contains(v, "⟦") {
			t.Errorf("after %q a message is missing:\n%s", step, v)
		}
	}
}

// TestLanguageSwitch: the welcome offers the other language by name; its
// key and its button switch the whole quiz, and switch back.
func TestLanguageSwitch(t *testing.T) {
	for _, how := range []string{"key", "tap"} {
		t.Run(how, func(t *testing.T) {
			m := newSized(t, 80, 24)
			toggle := func(label string) {
				t.Helper()
				if how == "key" {
					press(m, "l")
					return
				}
				x, y := findOnScreen(t, m, "[ "+label+" ]")
				_, cmd := m.Update(tap(x+2, y))
				deliver(m, cmd, 0)
			}
			if !strings.Contains(m.View(), "[ Español ]") {
				t.Fatalf("no switch to Spanish:\n%s", m.View())
			}
			toggle("Español")
			v := m.View()
			if m.Lang() != locale.Spanish || m.Screen() != "welcome" {
				t.Fatalf("after the switch: %s on %s", m.Lang(), m.Screen())
			}
			for _, w := range []string{"[ English ]", "[ Empezar ]", "Pulsa enter para empezar.", "? ayuda • q salir"} {
				if !strings.Contains(v, w) {
					t.Errorf("in Spanish the welcome lacks %q:\n%s", w, v)
				}
			}
			press(m, "enter")
			if h := header(m); !strings.Contains(h, "Pregunta 1 de") {
				t.Errorf("the question after the switch: header %q", h)
			}
			press(m, "esc")
			toggle("English")
			if m.Lang() != locale.English || !strings.Contains(m.View(), "Press enter to start.") {
				t.Fatalf("switching back: %s\n%s", m.Lang(), m.View())
			}
		})
	}
}

// TestLanguageKeepsAnswers: the same keys give the same answers, answer
// code and scores in every language; only the words differ.
func TestLanguageKeepsAnswers(t *testing.T) {
	en, es := newSized(t, 80, 24), newSizedIn(t, locale.Spanish, 80, 24)
	answerAll(t, en, setA)
	answerAll(t, es, setA)
	if a, b := en.Answers().String(), es.Answers().String(); a != b {
		t.Fatalf("answers: English %s, Spanish %s", a, b)
	}
	if en.code() == "" || en.code() != es.code() {
		t.Fatalf("answer code: English %q, Spanish %q", en.code(), es.code())
	}
	r1, _ := en.Recommendation()
	r2, _ := es.Recommendation()
	for i := range r1.Ranking {
		if r1.Ranking[i].Type != r2.Ranking[i].Type || r1.Ranking[i].Score != r2.Ranking[i].Score {
			t.Fatalf("ranking %d: English %v, Spanish %v", i, r1.Ranking[i], r2.Ranking[i])
		}
	}
	if h := header(es); !strings.Contains(h, "código "+es.code()) {
		t.Errorf("the Spanish results' header: %q", h)
	}
}

// TestKioskNextClientSpeaksDefault: whatever language a client chose,
// the next one starts in the kiosk's own, after finishing and after the
// idle wipe; a client who only switched the language is wiped too.
func TestKioskNextClientSpeaksDefault(t *testing.T) {
	for _, def := range locale.Langs {
		other := def.Other()
		t.Run(string(def), func(t *testing.T) {
			m := New(defaultRulebook(t), plainStyles(t), Config{Kiosk: true, StaffPIN: testPIN, Idle: 2 * time.Minute, Lang: def})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			start := time.Unix(1_000_000, 0)
			m.Update(tickMsg(start))
			press(m, "l")
			if m.Lang() != other {
				t.Fatalf("l: speaking %s, want %s", m.Lang(), other)
			}
			answerAll(t, m, setA)
			press(m, "f", "y")
			if m.Screen() != "welcome" || m.Lang() != def {
				t.Fatalf("after finishing: %s speaking %s, want the welcome in %s", m.Screen(), m.Lang(), def)
			}
			want := locale.For(def).T("language.switch")
			if !strings.Contains(m.View(), "[ "+want+" ]") {
				t.Fatalf("the next client's welcome is not in %s:\n%s", def, m.View())
			}
			press(m, "l") // and walks away
			now := start.Add(time.Hour)
			m.Update(tickMsg(now))
			if m.Screen() != "still-there" {
				t.Fatalf("a welcome left in %s is not wiped: %s", other, m.Screen())
			}
			m.Update(tickMsg(now.Add(CountdownFor)))
			if m.Screen() != "welcome" || m.Lang() != def {
				t.Fatalf("after the idle wipe: %s speaking %s", m.Screen(), m.Lang())
			}
		})
	}
}

// TestDrawingsAreKeyedByLanguage: quizzes in different languages that
// share the drawings each see their own language's screens.
func TestDrawingsAreKeyedByLanguage(t *testing.T) {
	drawn := NewDrawings(0)
	st := plainStyles(t)
	st.id = "shared"
	open := func(l locale.Lang) *Model {
		m := New(defaultRulebook(t), st, Config{Lang: l, Drawings: drawn})
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		press(m, "enter", "down")
		return m
	}
	es := open(locale.Spanish).View()
	en := open(locale.English).View()
	if strings.Contains(en, "Pregunta") || strings.Contains(en, "atrás") {
		t.Fatalf("the English quiz shows Spanish drawn for another session:\n%s", en)
	}
	if !strings.Contains(es, "Pregunta 1 de") || !strings.Contains(es, "atrás") {
		t.Fatalf("the Spanish quiz is not in Spanish:\n%s", es)
	}
	k := drawKey{styles: "shared", what: "x", width: 1}
	drawn.put(k, drawing{view: "en"})
	k.lang = locale.Spanish
	if _, ok := drawn.get(k); ok {
		t.Fatal("a drawing in one language is found for another")
	}
}
