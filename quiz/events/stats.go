package events

import (
	"slices"
	"time"
)

// Stats is what the log says about the sessions in it: how many started,
// finished, saved and resumed, where the others stopped, what they were
// recommended, and how long they took.
type Stats struct {
	// Started counts the sessions that began the quiz, Finished those that
	// saw their results, Saved those that saved a consultation and
	// Resumed those that opened results from an answer code.
	Started  int `json:"started"`
	Finished int `json:"finished"`
	Saved    int `json:"saved"`
	Resumed  int `json:"resumed"`
	// DroppedAt counts, by question id, the sessions that went before
	// their results while at that question.
	DroppedAt map[string]int `json:"dropped_at"`
	// Picks counts finished sessions by the type picked (none when every
	// type was ruled out: see Confidence["none"]).
	Picks map[string]int `json:"picks"`
	// Confidence counts finished sessions by how sure the pick was.
	Confidence map[string]int `json:"confidence"`
	// MedianSeconds is the median time from start to results of the
	// finished sessions, 0 when none finished.
	MedianSeconds int64 `json:"median_seconds"`
	// SkippedLines counts the lines of the log that could not be read.
	SkippedLines int `json:"skipped_lines"`
}

// Tally sums events up into Stats, counting each session once for each
// kind of event however often it appears: a session is as its first
// event of a kind says. Make one with NewTally.
type Tally struct {
	since time.Time
	// seen holds each session's kinds so far; out the sessions whose
	// first event came before since.
	seen  map[string]map[Kind]bool
	out   map[string]bool
	secs  []int64
	stats Stats
}

// NewTally returns a tally of the sessions whose first event is at or
// after since (the zero time: all of them).
func NewTally(since time.Time) *Tally {
	return &Tally{
		since: since, seen: map[string]map[Kind]bool{}, out: map[string]bool{},
		stats: Stats{DroppedAt: map[string]int{}, Picks: map[string]int{}, Confidence: map[string]int{}},
	}
}

// Add counts e.
func (t *Tally) Add(e Event) {
	kinds, ok := t.seen[e.Session]
	if !ok && !t.out[e.Session] && e.Time < t.since.Unix() {
		t.out[e.Session] = true
	}
	if t.out[e.Session] {
		return
	}
	if !ok {
		kinds = map[Kind]bool{}
		t.seen[e.Session] = kinds
	}
	if kinds[e.Kind] {
		return
	}
	kinds[e.Kind] = true
	s := &t.stats
	switch e.Kind {
	case Started:
		s.Started++
	case Finished:
		s.Finished++
		if e.Pick != "" {
			s.Picks[e.Pick]++
		}
		s.Confidence[e.Confidence]++
		t.secs = append(t.secs, e.Secs)
	case Saved:
		s.Saved++
	case Resumed:
		s.Resumed++
	case Abandoned:
		s.DroppedAt[e.Question]++
	}
}

// Skipped counts n lines that could not be read.
func (t *Tally) Skipped(n int) { t.stats.SkippedLines += n }

// Stats returns the sums so far.
func (t *Tally) Stats() Stats {
	s := t.stats
	s.MedianSeconds = median(t.secs)
	return s
}

// median is the middle of xs (the mean of the two middles, rounded down,
// for an even count); 0 for none.
func median(xs []int64) int64 {
	if len(xs) == 0 {
		return 0
	}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	n := len(ys)
	if n%2 == 1 {
		return ys[n/2]
	}
	return (ys[n/2-1] + ys[n/2]) / 2
}

// Read sums up the log in dir for the sessions that began at or after
// since.
func Read(dir string, since time.Time) (Stats, error) {
	t := NewTally(since)
	n, err := ReadDir(dir, t.Add)
	t.Skipped(n)
	return t.Stats(), err
}
