package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
)

// fakeClock is a clock whose time moves only when set, and whose ticker
// ticks only when the test sends on ticks.
type fakeClock struct {
	at      time.Time
	ticks   chan time.Time
	every   time.Duration
	stopped bool
}

func (f *fakeClock) clock() clock {
	return clock{
		now: func() time.Time { return f.at },
		ticker: func(d time.Duration) (<-chan time.Time, func()) {
			f.every = d
			return f.ticks, func() { f.stopped = true }
		},
	}
}

// TestRetentionRunner: a consultation one second past the retention is
// deleted when the kiosk or server starts, one a second short of it is
// kept, and a day of running (a tick a day later) deletes those that have
// passed it since.
func TestRetentionRunner(t *testing.T) {
	const day = 24 * time.Hour
	keep := studio.DefaultRetention
	start := time.Date(2026, 11, 29, 20, 16, 0, 0, time.UTC)
	tests := []struct {
		name                  string
		created               time.Time
		keptAtStart, keptADay bool
	}{
		{"a second past the retention", start.Add(-keep - time.Second), false, false},
		{"a second short of it", start.Add(-keep + time.Second), true, false},
		{"a second past it a day later", start.Add(day - keep - time.Second), true, false},
		{"a second short of it a day later", start.Add(day - keep + time.Second), true, true},
		{"saved today", start.Add(-time.Hour), true, true},
	}
	dir := filepath.Join(t.TempDir(), "consultations")
	s, err := consult.Open(dir, defaultBank(t))
	if err != nil {
		t.Fatal(err)
	}
	codes := make([]string, len(tests))
	for i, tc := range tests {
		r, err := s.Save(consult.Record{Created: tc.created, Answers: consultAnswers, Recommendation: []byte("null")})
		if err != nil {
			t.Fatal(err)
		}
		codes[i] = r.Code
	}
	check := func(when string, kept func(int) bool) {
		t.Helper()
		for i, tc := range tests {
			_, err := s.Load(codes[i])
			if gone := errors.Is(err, consult.ErrNotFound); gone == kept(i) {
				t.Errorf("%s: %s: deleted = %v, want %v (%v)", when, tc.name, gone, !kept(i), err)
			}
		}
	}

	clk := &fakeClock{at: start, ticks: make(chan time.Time)}
	rounds := make(chan round)
	first, stop := runRetention(context.Background(), s, keep, clk.clock(), func(r round) { rounds <- r })
	if first != (round{deleted: 1}) {
		t.Errorf("at start: %+v, want 1 deleted", first)
	}
	check("at start", func(i int) bool { return tests[i].keptAtStart })
	if clk.every <= 0 || clk.every > day {
		t.Errorf("the runner ticks every %v, want at least daily", clk.every)
	}

	clk.at = start.Add(day)
	clk.ticks <- clk.at
	if r := <-rounds; r != (round{deleted: 2}) {
		t.Errorf("a day later: %+v, want 2 deleted", r)
	}
	check("a day later", func(i int) bool { return tests[i].keptADay })

	stop()
	if !clk.stopped {
		t.Error("stop left the ticker running")
	}
}

// TestRetentionRunnerStopsWithContext: the runner's rounds end when its
// context does.
func TestRetentionRunnerStopsWithContext(t *testing.T) {
	s, err := consult.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	clk := &fakeClock{at: time.Now(), ticks: make(chan time.Time)}
	_, stop := runRetention(ctx, s, time.Hour, clk.clock(), func(round) { t.Error("a round ran after the context ended") })
	cancel()
	stop() // returns only once the goroutine has ended
	if !clk.stopped {
		t.Error("the ticker still runs")
	}
}

// TestStaffCommandsEnforceRetention: list and show delete the
// consultations older than the studio file's retention before reading,
// and say how many.
func TestStaffCommandsEnforceRetention(t *testing.T) {
	for _, tc := range []struct {
		retention string
		oldKept   bool
		says      string
	}{
		{"14d", true, ""},
		{"7d", false, "jewelquiz: deleted 1 consultation(s) older than 7 days, as the studio keeps them\n"},
	} {
		for _, cmd := range []string{"list", "show"} {
			t.Run(cmd+" "+tc.retention, func(t *testing.T) {
				dir, recent, old := saveConsultations(t)
				studioFile := filepath.Join(t.TempDir(), "studio.yaml")
				if err := os.WriteFile(studioFile, []byte("retention: "+tc.retention+"\n"), 0o600); err != nil {
					t.Fatal(err)
				}
				var (
					out, errOut string
					err         error
				)
				if cmd == "list" {
					out, errOut, err = runConsult(List, "--data-dir", dir, "--studio", studioFile)
				} else {
					out, errOut, err = runConsult(Show, recent.Code, "--data-dir", dir, "--studio", studioFile)
				}
				if err != nil || errOut != tc.says || !strings.Contains(out, recent.Code) {
					t.Fatalf("%s = %v, %q; want %s and %q:\n%s", cmd, err, errOut, recent.Code, tc.says, out)
				}
				if cmd == "list" && strings.Contains(out, old.Code) != tc.oldKept {
					t.Errorf("list shows %s: %v, want %v:\n%s", old.Code, !tc.oldKept, tc.oldKept, out)
				}
				for _, ext := range []string{".json", ".md"} {
					_, err := os.Stat(filepath.Join(dir, old.Code+ext))
					if kept := err == nil; kept != tc.oldKept {
						t.Errorf("%s%s kept = %v, want %v", old.Code, ext, kept, tc.oldKept)
					}
				}
			})
		}
	}
}
