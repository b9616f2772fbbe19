package events

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
	"time"
)

// TestTallyCountsEachSessionOnce feeds sessions whose events repeat and
// checks each counts once per kind.
func TestTallyCountsEachSessionOnce(t *testing.T) {
	tl := NewTally(time.Time{})
	add := func(evs ...Event) {
		for _, e := range evs {
			tl.Add(e)
			tl.Add(e) // a second time changes nothing
		}
	}
	// 1: finished in 30s and saved; 2: left at allergy; 3: finished in
	// 90s, no type; 4: resumed a code and saved; 5: finished in 60s.
	add(Event{Time: 1, Session: sid(1), Kind: Started},
		Event{Time: 2, Session: sid(1), Kind: Answered, Question: "lifestyle"},
		Event{Time: 31, Session: sid(1), Kind: Finished, Pick: "tattoo", Confidence: "clear", Secs: 30},
		Event{Time: 40, Session: sid(1), Kind: Saved},
		Event{Time: 1, Session: sid(2), Kind: Started},
		Event{Time: 9, Session: sid(2), Kind: Abandoned, Question: "allergy"},
		Event{Time: 1, Session: sid(3), Kind: Started},
		Event{Time: 91, Session: sid(3), Kind: Finished, Confidence: "none", Secs: 90},
		Event{Time: 5, Session: sid(4), Kind: Resumed},
		Event{Time: 6, Session: sid(4), Kind: Saved},
		Event{Time: 1, Session: sid(5), Kind: Started},
		Event{Time: 61, Session: sid(5), Kind: Finished, Pick: "tattoo", Confidence: "close", Secs: 60},
	)
	tl.Skipped(2)
	got := tl.Stats()
	want := Stats{Started: 4, Finished: 3, Saved: 2, Resumed: 1,
		DroppedAt: map[string]int{"allergy": 1}, Picks: map[string]int{"tattoo": 2},
		Confidence: map[string]int{"clear": 1, "none": 1, "close": 1}, MedianSeconds: 60, SkippedLines: 2}
	if !equal(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
}

// TestTallySince checks a session is counted whole when its first event
// is in the period, and not at all when it came before.
func TestTallySince(t *testing.T) {
	tl := NewTally(time.Unix(100, 0))
	for _, e := range []Event{
		{Time: 50, Session: sid(1), Kind: Started},
		{Time: 150, Session: sid(1), Kind: Finished, Pick: "tattoo", Confidence: "clear", Secs: 100},
		{Time: 100, Session: sid(2), Kind: Started},
		{Time: 120, Session: sid(2), Kind: Abandoned, Question: "age"},
	} {
		tl.Add(e)
	}
	got := tl.Stats()
	if got.Started != 1 || got.Finished != 0 || got.DroppedAt["age"] != 1 || len(got.Picks) != 0 {
		t.Fatalf("%+v", got)
	}
}

// TestMedian checks odd and even counts.
func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []int64
		want int64
	}{{nil, 0}, {[]int64{5}, 5}, {[]int64{9, 1, 5}, 5}, {[]int64{10, 1, 4, 100}, 7}} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestStatsJSON checks the JSON's fields, empty maps included.
func TestStatsJSON(t *testing.T) {
	b, err := json.Marshal(NewTally(time.Time{}).Stats())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	want := []string{"confidence", "dropped_at", "finished", "median_seconds", "picks", "resumed", "saved", "skipped_lines", "started"}
	if got := slices.Sorted(maps.Keys(m)); !slices.Equal(got, want) {
		t.Fatalf("fields %v, want %v", got, want)
	}
	if string(b) == "" || m["picks"] == nil || m["dropped_at"] == nil {
		t.Fatalf("%s: an empty map is null", b)
	}
}

func equal(a, b Stats) bool {
	return a.Started == b.Started && a.Finished == b.Finished && a.Saved == b.Saved && a.Resumed == b.Resumed &&
		maps.Equal(a.DroppedAt, b.DroppedAt) && maps.Equal(a.Picks, b.Picks) && maps.Equal(a.Confidence, b.Confidence) &&
		a.MedianSeconds == b.MedianSeconds && a.SkippedLines == b.SkippedLines
}
