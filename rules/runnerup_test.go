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
func TestRunnerUpAdvice(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range answerSpace(t) {
		run := c.rec.RunnerUp
		if (run != nil) != (c.rec.Confidence == rules.ConfidenceClose) {
			t.Fatalf("%v: confidence %s, runner-up advice %v", c.answers, c.rec.Confidence, run)
		}
		js, err := json.Marshal(c.rec)
		if err != nil {
			t.Fatal(err)
		}
		var out struct {
			RunnerUp *struct {
				Type string `json:"type"`
			} `json:"runner_up"`
		}
		if err := json.Unmarshal(js, &out); err != nil {
			t.Fatal(err)
		}
		if run == nil {
			if out.RunnerUp != nil {
				t.Fatalf("%v: JSON runner_up %v for a %s result", c.answers, out.RunnerUp, c.rec.Confidence)
			}
			continue
		}
		if run.Type != c.rec.Ranking[1].Type || out.RunnerUp == nil || out.RunnerUp.Type != run.Type {
			t.Fatalf("%v: runner-up advice for %s (JSON %v), runner-up is %s", c.answers, run.Type, out.RunnerUp, c.rec.Ranking[1].Type)
		}
		seen[run.Type] = true
		rec, avoid := metalIDs(run.Metals.Recommended), metalIDs(run.Metals.Avoid)
		switch {
		case run.Type == "tattoo-jewelry":
			if len(rec)+len(avoid) > 0 || !strings.Contains(run.Scans, "radiographer") {
				t.Fatalf("%v: tattoo jewelry as runner-up got metals %v / %v, scans %q", c.answers, rec, avoid, run.Scans)
			}
		case slices.Contains(bodyJewelry, run.Type):
			for _, id := range rec {
				if !slices.Contains(appMetals, id) {
					t.Fatalf("%v: %s recommended for %s as runner-up", c.answers, id, run.Type)
				}
			}
			for _, id := range neverInABody {
				if !slices.Contains(avoid, id) {
					t.Fatalf("%v: %s not avoided for %s as runner-up", c.answers, id, run.Type)
				}
			}
		case slices.Contains(weldedTypes, run.Type):
			if !strings.Contains(run.Scans, "jump ring") {
				t.Fatalf("%v: welded runner-up %s has scans %q", c.answers, run.Type, run.Scans)
			}
		}
		if len(run.Ask) == 0 {
			t.Fatalf("%v: no questions for the runner-up %s", c.answers, run.Type)
		}
	}
	for _, ty := range []string{"tattoo-jewelry", "welded-necklace"} {
		if !seen[ty] {
			t.Errorf("no close result has %s as runner-up: the test checks less than it says", ty)
		}
	}
}
