package ui

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// A screen of the manners test: how to get there, and what its keys should
// do. Every other manner is the same for all screens.
type mannersCase struct {
	name string
	// open returns a quiz showing the screen.
	open func(t *testing.T) *Model
	// screen is what Model.Screen says there.
	screen string
	// esc is the screen esc leads to ("" for the same screen).
	esc string
	// q is what q does: "quit" or "left" ends the quiz, "confirm" asks,
	// "" does nothing (kiosk mode, or a text field, where q is typed).
	q string
	// typing screens take ? and q as text.
	typing bool
	// numbers is how many options number keys pick, 0 for none.
	numbers int
}

// mannersCases are the screens of the manners test in a language: the
// quiz switches to it on the welcome, as a customer would.
func mannersCases(lang locale.Lang) []mannersCase {
	speak := func(m *Model) *Model {
		if m.Lang() != lang {
			press(m, "l")
		}
		return m
	}
	sized := func(t *testing.T) *Model { return speak(newSized(t, 80, 24)) }
	results := func(t *testing.T) *Model {
		m := sized(t)
		answerAll(t, m, setA)
		return m
	}
	then := func(open func(*testing.T) *Model, keys ...string) func(*testing.T) *Model {
		return func(t *testing.T) *Model {
			m := open(t)
			press(m, keys...)
			return m
		}
	}
	saving := func(t *testing.T) *Model {
		m, _ := newSaving(t, false, 80, 24)
		answerAll(t, speak(m), setA)
		return m
	}
	failing := func(t *testing.T) *Model {
		m, store := newSaving(t, false, 80, 24)
		answerAll(t, speak(m), setA)
		store.fail = errors.New("disk full")
		return m
	}
	kiosk := func(t *testing.T) *Model {
		m := newKiosk(t, 80, 24)
		answerAll(t, speak(m), setA)
		return m
	}
	health := func(t *testing.T) *Model {
		m := sized(t)
		press(m, "enter")
		answerUntil(t, m, "health")
		return m
	}
	idle := func(t *testing.T) *Model {
		m := kiosk(t)
		start := time.Unix(1_000_000, 0)
		m.Update(tickMsg(start.Add(2 * time.Minute)))
		return m
	}
	piercing := typeKey(resultsOf(setA), "piercing")
	return []mannersCase{
		{name: "welcome", open: sized, screen: "welcome", q: "quit"},
		{name: "first question", open: then(sized, "enter"), screen: "question", esc: "welcome", q: "confirm", numbers: 3},
		{name: "second question", open: then(sized, "enter", "2"), screen: "question", esc: "question", q: "confirm", numbers: 4},
		{name: "many question", open: health, screen: "question", esc: "question", q: "confirm", numbers: 4},
		{name: "results", open: results, screen: "results", q: "quit"},
		{name: "answer code large", open: then(results, "c"), screen: "code", esc: "results", q: "quit"},
		{name: "book a consultation", open: func(t *testing.T) *Model {
			m := New(testRulebook, plainStyles(t), Config{Studio: studio.Studio{Name: "Linked", BookingURL: testBooking}})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			answerAll(t, speak(m), setA)
			press(m, "b")
			return m
		}, screen: "booking", esc: "results", q: "quit"},
		{name: "I have a code", open: then(sized, "c"), screen: "code-entry", esc: "welcome", typing: true},
		{name: "changing an answer", open: then(results, "4"), screen: "question", esc: "results", q: "quit", numbers: 4},
		{name: "types before results", open: then(sized, "e"), screen: "explore", esc: "welcome", q: "quit", numbers: 6},
		{name: "types with results", open: then(results, "e"), screen: "explore", esc: "results", q: "quit", numbers: 6},
		{name: "type page before results", open: then(sized, "e", "1"), screen: "type", esc: "explore", q: "quit"},
		{name: "type page with results", open: then(results, "e", piercing), screen: "type", esc: "explore", q: "quit"},
		{name: "what-if question", open: then(results, "e", piercing, "0"), screen: "question", esc: "type", q: "quit", numbers: 2},
		{name: "what-if", open: then(results, "e", piercing, "0", "1"), screen: "what-if", esc: "type", q: "quit"},
		{name: "consent", open: then(saving, "s"), screen: "save", esc: "results", typing: true},
		{name: "saved", open: then(saving, "s", "enter"), screen: "save", esc: "results", q: "quit"},
		{name: "not saved", open: then(failing, "s", "enter"), screen: "save", esc: "results", q: "quit"},
		{name: "leave the quiz?", open: then(sized, "enter", "q"), screen: "confirm", esc: "question"},
		{name: "start over?", open: then(results, "r"), screen: "confirm", esc: "results", q: "quit"},
		{name: "kiosk results", open: kiosk, screen: "results"},
		{name: "finish?", open: then(kiosk, "f"), screen: "confirm", esc: "results"},
		{name: "staff PIN", open: func(t *testing.T) *Model {
			m := kiosk(t)
			m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
			return m
		}, screen: "pin", esc: "results", typing: true},
		{name: "still there?", open: idle, screen: "still-there", esc: "results"},
	}
}

// resultsOf is a quiz showing the results for answer tokens (see answerBy).
func resultsOf(tokens string) *Model {
	m := New(testRulebook, plainStyles(&testing.T{}), Config{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "enter")
	answerBy(m, tokens)
	return m
}

// TestManners walks every screen and checks that it behaves as the package
// doc says every screen does: ? shows and hides the full help titled
// "help", esc goes back where there is a back, q quits or asks, the help
// lists keys in one order with ranges that match, every button's label is
// a key's help, and the header never shows a percentage.
func TestManners(t *testing.T) {
	for _, lang := range locale.Langs {
		for _, tc := range mannersCases(lang) {
			t.Run(string(lang)+"/"+tc.name, func(t *testing.T) { manners(t, tc) })
		}
	}
}

// manners checks one screen's manners.
func manners(t *testing.T, tc mannersCase) {
	m := tc.open(t)
	if m.Screen() != tc.screen {
		t.Fatalf("opened %s, want %s:\n%s", m.Screen(), tc.screen, m.View())
	}
	v := ansi.Strip(m.View())
	if h := header(m); strings.Contains(h, "%") {
		t.Errorf("the header shows a percentage: %q", h)
	}
	checkHelpOrder(t, m, v, tc)
	if !tc.typing {
		checkFullHelp(t, tc)
		checkButtonsAreKeys(t, tc)
	}
	checkEsc(t, tc)
	checkQ(t, tc)
}

// helpLine is the short help: the last line of the screen.
func helpLine(v string) string {
	lines := strings.Split(strings.TrimRight(v, "\n"), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func checkHelpOrder(t *testing.T, m *Model, v string, tc mannersCase) {
	t.Helper()
	line := helpLine(v)
	for _, id := range []string{"frame.more_below", "frame.more_above", "frame.more_both"} {
		if strings.Contains(line, m.tr.T(id)) {
			t.Errorf("the help says %q", line)
		}
	}
	say := func(b key.Binding) string { return b.Help().Key + " " + b.Help().Desc }
	helpKey, quitKey := say(m.keys.Help), say(m.keys.Quit)
	if strings.HasSuffix(line, "•") || strings.Contains(line, "• •") || strings.HasPrefix(line, "•") {
		t.Errorf("the help has a dangling separator: %q", line)
	}
	canQuit := tc.q != "" && !tc.typing && tc.screen != "still-there"
	switch {
	case tc.typing || tc.screen == "still-there":
		if strings.Contains(line, helpKey) {
			t.Errorf("? is offered where it is typed or does nothing: %q", line)
		}
	case canQuit && !strings.HasSuffix(line, helpKey+" • "+quitKey):
		t.Errorf("the help does not end with help and quit: %q", line)
	case !canQuit && strings.Contains(line, quitKey):
		t.Errorf("the help offers q where it does not quit: %q", line)
	case !canQuit && !strings.HasSuffix(line, helpKey) && tc.screen != "confirm":
		t.Errorf("the help does not end with help: %q", line)
	}
	if esc := strings.Index(line, "esc "); esc >= 0 {
		if h := strings.Index(line, helpKey); h >= 0 && h < esc {
			t.Errorf("esc comes after help: %q", line)
		}
		for _, first := range []string{"enter ", "space "} {
			if i := strings.Index(line, first); i > esc {
				t.Errorf("%q comes after esc: %q", first, line)
			}
		}
	}
	if tc.numbers > 0 {
		m.Update(keyMsg("?"))
		full := ansi.Strip(m.View())
		m.Update(keyMsg("?"))
		want := numberRange(tc.numbers) + " "
		re := regexp.MustCompile(`\b1-\d\b`)
		for _, got := range re.FindAllString(full, -1) {
			if got+" " != want {
				t.Errorf("the help names %s for %d options:\n%s", got, tc.numbers, full)
			}
		}
	}
}

// checkFullHelp: ? opens the full help under the title "help", and ?
// again shows the screen as it was.
func checkFullHelp(t *testing.T, tc mannersCase) {
	t.Helper()
	if tc.screen == "still-there" {
		return // any key is "I'm still here"
	}
	m := tc.open(t)
	before := m.View()
	press(m, "?")
	if m.Screen() != tc.screen {
		t.Fatalf("? left the screen for %s", m.Screen())
	}
	full := ansi.Strip(m.View())
	title := m.tr.T("frame.help_title")
	if !regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(title) + `\s*$`).MatchString(full) {
		t.Errorf("? shows no help titled %q:\n%s", title, full)
	}
	checkFits(t, tc.name+" with full help", m.View(), 80, 24)
	press(m, "?")
	if after := m.View(); after != before {
		t.Errorf("? twice does not give back the screen:\n%s\nwant:\n%s", after, before)
	}
}

// checkButtonsAreKeys: each button's label is the help of a key in the
// full help, so the label says what the key does.
func checkButtonsAreKeys(t *testing.T, tc mannersCase) {
	t.Helper()
	m := tc.open(t)
	labels := regexp.MustCompile(`\[ ([^\]]+) \]`).FindAllStringSubmatch(ansi.Strip(m.View()), -1)
	if tc.screen == "still-there" {
		return
	}
	press(m, "?")
	full := strings.Join(strings.Fields(ansi.Strip(m.View())), " ")
	for _, l := range labels {
		desc := strings.ToLower(l[1][:1]) + l[1][1:]
		if !strings.Contains(full, " "+desc) && !strings.Contains(full, " "+l[1]) {
			t.Errorf("button %q is no key's help:\n%s", l[1], m.View())
		}
	}
}

// checkEsc: esc goes back where there is a back, and nowhere else.
func checkEsc(t *testing.T, tc mannersCase) {
	t.Helper()
	m := tc.open(t)
	answers := m.Answers()
	press(m, "esc")
	want := tc.esc
	if want == "" {
		want = tc.screen
	}
	if m.Screen() != want || m.Exit() != "" {
		t.Errorf("esc: screen %s (exit %q), want %s", m.Screen(), m.Exit(), want)
	}
	if got := m.Answers(); got.String() != answers.String() {
		t.Errorf("esc changed the answers: %v, were %v", got, answers)
	}
}

// checkQ: q quits, asks first when answers would be lost, and does nothing
// in kiosk mode or a text field.
func checkQ(t *testing.T, tc mannersCase) {
	t.Helper()
	m := tc.open(t)
	_, ok := m.Recommendation()
	press(m, "q")
	switch tc.q {
	case "quit":
		if m.Exit() != "quit" {
			t.Errorf("q: exit %q on %s, want quit", m.Exit(), m.Screen())
		}
	case "confirm":
		if m.Screen() != "confirm" || m.Lang() == locale.English && !strings.Contains(m.View(), "Leave the quiz?") {
			t.Errorf("q does not ask before leaving:\n%s", m.View())
		}
		press(m, "y")
		if m.Exit() != "left" || m.Interrupted() == ok {
			t.Errorf("q, y: exit %q", m.Exit())
		}
	case "":
		if m.Exit() != "" {
			t.Errorf("q ended the quiz (%s)", m.Exit())
		}
		if tc.screen == "still-there" {
			return
		}
		if m.Screen() != tc.screen && !(tc.screen == "confirm" && tc.esc != "") {
			t.Errorf("q: screen %s, want %s", m.Screen(), tc.screen)
		}
	}
}

// TestEscFromWhatIfQuestion: esc on a question asked for a what-if goes
// back to the type page it was asked from, not the results.
func TestEscFromWhatIfQuestion(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	press(m, "e", typeKey(m, "piercing"), "4")
	if !strings.Contains(header(m), "What if") {
		t.Fatalf("4 on a type page: header %q", header(m))
	}
	press(m, "esc")
	if m.Screen() != "type" || !strings.Contains(header(m), "Piercing") {
		t.Fatalf("esc from a what-if question: screen %s, header %q", m.Screen(), header(m))
	}
	// And from a follow-up the what-if asked.
	press(m, "1", "1")
	if got := shownQuestion(m); got != "sport" {
		t.Fatalf("what if active: on %q", got)
	}
	press(m, "esc")
	if m.Screen() != "type" || !strings.Contains(header(m), "Piercing") {
		t.Fatalf("esc from a what-if follow-up: screen %s, header %q", m.Screen(), header(m))
	}
}

// TestWipeResetsThePINPrompt: the next client gets a fresh staff prompt,
// with nothing typed and no message, while the lock keeps counting.
func TestWipeResetsThePINPrompt(t *testing.T) {
	m := newKiosk(t, 80, 24)
	answerAll(t, m, setA)
	enterPIN(m, "1111")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("97")}) // typed, not entered
	if !strings.Contains(m.View(), "Wrong PIN (1 of 3 tries)") {
		t.Fatalf("no wrong PIN:\n%s", m.View())
	}
	start := time.Unix(1_000_000, 0)
	m.Update(tickMsg(start.Add(2 * time.Minute)))
	m.Update(tickMsg(start.Add(2*time.Minute + CountdownFor)))
	if m.Screen() != "welcome" {
		t.Fatalf("no wipe: %s\n%s", m.Screen(), m.View())
	}
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	v := m.View()
	if strings.Contains(v, "Wrong PIN") || strings.Contains(v, "••") {
		t.Fatalf("the last client's prompt shows:\n%s", v)
	}
	enterPIN(m, "2222")
	if !strings.Contains(m.View(), "Wrong PIN (2 of 3 tries)") {
		t.Fatalf("the lock forgot a wrong PIN across the wipe:\n%s", m.View())
	}
}

// TestExploreOpensOnThePick: with results the list of types is in score
// order, scored as everywhere else ("70/100"), with the cursor on the pick.
func TestExploreOpensOnThePick(t *testing.T) {
	m := newSized(t, 80, 40)
	answerAll(t, m, setA)
	rec, _ := m.Recommendation()
	press(m, "e")
	v := ansi.Strip(m.View())
	last := -1
	for i, r := range rec.Ranking {
		label := fmt.Sprintf("%s · %d/100", r.Name, r.Score)
		if r.Excluded {
			label = r.Name + " · ruled out"
		}
		at := strings.Index(v, label)
		if at < 0 || at < last {
			t.Fatalf("option %d %q missing or out of order:\n%s", i+1, label, v)
		}
		last = at
	}
	if !strings.Contains(v, "> "+rec.Ranking[0].Name+" · ") {
		t.Fatalf("the cursor is not on the pick %s:\n%s", rec.Ranking[0].Name, v)
	}
	press(m, "enter")
	if !strings.Contains(header(m), rec.Ranking[0].Name) {
		t.Fatalf("enter opened %q, want the pick", header(m))
	}
	press(m, "esc")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "> "+rec.Ranking[0].Name+" · ") {
		t.Fatalf("back from the page, the cursor left it:\n%s", v)
	}
}

// TestKeysAfterEnterAreForTheNextQuestion: a key that arrives before the
// messages enter leads to (over a slow link both come in one read) goes to
// the next question, not the one just answered, on a list built by huh
// (after an arrow) and on a many question.
func TestKeysAfterEnterAreForTheNextQuestion(t *testing.T) {
	burst := func(m *Model, keys ...string) {
		var cmds []tea.Cmd
		for _, k := range keys {
			_, cmd := m.Update(keyMsg(k))
			cmds = append(cmds, cmd)
		}
		for _, c := range cmds {
			deliver(m, c, 0)
		}
	}
	m := newSized(t, 80, 24)
	press(m, "enter")
	burst(m, "down", "enter", "2") // busy; no visible body art
	if got := m.Answers(); got["lifestyle"] != "busy" || got["dress_code"] != "no-visible-body-art" {
		t.Fatalf("down, enter, 2: %v", got)
	}
	if got := shownQuestion(m); got != "machinery" {
		t.Fatalf("down, enter, 2: on %q, want machinery", got)
	}
	answerUntil(t, m, "health")
	burst(m, "enter", "2") // none of these; 18 or over
	if got := m.Answers(); got["health"] != "" || got["age"] != "18-plus" {
		t.Fatalf("enter, 2 on health: health %q, age %q", got["health"], got["age"])
	}
}

// TestManyQuestionShowsEveryOptionWhenTicked: back on a many question with
// an option ticked, every option shows (huh would scroll the first away).
func TestManyQuestionShowsEveryOptionWhenTicked(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter")
	answerUntil(t, m, "health")
	press(m, "2", "enter", "esc")
	q, _ := findQuestion(testBank, "health")
	v := m.View()
	for _, o := range q.Options {
		if !strings.Contains(v, o.Label) {
			t.Fatalf("back on health with Pregnant ticked, %q is not shown:\n%s", o.Label, v)
		}
	}
}
