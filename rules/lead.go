package rules

import "strconv"

// lead is the sentence a recommendation opens with, saying what its
// confidence means: the pick, the two close matches and what tells them
// apart, a weak fit, or that every type is ruled out.
func (rb *Rulebook) lead(rec *Recommendation) string {
	tpl := rb.Explain
	if rec.Confidence == ConfidenceNone {
		return tpl.NoPick
	}
	pick := rec.Ranking[0]
	score := strconv.Itoa(pick.Score)
	t, _ := rb.Type(pick.Type)
	switch {
	case rec.Open() == 1 && rec.Confidence == ConfidenceWeak:
		return fill(tpl.SingleWeak, "pick", pick.Name, "score", score)
	case rec.Open() == 1:
		return fill(tpl.Single, "pick", pick.Name, "score", score, "summary", t.Summary)
	}
	switch rec.Confidence {
	case ConfidenceWeak:
		return fill(tpl.Weak, "pick", pick.Name, "score", score)
	case ConfidenceClose:
		run := rec.Ranking[1]
		args := []string{"pick", pick.Name, "score", score, "runner", run.Name, "runner_score", strconv.Itoa(run.Score)}
		q, val, favoured := rb.separating(rec.Ranking[0], run)
		if q == "" {
			return fill(tpl.CloseBase, args...)
		}
		return fill(tpl.Close, append(args, "answer", rb.Answers[q][val], "favoured", favoured)...)
	}
	return fill(tpl.Summary, "pick", pick.Name, "score", score, "summary", t.Summary)
}

// separating finds the answer whose effects tell two types apart the most,
// either way, and the name of the type it favours; the first such answer
// in the bank wins a tie. For a many question each value counts on its own.
// It returns "" when no answer moves them apart.
func (rb *Rulebook) separating(a, b Ranked) (question, value, favoured string) {
	best := 0
	for _, q := range rb.bank {
		for _, val := range q.Values() {
			gap := pointsFor(a.Trace, q.ID, val) - pointsFor(b.Trace, q.ID, val)
			switch {
			case gap > best:
				question, value, favoured, best = q.ID, val, a.Name, gap
			case -gap > best:
				question, value, favoured, best = q.ID, val, b.Name, -gap
			}
		}
	}
	return question, value, favoured
}

// noReason stands in for the pick's reasons when no answer of the
// customer's counts for it, counting only the types that were compared,
// that is, not ruled out.
func (rb *Rulebook) noReason(rec *Recommendation) string {
	name := rec.Ranking[0].Name
	if open := rec.Open(); open > 1 {
		return fill(rb.Explain.NoReason, "pick", name, "count", strconv.Itoa(open))
	}
	return fill(rb.Explain.NoReasonOnly, "pick", name)
}
