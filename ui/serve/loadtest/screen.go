package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// keepTail is how much earlier output a screen keeps, for error messages.
const keepTail = 2 << 10

// screen collects a session's output and notes the moment an awaited text
// first arrives after the point it was asked for. bubbletea draws only the
// lines that changed, so only the output after that point is searched.
type screen struct {
	mu      sync.Mutex
	buf     []byte
	want    []byte
	from    int // where the search for want starts
	scanned int // how far buf was searched
	hit     chan time.Time

	done chan struct{}
	err  error // how the session ended, once done is closed
}

func newScreen() *screen { return &screen{done: make(chan struct{})} }

// Write appends output; it is the session's stdout and stderr.
func (s *screen) Write(p []byte) (int, error) {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf = append(s.buf, p...)
	if s.hit == nil {
		return len(p), nil
	}
	start := max(s.from, s.scanned-len(s.want)+1)
	if bytes.Contains(s.buf[start:], s.want) {
		s.hit <- now
		s.hit = nil
	}
	s.scanned = len(s.buf)
	return len(p), nil
}

// expect starts looking for want in the output from now on; earlier
// output, beyond a short tail, is dropped.
func (s *screen) expect(want string) <-chan time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.buf) > 4*keepTail {
		s.buf = append(s.buf[:0], s.buf[len(s.buf)-keepTail:]...)
	}
	s.want, s.from, s.scanned = []byte(want), len(s.buf), len(s.buf)
	s.hit = make(chan time.Time, 1)
	return s.hit
}

// end records that the session is over.
func (s *screen) end(err error) {
	s.mu.Lock()
	s.err = err
	s.mu.Unlock()
	close(s.done)
}

// errEnded is the session ending while a text was awaited.
var errEnded = errors.New("the session ended")

// wait returns when hit arrives, or fails when the session ends or ctx is
// done first.
func (s *screen) wait(ctx context.Context, hit <-chan time.Time) (time.Time, error) {
	select {
	case at := <-hit:
		return at, nil
	case <-s.done:
		select {
		case at := <-hit: // the last output matched
			return at, nil
		default:
		}
		return time.Time{}, fmt.Errorf("%w (%v), last output %q", errEnded, s.err, s.lastLine())
	case <-ctx.Done():
		return time.Time{}, fmt.Errorf("%w, last output %q", ctx.Err(), s.lastLine())
	}
}

// lastLine is the last non-empty line of output, without escapes.
func (s *screen) lastLine() string {
	s.mu.Lock()
	text := ansi.Strip(string(s.buf))
	s.mu.Unlock()
	lines := strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' })
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			if len(l) > 80 {
				l = l[:80]
			}
			return l
		}
	}
	return ""
}
