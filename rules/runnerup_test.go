package rules_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// TestRunnerUpAdvice: a close result carries the runner-up's own advice,
// fit to its type as the pick's is to the pick, and only a close result
// does; the JSON says the same.
var _ = everySet("TestRunnerUpAdvice", func(c spaceCase, seen map[string]int) string {
	run := c.rec.RunnerUp
	if (run != nil) != (c.rec.Confidence == rules.ConfidenceClose) {
		return failf("%v: confidence %s, runner-up advice %v", c.answers, c.rec.Confidence, run)
	}
	// The JSON is checked once per confidence and runner-up type on each
	// goroutine: encoding 645,120 recommendations took a minute, and
	// what runner_up holds depends on nothing else.
	key := "json " + string(c.rec.Confidence)
	if run != nil {
		key += " " + run.Type
	}
	if seen[key] == 0 {
		seen[key]++
		if msg := runnerUpJSON(c); msg != "" {
			return msg
		}
	}
	if run == nil {
		return ""
	}
	if run.Type != c.rec.Ranking[1].Type {
		return failf("%v: runner-up advice for %s, runner-up is %s", c.answers, run.Type, c.rec.Ranking[1].Type)
	}
	seen[run.Type]++
	rec, avoid := metalIDs(run.Metals.Recommended), metalIDs(run.Metals.Avoid)
	switch {
	case run.Type == "tattoo-jewelry":
		if len(rec)+len(avoid) > 0 || !strings.Contains(run.Scans, "radiographer") {
			return failf("%v: tattoo jewelry as runner-up got metals %v / %v, scans %q", c.answers, rec, avoid, run.Scans)
		}
	case slices.Contains(bodyJewelry, run.Type):
		for _, id := range rec {
			if !slices.Contains(appMetals, id) {
				return failf("%v: %s recommended for %s as runner-up", c.answers, id, run.Type)
			}
		}
		for _, id := range neverInABody {
			if !slices.Contains(avoid, id) {
				return failf("%v: %s not avoided for %s as runner-up", c.answers, id, run.Type)
			}
		}
	case slices.Contains(weldedTypes, run.Type):
		if !strings.Contains(run.Scans, "jump ring") {
			return failf("%v: welded runner-up %s has scans %q", c.answers, run.Type, run.Scans)
		}
	}
	if len(run.Ask) == 0 {
		return failf("%v: no questions for the runner-up %s", c.answers, run.Type)
	}
	return ""
})

// runnerUpJSON checks that the JSON of a recommendation has the runner-up's
// advice exactly when the recommendation does.
func runnerUpJSON(c spaceCase) string {
	run := c.rec.RunnerUp
	js, err := json.Marshal(c.rec)
	if err != nil {
		return err.Error()
	}
	var out struct {
		RunnerUp *struct {
			Type string `json:"type"`
		} `json:"runner_up"`
	}
	if err := json.Unmarshal(js, &out); err != nil {
		return err.Error()
	}
	if (out.RunnerUp == nil) != (run == nil) || run != nil && out.RunnerUp.Type != run.Type {
		return failf("%v: JSON runner_up %v for a %s result with runner-up advice %v", c.answers, out.RunnerUp, c.rec.Confidence, run)
	}
	return ""
}

func TestRunnerUpAdvice(t *testing.T) {
	seen := checked(t, "TestRunnerUpAdvice")
	for _, ty := range []string{"tattoo-jewelry", "welded-necklace"} {
		if seen[ty] == 0 {
			t.Errorf("no close result has %s as runner-up: the test checks less than it says", ty)
		}
	}
}
