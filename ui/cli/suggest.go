package cli

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// suggest is the candidate closest to typed, for a "did you mean", or ""
// when none is close: within two edits, or beginning with what was typed.
func suggest(typed string, candidates []string) string {
	if typed == "" || len(typed) > 64 {
		return ""
	}
	best, bestD := "", 3
	for _, c := range candidates {
		d := levenshtein.ComputeDistance(typed, c)
		if len(typed) >= 3 && strings.HasPrefix(c, typed) {
			d = 1
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// didYouMean is " (did you mean X?)" for the candidate closest to typed,
// or "" when none is close.
func didYouMean(typed string, candidates []string) string {
	if s := suggest(typed, candidates); s != "" {
		return " (did you mean " + s + "?)"
	}
	return ""
}
