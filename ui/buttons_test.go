package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// outcome is what a key or tap led to, as a person sees it.
func outcome(m *Model) string {
	return m.Screen() + "|" + m.Exit() + "|" + m.Answers().String() + "|" + header(m)
}

// TestButtonsTapFocusAndPress: on every screen, tapping a button, and
// moving the focus to it with tab and pressing enter, do the same; the
// focused button looks focused, with or without colour.
func TestButtonsTapFocusAndPress(t *testing.T) {
	label := regexp.MustCompile(`\[ ([^\]]+) \]`)
	for _, tc := range mannersCases(locale.English) {
		if tc.typing || tc.screen == "still-there" {
			continue // tab is typed, or any key closes it
		}
		t.Run(tc.name, func(t *testing.T) {
			m := tc.open(t)
			labels := label.FindAllStringSubmatch(ansi.Strip(m.View()), -1)
			if len(labels) == 0 {
				t.Fatalf("no buttons:\n%s", m.View())
			}
			for i, l := range labels {
				tapped := tc.open(t)
				tapped.Update(tap(findOnScreen(t, tapped, l[0])))
				focused := tc.open(t)
				for range i + 1 {
					press(focused, "tab")
				}
				if v := ansi.Strip(focused.View()); !strings.Contains(v, "▸ "+l[1]+" ◂") {
					t.Fatalf("%d× tab: %q is not drawn focused:\n%s", i+1, l[1], v)
				}
				press(focused, "enter")
				if a, b := outcome(tapped), outcome(focused); a != b {
					t.Fatalf("%q tapped: %s\nfocused and pressed: %s", l[1], a, b)
				}
				if outcome(tapped) == outcome(tc.open(t)) && tc.screen != "welcome" {
					t.Fatalf("tapping %q did nothing:\n%s", l[1], tapped.View())
				}
			}
			// Past the last button the focus leaves them; shift+tab comes
			// back to the last (on a question it goes back instead).
			for range len(labels) + 1 {
				press(m, "tab")
			}
			if strings.Contains(m.View(), "▸ ") {
				t.Fatalf("the focus stayed on a button past the last:\n%s", m.View())
			}
			if tc.screen == "question" {
				return
			}
			press(m, "tab", "shift+tab", "shift+tab")
			if v := ansi.Strip(m.View()); !strings.Contains(v, "▸ "+labels[len(labels)-1][1]+" ◂") {
				t.Fatalf("shift+tab from no focus: not on the last button:\n%s", v)
			}
		})
	}
}

// TestTapTypeRows: on the results every row naming a type, the "Other
// options" and "Ruled out" rows included, opens that type's page.
func TestTapTypeRows(t *testing.T) {
	m := newSized(t, 100, 60)
	answerAll(t, m, setA)
	rec, _ := m.Recommendation()
	for _, r := range rec.Ranking {
		m := newSized(t, 100, 60)
		answerAll(t, m, setA)
		x, y := -1, -1
		for row, line := range strings.Split(ansi.Strip(m.View()), "\n") {
			trimmed := strings.TrimSpace(line)
			if strings.HasPrefix(trimmed, r.Name+" ") || strings.HasPrefix(trimmed, r.Name+":") {
				x, y = strings.Index(line, r.Name), row
				break
			}
		}
		if y < 0 {
			t.Fatalf("no row for %s:\n%s", r.Name, m.View())
		}
		m.Update(tap(x+1, y))
		if m.Screen() != "type" || !strings.Contains(header(m), r.Name) {
			t.Fatalf("tapping %s's row: screen %s, header %q", r.Name, m.Screen(), header(m))
		}
	}
}

// TestTapAnswerOnTypePage: a tap on an answer on a type page tries another
// answer to that question, as its number does.
func TestTapAnswerOnTypePage(t *testing.T) {
	m := newSized(t, 80, 60)
	answerAll(t, m, setA)
	press(m, "e", typeKey(m, "piercing"))
	m.Update(tap(findOnScreen(t, m, "0 Needles")))
	if got := shownQuestion(m); got != "needles" || !strings.Contains(header(m), "What if") {
		t.Fatalf("tapping the needles answer: on %q, header %q", got, header(m))
	}
}

// TestTypePageNumbersTheTrace: each line of the trace that comes from an
// answer carries the number that tries another answer to it.
func TestTypePageNumbersTheTrace(t *testing.T) {
	m := newSized(t, 80, 60)
	answerAll(t, m, setA)
	press(m, "e", typeKey(m, "welded-bracelet"))
	v := ansi.Strip(m.View())
	for _, want := range []string{" 1 +", " 9 +", "Every customer starts here with this type"} {
		if !strings.Contains(v, want) {
			t.Fatalf("the trace lacks %q:\n%s", want, v)
		}
	}
}

// TestButtonsFollowTheContent: on tall screens the buttons come right
// after the content, not at the bottom of the screen.
func TestButtonsFollowTheContent(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {200, 50}} {
		m := newSized(t, size[0], size[1])
		for _, keys := range [][]string{nil, {"enter"}, {"esc", "e"}} {
			press(m, keys...)
			lines := strings.Split(ansi.Strip(m.View()), "\n")
			for i, l := range lines {
				if strings.Contains(l, "[ ") {
					if i < 2 || strings.TrimSpace(lines[i-2]) == "" {
						t.Fatalf("%dx%d %s: a gap above the buttons:\n%s", size[0], size[1], m.Screen(), m.View())
					}
					break
				}
			}
		}
	}
}

// TestKioskSavesOnce: after a save the results say "Saved as CODE" and
// offer no second save; s does nothing; finishing asks nothing.
func TestKioskSavesOnce(t *testing.T) {
	m, store := newSaving(t, true, 80, 24)
	answerAll(t, m, setA)
	if !strings.Contains(m.View(), "[ Save for my consultation ]") {
		t.Fatalf("no save button:\n%s", m.View())
	}
	press(m, "s", "enter", "enter")
	v := m.View()
	if m.Screen() != "results" || !strings.Contains(v, "Saved as K7MX-4A") || strings.Contains(v, "[ Save") {
		t.Fatalf("back on the results after saving:\n%s", v)
	}
	press(m, "s")
	if m.Screen() != "results" || len(store.saved) != 1 || m.SavedCode() != "K7MX-4A" {
		t.Fatalf("s after saving: screen %s, %d saved", m.Screen(), len(store.saved))
	}
	press(m, "1", "3") // relaxed: these answers are not the ones saved
	if v := m.View(); !strings.Contains(v, "Saved as K7MX-4A with your earlier answers") || !strings.Contains(v, "[ Save for my consultation ]") {
		t.Fatalf("after changing an answer:\n%s", v)
	}
	press(m, "f")
	if v := m.View(); m.Screen() != "confirm" || !strings.Contains(v, "not saved (K7MX-4A has your earlier ones)") {
		t.Fatalf("finish with the change unsaved:\n%s", v)
	}
	press(m, "n", "1", "2") // busy again: the answers saved
	if v := m.View(); !strings.Contains(v, "Saved as K7MX-4A for your consultation") || strings.Contains(v, "[ Save") {
		t.Fatalf("back to the answers saved:\n%s", v)
	}
	press(m, "1", "3", "s", "enter", "enter") // a second save, of new answers
	if len(store.saved) != 2 || m.SavedCode() != "K7MX-4B" || !strings.Contains(m.View(), "Saved as K7MX-4B for") {
		t.Fatalf("saving the changed answers: %d saved, code %s", len(store.saved), m.SavedCode())
	}
	press(m, "f")
	if m.Screen() != "welcome" || m.SavedCode() != "" {
		t.Fatalf("finish: %s, code %q", m.Screen(), m.SavedCode())
	}
	_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
	if cmd != nil || len(store.saved) != 2 {
		t.Fatal("s on the welcome saved something")
	}
}
