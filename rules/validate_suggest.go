package rules

import (
	"fmt"

	"github.com/agnivade/levenshtein"
)

// suggest returns `: did you mean "x"?` when exactly one of known is close
// enough to got to be what was meant (a letter or two off), and "" when
// none is, or several are equally close.
func suggest(got string, known []string) string {
	if got == "" {
		return ""
	}
	limit := 2
	if len(got) <= 4 {
		limit = 1 // in short ids, two letters are a different word
	}
	best, bestDist, tied := "", limit+1, false
	for _, k := range known {
		if k == got {
			return ""
		}
		switch d := levenshtein.ComputeDistance(got, k); {
		case d < bestDist:
			best, bestDist, tied = k, d, false
		case d == bestDist:
			tied = true
		}
	}
	if best == "" || tied {
		return ""
	}
	return fmt.Sprintf(": did you mean %q?", best)
}
