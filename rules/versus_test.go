package rules_test

import (
	"strings"
	"testing"
)

// The line on why the pick beat the runner-up names an answer as the main
// reason only when that answer set them further apart than their starting
// scores did; otherwise it says the starting score counted most.
func TestVersusNamesWhatCountedMost(t *testing.T) {
	rb := defaultRulebook(t)
	counts := map[string]int{}
	for _, c := range answerSpace(t) {
		rk := c.rec.Ranking
		if c.rec.Pick == "" || rk[1].Excluded || rk[0].Score == rk[1].Score {
			continue
		}
		best := 0
		for _, q := range rb.Bank() {
			best = max(best, sumPoints(rk[0], q.ID)-sumPoints(rk[1], q.ID))
		}
		base := rk[0].Base - rk[1].Base
		v := c.rec.Versus
		switch {
		case strings.Contains(v, "mostly because it suits more people to begin with, and also because"):
			counts["start"]++
			if best == 0 || base < best {
				t.Fatalf("%v: %q credits the starting score, but an answer gap of %d beats the base gap %d", c.answers, v, best, base)
			}
		case strings.Contains(v, "none of your answers changed that"):
			counts["base"]++
			if best != 0 {
				t.Fatalf("%v: %q, but an answer set them %d apart", c.answers, v, best)
			}
		case strings.Contains(v, "mostly because"):
			counts["answer"]++
			if best <= base {
				t.Fatalf("%v: %q credits an answer (gap %d), but the starting scores were %d apart", c.answers, v, best, base)
			}
		default:
			t.Fatalf("%v: unexpected versus %q", c.answers, v)
		}
	}
	for _, k := range []string{"start", "answer"} {
		if counts[k] == 0 {
			t.Errorf("no result used the %q sentence: the test checks less than it says", k)
		}
	}
}
