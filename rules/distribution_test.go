package rules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDistribution prints, over the whole answer space, the share of each
// pick and each confidence level, overall and by style; run it with
//
//	go test ./rules -run TestDistribution -v
//
// It fails only if the counts do not add up to the answer space.
func TestDistribution(t *testing.T) {
	cases := answerSpace(t)
	tables := []struct {
		title string
		key   func(spaceCase) string
		keep  func(spaceCase) bool
	}{
		{"pick", pickOf, nil},
		{"pick, style=subtle", pickOf, func(c spaceCase) bool { return c.answers["style"] == "subtle" }},
		{"pick, style=statement", pickOf, func(c spaceCase) bool { return c.answers["style"] == "statement" }},
		{"confidence", func(c spaceCase) string { return string(c.rec.Confidence) }, nil},
	}
	for _, tb := range tables {
		counts, n := map[string]int{}, 0
		for _, c := range cases {
			if tb.keep == nil || tb.keep(c) {
				counts[tb.key(c)]++
				n++
			}
		}
		t.Log(table(tb.title, counts, n))
		if tb.keep == nil && n != len(cases) {
			t.Fatalf("%s: counted %d of %d answer sets", tb.title, n, len(cases))
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
