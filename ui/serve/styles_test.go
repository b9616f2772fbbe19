package serve

import (
	"regexp"
	"sync"
	"testing"
)

// TestSessionsShareStyles runs many quizzes at once over SSH from terminals
// of four kinds, each answering its first questions, while they all draw
// with the styles the server built once per kind of terminal. Each session
// still gets its own terminal's colours; and under -race (as CI runs it) a
// session that wrote to the styles it shares with others would fail.
func TestSessionsShareStyles(t *testing.T) {
	n := 32
	if testing.Short() {
		n = 8
	}
	_, addr, _ := testServer(t, func(c *Config) {
		c.MaxSessions = n
		c.Limits = Limits{SessionsPerAddress: -1, ConnsPerAddress: -1, ConnBurst: -1}
	})
	// The colours each TERM is drawn in: how a foreground colour starts.
	kinds := []struct {
		term   string
		colour *regexp.Regexp
	}{
		{"xterm-kitty", regexp.MustCompile(`\x1b\[[0-9;]*38;2;`)},
		{"xterm-256color", regexp.MustCompile(`\x1b\[[0-9;]*38;5;`)},
		{"xterm", regexp.MustCompile(`\x1b\[[0-9;]*(3|9)[0-7]m`)},
		{"vt100", nil},
	}
	anyColour := regexp.MustCompile(`\x1b\[[0-9;]*(38;|(3|9)[0-7]m)`)
	var wg sync.WaitGroup
	for i := range n {
		kind := kinds[i%len(kinds)]
		sess, in, out := termSession(t, dial(t, addr), kind.term, 80-i%3*10, 24)
		wg.Go(func() {
			defer sess.Close()
			out.waitFor(t, "10 to 12 questions")
			// enter starts; down moves the cursor (the session's own form);
			// a number answers; ? shows the full help.
			write(t, in, "\r\x1b[B2")
			out.waitFor(t, "Question 2 of")
			write(t, in, "\x1b[B1")
			out.waitFor(t, "Question 3 of")
			write(t, in, "?")
			out.waitFor(t, "tab")
			got := out.String()
			switch {
			case kind.colour == nil && anyColour.MatchString(got):
				t.Errorf("%s: coloured: %q", kind.term, anyColour.FindString(got))
			case kind.colour != nil && !kind.colour.MatchString(got):
				t.Errorf("%s: not in its colours", kind.term)
			}
		})
	}
	wg.Wait()
}
