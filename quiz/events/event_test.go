package events

import (
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
)

// fieldsOf is the set of fields each kind's line has.
var fieldsOf = map[Kind][]string{
	Started:   {"e", "s", "t"},
	Answered:  {"e", "q", "s", "t"},
	Finished:  {"confidence", "e", "pick", "s", "secs", "t"},
	Saved:     {"e", "s", "t"},
	Abandoned: {"e", "q", "s", "t"},
	Resumed:   {"e", "s", "t"},
}

// TestLineHasOnlyItsKindsFields checks each kind's line holds exactly its
// fields, and reads back as the event written.
func TestLineHasOnlyItsKindsFields(t *testing.T) {
	evs := append(sample(sid(1)), Event{Time: 9, Session: sid(2), Kind: Finished, Confidence: "none"})
	for _, e := range evs {
		line, err := e.Line()
		if err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
		if !strings.HasSuffix(string(line), "}\n") || strings.Count(string(line), "\n") != 1 {
			t.Fatalf("%+v: line %q", e, line)
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if got := slices.Sorted(maps.Keys(m)); !slices.Equal(got, fieldsOf[e.Kind]) {
			t.Fatalf("%s: fields %v, want %v", e.Kind, got, fieldsOf[e.Kind])
		}
		back, err := Parse(line[:len(line)-1])
		if err != nil || back != e {
			t.Fatalf("%q read back as %+v, %v", line, back, err)
		}
	}
}

// TestCheckRefuses checks that an event with a field its kind does not
// have, or a field that is not an id, is never written.
func TestCheckRefuses(t *testing.T) {
	ok := Event{Time: 1, Session: sid(1), Kind: Started}
	with := func(f func(*Event)) Event { e := ok; f(&e); return e }
	for name, e := range map[string]Event{
		"no time":                 with(func(e *Event) { e.Time = 0 }),
		"short session":           with(func(e *Event) { e.Session = "abc" }),
		"session not hex":         with(func(e *Event) { e.Session = "Jane Doe 1234567" }),
		"unknown kind":            with(func(e *Event) { e.Kind = "named" }),
		"started with a question": with(func(e *Event) { e.Question = "allergy" }),
		"started with a pick":     with(func(e *Event) { e.Pick = "tattoo" }),
		"saved with secs":         with(func(e *Event) { e.Kind, e.Secs = Saved, 3 }),
		"answered, no question":   with(func(e *Event) { e.Kind = Answered }),
		"question not an id":      with(func(e *Event) { e.Kind, e.Question = Answered, "Jane Doe" }),
		"question with a quote":   with(func(e *Event) { e.Kind, e.Question = Abandoned, `a","name":"x` }),
		"question too long":       with(func(e *Event) { e.Kind, e.Question = Abandoned, strings.Repeat("a", maxID+1) }),
		"finished, bad level":     with(func(e *Event) { e.Kind, e.Pick, e.Confidence = Finished, "tattoo", "sure" }),
		"no pick, not none":       with(func(e *Event) { e.Kind, e.Confidence = Finished, "clear" }),
		"a pick, none":            with(func(e *Event) { e.Kind, e.Pick, e.Confidence = Finished, "tattoo", "none" }),
		"negative secs":           with(func(e *Event) { e.Kind, e.Pick, e.Confidence, e.Secs = Finished, "tattoo", "clear", -1 }),
		"pick with a space":       with(func(e *Event) { e.Kind, e.Pick, e.Confidence = Finished, "12 Main St", "clear" }),
	} {
		if _, err := e.Line(); !errors.Is(err, ErrEvent) {
			t.Errorf("%s: %+v written (%v)", name, e, err)
		}
	}
	if _, err := ok.Line(); err != nil {
		t.Fatal(err)
	}
}

// TestParseRefuses checks lines that are not events as written.
func TestParseRefuses(t *testing.T) {
	for _, line := range []string{
		``,
		`{}`,
		`{"t":1,"s":"0000000000000001","e":"started"`,
		`{"t":1,"s":"0000000000000001","e":"started"}}`,
		`{"t":1,"s":"0000000000000001","e":"started"} x`,
		`{"t":1,"s":"0000000000000001","e":"started","name":"Ann"}`,
		`{"t":1,"s":"0000000000000001","e":"started","secs":0}`,
		`{"t":1,"s":"0000000000000001","e":"finished","pick":"tattoo","confidence":"clear"}`,
		`{"t":1.5,"s":"0000000000000001","e":"started"}`,
		`[1]`,
	} {
		if e, err := Parse([]byte(line)); err == nil {
			t.Errorf("%q read as %+v", line, e)
		}
	}
}
