package rules_test

import (
	"encoding/json"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// fitRulebook is the embedded rulebook, whose types the fit is checked
// against.
var fitRulebook = func() *rules.Rulebook {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return rb
}()

// TestFitFollowsTheType: the pick, and the runner-up of a close result,
// carry their own type's fit advice, and so does the JSON (checked once
// per pick and runner-up on each goroutine); with no pick there is none,
// and the JSON's fit is null.
var _ = everySet("TestFitFollowsTheType", func(c spaceCase, seen map[string]int) string {
	rb := fitRulebook
	want := rules.Fit{}
	if t, ok := rb.Type(c.rec.Pick); ok {
		want = t.Fit
	}
	if c.rec.Fit != want || c.rec.PickAdvice().Fit != want {
		return failf("%v: pick %q has fit %+v, want %+v", c.answers, c.rec.Pick, c.rec.Fit, want)
	}
	var runFit rules.Fit
	key := "json " + c.rec.Pick
	if run := c.rec.RunnerUp; run != nil {
		t, _ := rb.Type(run.Type)
		if runFit = t.Fit; run.Fit != runFit {
			return failf("%v: runner-up %s has fit %+v, want %+v", c.answers, run.Type, run.Fit, runFit)
		}
		key += " " + run.Type
	}
	if seen[key] > 0 {
		return ""
	}
	seen[key]++
	seen[c.rec.Pick]++
	js, err := json.Marshal(c.rec)
	if err != nil {
		return err.Error()
	}
	var out struct {
		Fit      *rules.Fit `json:"fit"`
		RunnerUp *struct {
			Fit rules.Fit `json:"fit"`
		} `json:"runner_up"`
	}
	if err := json.Unmarshal(js, &out); err != nil {
		return err.Error()
	}
	switch {
	case c.rec.Pick == "" && out.Fit != nil:
		return failf("%v: no pick, JSON fit %+v, want null", c.answers, out.Fit)
	case c.rec.Pick != "" && (out.Fit == nil || *out.Fit != want):
		return failf("%v: JSON fit %+v, want %+v", c.answers, out.Fit, want)
	case out.RunnerUp != nil && out.RunnerUp.Fit != runFit:
		return failf("%v: JSON runner_up fit %+v, want %+v", c.answers, out.RunnerUp.Fit, runFit)
	}
	return ""
})

func TestFitFollowsTheType(t *testing.T) {
	seen := checked(t, "TestFitFollowsTheType")
	for _, ty := range []string{"", "welded-anklet", "tattoo-jewelry"} {
		if seen[ty] == 0 {
			t.Errorf("no answer set picks %q: the test checks less than it says", ty)
		}
	}
}
