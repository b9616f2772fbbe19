package events

import (
	"fmt"
	"testing"
)

// sid is the session id of test session i.
func sid(i int) string { return fmt.Sprintf("%016x", i) }

// sample returns one event of each kind, for session s.
func sample(s string) []Event {
	return []Event{
		{Time: 100, Session: s, Kind: Started},
		{Time: 101, Session: s, Kind: Answered, Question: "lifestyle"},
		{Time: 102, Session: s, Kind: Finished, Pick: "welded-bracelet", Confidence: "clear", Secs: 2},
		{Time: 103, Session: s, Kind: Saved},
		{Time: 104, Session: s, Kind: Abandoned, Question: "allergy"},
		{Time: 105, Session: s, Kind: Resumed},
	}
}

// readAll reads every event in dir, failing t on an error.
func readAll(t *testing.T, dir string) ([]Event, int) {
	t.Helper()
	var got []Event
	n, err := ReadDir(dir, func(e Event) { got = append(got, e) })
	if err != nil {
		t.Fatal(err)
	}
	return got, n
}
