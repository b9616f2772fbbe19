package serve

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz/events"
)

// eventRecorder keeps the events the server's sessions log.
type eventRecorder struct {
	mu  sync.Mutex
	evs []events.Event
}

func (r *eventRecorder) add(e events.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.evs = append(r.evs, e)
}

// kinds is the kinds logged so far, with their questions, in order.
func (r *eventRecorder) kinds() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, e := range r.evs {
		out = append(out, strings.TrimSuffix(string(e.Kind)+":"+e.Question, ":"))
	}
	return strings.Join(out, " ")
}

// waitKinds waits until the kinds logged are want, sorted, and stay so a
// moment longer.
func (r *eventRecorder) waitKinds(t *testing.T, want string) {
	t.Helper()
	sorted := func(s string) string {
		f := strings.Fields(s)
		slices.Sort(f)
		return strings.Join(f, " ")
	}
	want = sorted(want)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if sorted(r.kinds()) == want {
			time.Sleep(200 * time.Millisecond) // nothing logged twice
			if got := sorted(r.kinds()); got != want {
				t.Fatalf("logged %s, want %s", got, want)
			}
			return
		}
	}
	t.Fatalf("logged %s, want %s", r.kinds(), want)
}

// TestDisconnectAbandons checks a client who hangs up, or closes their
// input, before the results is logged as abandoned at their question,
// once; and one who quits with results is not.
func TestDisconnectAbandons(t *testing.T) {
	rec := &eventRecorder{}
	_, addr, _ := testServer(t, func(c *Config) { c.Events = rec.add })

	c := dial(t, addr)
	_, in, out := quizSession(t, c)
	out.waitFor(t, "10 to 12 questions")
	write(t, in, "\r")
	out.waitFor(t, "Question 1 of")
	write(t, in, "2")
	out.waitFor(t, "Question 2 of")
	c.Close() // the connection drops
	rec.waitKinds(t, "started answered:lifestyle abandoned:dress_code")

	c = dial(t, addr)
	_, in, out = quizSession(t, c)
	out.waitFor(t, "10 to 12 questions")
	write(t, in, "\r")
	out.waitFor(t, "Question 1 of")
	in.Close() // the client's input ends
	rec.waitKinds(t, "started answered:lifestyle abandoned:dress_code started abandoned:lifestyle")

	c = dial(t, addr)
	sess, in, out := quizSession(t, c)
	out.waitFor(t, "10 to 12 questions")
	write(t, in, "\r")
	for i, key := range strings.Fields("2 1 1 2 0 2 1 1 1 2") { // no follow-ups, no health
		out.waitFor(t, fmt.Sprintf("Question %d of 10", i+1))
		if key == "0" {
			key = "\r"
		}
		write(t, in, key)
	}
	out.waitFor(t, "Your recommendation")
	write(t, in, "q")
	_ = sess.Wait()
	rec.waitKinds(t, "started answered:lifestyle abandoned:dress_code started abandoned:lifestyle started finished "+
		"answered:lifestyle answered:dress_code answered:machinery answered:allergy answered:health answered:age answered:sleep answered:removal answered:style answered:needles")
}
