package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// retentionEvery is how often a running kiosk or server deletes the
// consultations that have outlived the studio's retention: well within
// the day the promise allows.
const retentionEvery = time.Hour

// clock is what retention goes by: the time, and a ticker. Tests give a
// fake one.
type clock struct {
	// now is the time.
	now func() time.Time
	// ticker ticks every d until stop is called.
	ticker func(d time.Duration) (ticks <-chan time.Time, stop func())
}

// realClock is the system's clock.
var realClock = clock{
	now: time.Now,
	ticker: func(d time.Duration) (<-chan time.Time, func()) {
		t := time.NewTicker(d)
		return t.C, t.Stop
	},
}

// expire deletes the consultations in s saved longer than keep before now
// and returns how many it deleted, the files it could not read (kept, and
// reported by list, show and purge), and its other problems.
func expire(s *consult.Store, keep time.Duration, now time.Time) (n int, unreadable, others []error) {
	n, err := s.Purge(now.Add(-keep))
	unreadable, others = splitCorrupt(err)
	return n, unreadable, others
}

// splitCorrupt parts an error joined from many (as Purge's is) into the
// files that could not be understood and the rest.
func splitCorrupt(err error) (corrupt, rest []error) {
	for _, e := range unjoin(err) {
		var c *consult.CorruptError
		if errors.As(e, &c) {
			corrupt = append(corrupt, e)
		} else {
			rest = append(rest, e)
		}
	}
	return corrupt, rest
}

// unjoin is the errors joined in err (as errors.Join joins them), err
// alone when it joins none, or none when it is nil.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// enforceRetention deletes the consultations in s older than keep before
// a staff command reads them, and says how many on w. Files it cannot
// read are left for the command to report.
func enforceRetention(s *consult.Store, keep time.Duration, w io.Writer) error {
	n, _, others := expire(s, keep, time.Now())
	if n > 0 {
		fmt.Fprintf(w, "jewelquiz: deleted %d consultation(s) older than %s, as the studio keeps them\n", n, report.RetentionText(keep))
	}
	if len(others) > 0 {
		return fmt.Errorf("deleting consultations older than %s: %w", report.RetentionText(keep), errors.Join(others...))
	}
	return nil
}

// round is what one round of retention did, in counts only, never which
// consultations: how many it deleted, how many files it could not read
// (and kept), and how many other problems it met.
type round struct {
	deleted, unreadable, failed int
}

// runRetention keeps the studio's promise while a kiosk or server runs:
// it deletes the consultations in s older than keep at once, and returns
// what it did, then again every retentionEvery by clk, telling onRound,
// until ctx ends or stop is called; stop returns once no round runs.
func runRetention(ctx context.Context, s *consult.Store, keep time.Duration, clk clock, onRound func(round)) (first round, stop func()) {
	expireNow := func() round {
		n, unreadable, others := expire(s, keep, clk.now())
		return round{deleted: n, unreadable: len(unreadable), failed: len(others)}
	}
	first = expireNow()
	ctx, cancel := context.WithCancel(ctx)
	ticks, stopTicker := clk.ticker(retentionEvery)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer stopTicker()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticks:
				onRound(expireNow())
			}
		}
	})
	return first, func() {
		cancel()
		wg.Wait()
	}
}

// describe says what a round did in a line for staff, "" when it did
// nothing worth saying: counts only.
func (r round) describe() string {
	var parts []string
	if r.deleted > 0 {
		parts = append(parts, fmt.Sprintf("deleted %d expired consultation(s)", r.deleted))
	}
	if r.unreadable > 0 {
		parts = append(parts, fmt.Sprintf("kept %d file(s) that could not be read (see jewelquiz list)", r.unreadable))
	}
	if r.failed > 0 {
		parts = append(parts, fmt.Sprintf("met %d problem(s) deleting expired consultations (see jewelquiz purge)", r.failed))
	}
	return strings.Join(parts, "; ")
}
