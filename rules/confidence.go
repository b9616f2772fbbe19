package rules

// Confidence says how sure a recommendation is, from the scores alone.
type Confidence string

// The confidence levels, from least to most sure.
const (
	// ConfidenceNone: every type is ruled out, so there is no pick.
	ConfidenceNone Confidence = "none"
	// ConfidenceWeak: the best score is under WeakBelow.
	ConfidenceWeak Confidence = "weak"
	// ConfidenceClose: the runner-up is open and within CloseWithin points
	// of the pick (ties included).
	ConfidenceClose Confidence = "close"
	// ConfidenceClear: the pick is well ahead with a good score.
	ConfidenceClear Confidence = "clear"
)

// Thresholds of the confidence levels.
const (
	// WeakBelow is the score a pick must reach not to be a weak fit.
	WeakBelow = 50
	// CloseWithin is how many points behind the pick a runner-up may be for
	// the two to count as close.
	CloseWithin = 10
)

// confidenceOf rates a ranking (best first, ruled-out types last). The
// levels are checked in order: none, weak, close, clear.
func confidenceOf(rk []Ranked) Confidence {
	switch {
	case len(rk) == 0 || rk[0].Excluded:
		return ConfidenceNone
	case rk[0].Score < WeakBelow:
		return ConfidenceWeak
	case len(rk) > 1 && !rk[1].Excluded && rk[0].Score-rk[1].Score <= CloseWithin:
		return ConfidenceClose
	}
	return ConfidenceClear
}
