package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/quiz/events"
)

// logSessions writes a log as the quiz would: three sessions a minute ago
// (one finished in 90s and saved, one left at allergy, one finished in
// 150s with no type), one resumed, one from forty days ago, and a line
// cut short.
func logSessions(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	lg, err := events.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lg.Close()
	now := time.Now().Add(-time.Minute).Unix()
	old := time.Now().Add(-40 * 24 * time.Hour).Unix()
	s := func(i int) string { return strings.Repeat("0", 15) + string(rune('0'+i)) }
	for _, e := range []events.Event{
		{Time: now, Session: s(1), Kind: events.Started},
		{Time: now, Session: s(1), Kind: events.Answered, Question: "lifestyle"},
		{Time: now, Session: s(2), Kind: events.Started},
		{Time: now, Session: s(1), Kind: events.Finished, Pick: "welded-anklet", Confidence: "clear", Secs: 90},
		{Time: now, Session: s(2), Kind: events.Abandoned, Question: "allergy"},
		{Time: now, Session: s(1), Kind: events.Saved},
		{Time: now, Session: s(3), Kind: events.Started},
		{Time: now, Session: s(3), Kind: events.Finished, Confidence: "none", Secs: 150},
		{Time: now, Session: s(4), Kind: events.Resumed},
		{Time: old, Session: s(5), Kind: events.Started},
		{Time: old, Session: s(5), Kind: events.Abandoned, Question: "age"},
	} {
		if err := lg.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, events.File), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(`{"t":1,"s":"00000000000000`); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runStats(args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	err := Stats(context.Background(), args, IO{Out: &out, Err: &errOut})
	return out.String(), errOut.String(), err
}

// TestStatsJSON checks the JSON has exactly its fields, each session
// counted once, and the cut-short line counted as skipped.
func TestStatsJSON(t *testing.T) {
	dir := logSessions(t)
	out, _, err := runStats("--data-dir", dir, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	want := []string{"confidence", "dropped_at", "finished", "median_seconds", "picks", "resumed", "saved", "skipped_lines", "started"}
	if got := slices.Sorted(maps.Keys(m)); !slices.Equal(got, want) {
		t.Fatalf("fields %v, want %v", got, want)
	}
	var st events.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if st.Started != 4 || st.Finished != 2 || st.Saved != 1 || st.Resumed != 1 || st.MedianSeconds != 120 || st.SkippedLines != 1 ||
		!maps.Equal(st.DroppedAt, map[string]int{"allergy": 1, "age": 1}) || !maps.Equal(st.Picks, map[string]int{"welded-anklet": 1}) ||
		!maps.Equal(st.Confidence, map[string]int{"clear": 1, "none": 1}) {
		t.Fatalf("%+v", st)
	}
}

// TestStatsSince checks --since leaves out the sessions that began before.
func TestStatsSince(t *testing.T) {
	out, _, err := runStats("--data-dir", logSessions(t), "--format", "json", "--since", "30d")
	if err != nil {
		t.Fatal(err)
	}
	var st events.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if st.Started != 3 || st.DroppedAt["age"] != 0 || st.DroppedAt["allergy"] != 1 {
		t.Fatalf("%+v", st)
	}
}

// TestStatsText checks the text says the rates and draws the bars, within
// 80 columns (but for the directory's path).
func TestStatsText(t *testing.T) {
	out, _, err := runStats("--data-dir", logSessions(t), "--since", "7d")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Started        3\n", "Finished       2 (67% of those started)", "Saved          1 (33% of the 3 who saw results)",
		"Median time    2m0s", "Where the 1 who left before their results stopped\n  allergy", "Welded anklet",
		"clear", "1 line(s) of the log could not be read",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "Logged in ") && utf8.RuneCountInString(l) > 80 {
			t.Errorf("%d columns: %q", utf8.RuneCountInString(l), l)
		}
	}
	if strings.Contains(out, "age") {
		t.Errorf("a session from before --since shows:\n%s", out)
	}
}

// TestStatsNoLog checks a data directory with no log says so.
func TestStatsNoLog(t *testing.T) {
	out, _, err := runStats("--data-dir", filepath.Join(t.TempDir(), "none"))
	if err != nil || !strings.Contains(out, "No sessions yet.") {
		t.Fatalf("%q, %v", out, err)
	}
}

// TestStatsBadInput checks bad flags are input errors (exit status 2)
// that say what is wrong, and a log that cannot be read is not.
func TestStatsBadInput(t *testing.T) {
	for _, c := range []struct{ args, want string }{
		{"--format xml", "unknown format"},
		{"--since soon", "--since"},
		{"--since -3d", "--since"},
		{"extra", "unexpected argument"},
		{"--nope", "unknown flag --nope"},
	} {
		_, _, err := runStats(strings.Fields(c.args)...)
		var in *InputError
		if !errors.As(err, &in) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an input error saying %q", c.args, err, c.want)
		}
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, events.File), 0o700); err != nil {
		t.Fatal(err)
	}
	_, _, err := runStats("--data-dir", dir)
	var in *InputError
	if err == nil || errors.As(err, &in) {
		t.Fatalf("an unreadable log: %v", err)
	}
}

// TestOpenEventsWarnsOnce checks a log that cannot be written warns when
// it starts failing, not at every event.
func TestOpenEventsWarnsOnce(t *testing.T) {
	dir := t.TempDir()
	var warned []string
	lg, logEvent, err := openEvents(dir, func(msg string, err error) { warned = append(warned, msg) })
	if err != nil {
		t.Fatal(err)
	}
	defer lg.Close()
	if err := os.Mkdir(filepath.Join(dir, events.File), 0o700); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		logEvent(events.Event{Session: events.NewSession(), Kind: events.Started})
	}
	os.Remove(filepath.Join(dir, events.File))
	logEvent(events.Event{Session: events.NewSession(), Kind: events.Started})
	if len(warned) != 2 || !strings.Contains(warned[0], "cannot") || !strings.Contains(warned[1], "again") {
		t.Fatalf("warned %q", warned)
	}
}
