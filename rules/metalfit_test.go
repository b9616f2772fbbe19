package rules_test

import (
	"slices"
	"strings"
	"testing"
)

// TestMetalAdviceFitsThePick: over the whole answer space, the metals to
// choose are ones the pick comes in (when it comes in any of them), and a
// pick made of no metal says so in the note.
func TestMetalAdviceFitsThePick(t *testing.T) {
	rb := defaultRulebook(t)
	for _, c := range answerSpace(t) {
		pick, ok := rb.Type(c.rec.Pick)
		if !ok {
			continue
		}
		rec := metalIDs(c.rec.Metals.Recommended)
		if len(pick.Metals) == 0 {
			if !strings.HasPrefix(c.rec.Metals.Note, pick.MetalNote) || pick.MetalNote == "" {
				t.Fatalf("%v: %s is made of no metal, but the note is %q", c.answers, pick.ID, c.rec.Metals.Note)
			}
			continue
		}
		for _, id := range rec {
			if !slices.Contains(pick.Metals, id) {
				t.Fatalf("%v: %s does not come in %s, yet it is recommended", c.answers, pick.ID, id)
			}
		}
	}
}

// TestNoReasonIsTrue: when the pick has no reason of its own, the sentence
// that stands in must not claim that nothing counts against it.
func TestNoReasonIsTrue(t *testing.T) {
	for _, c := range answerSpace(t) {
		pick := c.rec.Ranking[0]
		if pick.Excluded || len(pick.Reasons) != 1 {
			continue
		}
		if strings.Contains(pick.Reasons[0], "counts against") && len(pick.Cautions) > 0 {
			for _, s := range pick.Trace {
				if s.Points < 0 {
					t.Fatalf("%v: %q, yet %s=%s counts against it", c.answers, pick.Reasons[0], s.Question, s.Answer)
				}
			}
		}
	}
}
