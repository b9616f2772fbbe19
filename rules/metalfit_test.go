package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// TestMetalAdviceFitsThePick: over the whole answer space, the metals to
// choose are ones the pick comes in (when it comes in any of them), and a
// pick made of no metal says so in the note.
var metalFits = func() spaceCheck {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return func(c spaceCase, _ map[string]int) string {
		pick, ok := rb.Type(c.rec.Pick)
		if !ok {
			return ""
		}
		rec := metalIDs(c.rec.Metals.Recommended)
		if len(pick.Metals) == 0 {
			if !strings.HasPrefix(c.rec.Metals.Note, pick.MetalNote) || pick.MetalNote == "" {
				return failf("%v: %s is made of no metal, but the note is %q", c.answers, pick.ID, c.rec.Metals.Note)
			}
			return ""
		}
		for _, id := range rec {
			if !slices.Contains(pick.Metals, id) {
				return failf("%v: %s does not come in %s, yet it is recommended", c.answers, pick.ID, id)
			}
		}
		return ""
	}
}()

var _ = everySet("TestMetalAdviceFitsThePick", metalFits)

func TestMetalAdviceFitsThePick(t *testing.T) { checked(t, "TestMetalAdviceFitsThePick") }

// TestNoReasonIsTrue: when the pick has no reason of its own, the sentence
// that stands in must not claim that nothing counts against it.
var _ = everySet("TestNoReasonIsTrue", func(c spaceCase, _ map[string]int) string {
	pick := c.rec.Ranking[0]
	if pick.Excluded || len(pick.Reasons) != 1 {
		return ""
	}
	if strings.Contains(pick.Reasons[0], "counts against") && len(pick.Cautions) > 0 {
		for _, s := range pick.Trace {
			if s.Points < 0 {
				return failf("%v: %q, yet %s=%s counts against it", c.answers, pick.Reasons[0], s.Question, s.Answer)
			}
		}
	}
	return ""
})

func TestNoReasonIsTrue(t *testing.T) { checked(t, "TestNoReasonIsTrue") }
