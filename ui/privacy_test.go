package ui

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/events"
	"github.com/jewelquiz/jewelquiz/rules"
)

// TestEventLogHoldsNoCustomerData drives the quiz through a finished and
// saved quiz, one wiped for being idle, one left, one stopped from outside
// and one opened from its code, logging to a real event log; then reads
// every line and checks it holds only the fields of its kind, each from
// the vocabulary it may use, and no answer value, name, code or address.
func TestEventLogHoldsNoCustomerData(t *testing.T) {
	const name, addr = "Ann Example", "203.0.113.7:50222"
	dir := t.TempDir()
	lg, err := events.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lg.Close()
	logTo := func(e events.Event) {
		if err := lg.Append(e); err != nil {
			t.Error(err)
		}
	}
	store := &fakeStore{}
	kiosk := Config{Kiosk: true, StaffPIN: testPIN, Idle: time.Minute, Save: store.save, RemoteAddr: addr, Events: logTo}
	m := New(defaultRulebook(t), plainStyles(t), kiosk)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	start := time.Unix(1_000_000, 0)
	m.Update(tickMsg(start))

	// A finished quiz, saved with a name, then the next client.
	answerAll(t, m, setF)
	answerCode := codeOf(t, m)
	press(m, "s")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)})
	press(m, "enter")
	consultCode := m.SavedCode()
	if consultCode == "" {
		t.Fatal("not saved")
	}
	press(m, "enter", "f", "y")
	// One wiped for being idle, at the health question.
	press(m, "enter")
	answerBy(m, "2 1 1 2")
	m.Update(tickMsg(start.Add(2 * time.Minute)))
	_, cmd := m.Update(tickMsg(start.Add(2*time.Minute + CountdownFor)))
	deliver(m, cmd().(tea.BatchMsg)[0], 0)
	// One opened from the code.
	press(m, "c")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(answerCode)})
	press(m, "enter")
	if m.Screen() != "results" {
		t.Fatalf("the code did not open: %s", m.Screen())
	}
	// One left with q, and one whose connection dropped.
	for _, leave := range [][]string{{"q", "y"}, nil} {
		m := New(defaultRulebook(t), plainStyles(t), Config{RemoteAddr: addr, Events: logTo})
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		press(m, "enter")
		answerBy(m, "1 3")
		press(m, leave...)
		if leave == nil {
			m.Hangup()()
		}
	}

	lines := logLines(t, filepath.Join(dir, events.File))
	kinds := map[string]int{}
	for _, l := range lines {
		checkLine(t, l, testRulebook, []string{name, addr, strings.Split(addr, ":")[0], answerCode, strings.ReplaceAll(answerCode, "-", ""), consultCode, strings.ReplaceAll(consultCode, "-", "")})
		var e struct{ E string }
		_ = json.Unmarshal([]byte(l), &e)
		kinds[e.E]++
	}
	for _, k := range events.Kinds {
		if kinds[string(k)] == 0 {
			t.Errorf("the run logged no %s event: %v", k, kinds)
		}
	}
	if kinds["abandoned"] != 3 || kinds["started"] != 4 {
		t.Errorf("events %v, want 4 started and 3 abandoned", kinds)
	}
	if fi, err := os.Stat(filepath.Join(dir, events.File)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the log's mode: %v %v", fi, err)
	}
}

// logLines is every line of the file at path.
func logLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if len(out) == 0 {
		t.Fatal("nothing logged")
	}
	return out
}

var sessionID = regexp.MustCompile(`^[0-9a-f]{16}$`)

// checkLine fails t unless line has exactly its kind's fields, each value
// from what that field may hold, and none of secrets anywhere.
func checkLine(t *testing.T, line string, rb *rules.Rulebook, secrets []string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(strings.ToLower(line), strings.ToLower(s)) {
			t.Errorf("%s holds %q", line, s)
		}
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("%q: %v", line, err)
	}
	var questions, types, values []string
	for _, q := range rb.Bank() {
		if q.AskIf == nil {
			questions = append(questions, q.ID)
		}
		for _, o := range q.Options {
			values = append(values, o.Value)
		}
	}
	for _, ty := range rb.Types {
		types = append(types, ty.ID)
	}
	fields := map[string][]string{
		"started": {"e", "s", "t"}, "saved": {"e", "s", "t"}, "resumed": {"e", "s", "t"},
		"answered": {"e", "q", "s", "t"}, "abandoned": {"e", "q", "s", "t"},
		"finished": {"confidence", "e", "pick", "s", "secs", "t"},
	}
	kind, _ := m["e"].(string)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	if slices.Sort(keys); !slices.Equal(keys, fields[kind]) {
		t.Errorf("%s: fields %v, want %v", line, keys, fields[kind])
	}
	for k, v := range m {
		s, isString := v.(string)
		ok := false
		switch k {
		case "t", "secs":
			n, isNum := v.(float64)
			ok = isNum && n >= 0 && n == float64(int64(n))
		case "s":
			ok = isString && sessionID.MatchString(s)
		case "e":
			ok = isString && fields[s] != nil
		case "q":
			ok = isString && slices.Contains(questions, s) && !slices.Contains(values, s)
		case "pick":
			ok = isString && (s == "" || slices.Contains(types, s)) && !slices.Contains(values, s)
		case "confidence":
			ok = isString && slices.Contains(events.Confidences, s)
		}
		if !ok {
			t.Errorf("%s: %s is %v", line, k, v)
		}
	}
}
