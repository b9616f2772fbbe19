package rules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDistribution prints, over the whole answer space, the share of each
// pick and each confidence level, overall, by style and for customers with
// no health condition; run it with
//
//	go test ./rules -run TestDistribution -v
//
// It fails only if the counts do not add up to the answer space.
var _ = everySet("TestDistribution", func(c spaceCase, notes map[string]int) string {
	pick, conf := pickOf(c), string(c.rec.Confidence)
	groups := []string{"all", "style=" + c.answers["style"]}
	if c.answers["health"] == "" {
		groups = append(groups, "health=[]")
	}
	for _, g := range groups {
		notes[g+"\x00pick\x00"+pick]++
		notes[g+"\x00confidence\x00"+conf]++
	}
	return ""
})

func TestDistribution(t *testing.T) {
	notes := checked(t, "TestDistribution")
	for _, g := range []string{"all", "style=subtle", "style=statement", "health=[]"} {
		for _, what := range []string{"pick", "confidence"} {
			counts, n := map[string]int{}, 0
			for k, v := range notes {
				parts := strings.Split(k, "\x00")
				if parts[0] == g && parts[1] == what {
					counts[parts[2]] += v
					n += v
				}
			}
			title := what
			if g != "all" {
				title += ", " + g
			}
			t.Log(table(title, counts, n))
			if g == "all" && n != space.size {
				t.Fatalf("%s: counted %d of %d answer sets", title, n, space.size)
			}
		}
	}
}

func pickOf(c spaceCase) string {
	if c.rec.Pick == "" {
		return "(none)"
	}
	return c.rec.Pick
}

// table renders counts as a Markdown table with shares of n.
func table(title string, counts map[string]int, n int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "\n| %s (%d sets) | sets | share |\n|---|---:|---:|\n", title, n)
	for _, k := range keys {
		fmt.Fprintf(&b, "| %s | %d | %.1f%% |\n", k, counts[k], 100*float64(counts[k])/float64(n))
	}
	return b.String()
}
