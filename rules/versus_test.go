package rules_test

import (
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// The line on why the pick beat the runner-up names an answer as the main
// reason only when that answer set them further apart than their starting
// scores did; otherwise it says the starting score counted most.
var versusCheck = func() spaceCheck {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return func(c spaceCase, counts map[string]int) string {
		rk := c.rec.Ranking
		if c.rec.Pick == "" || rk[1].Excluded || rk[0].Score == rk[1].Score {
			return ""
		}
		// Each value of a many answer counts on its own.
		best := 0
		for _, q := range rb.Bank() {
			for _, v := range c.answers.Values(q.ID) {
				best = max(best, valuePoints(rk[0], q.ID, v)-valuePoints(rk[1], q.ID, v))
			}
		}
		base := rk[0].Base - rk[1].Base
		v := c.rec.Versus
		switch {
		case strings.Contains(v, "mostly because it suits more people to begin with, and also because"):
			counts["start"]++
			if best == 0 || base < best {
				return failf("%v: %q credits the starting score, but an answer gap of %d beats the base gap %d", c.answers, v, best, base)
			}
		case strings.Contains(v, "none of your answers changed that"):
			counts["base"]++
			if best != 0 {
				return failf("%v: %q, but an answer set them %d apart", c.answers, v, best)
			}
		case strings.Contains(v, "mostly because"):
			counts["answer"]++
			if best <= base {
				return failf("%v: %q credits an answer (gap %d), but the starting scores were %d apart", c.answers, v, best, base)
			}
		default:
			return failf("%v: unexpected versus %q", c.answers, v)
		}
		return ""
	}
}()

var _ = everySet("TestVersusNamesWhatCountedMost", versusCheck)

func TestVersusNamesWhatCountedMost(t *testing.T) {
	counts := checked(t, "TestVersusNamesWhatCountedMost")
	for _, k := range []string{"start", "answer"} {
		if counts[k] == 0 {
			t.Errorf("no result used the %q sentence: the test checks less than it says", k)
		}
	}
}
