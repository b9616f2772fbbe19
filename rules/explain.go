package rules

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// describe fills in a ranked type's reasons, cautions and exclusion reason
// from its trace, in the customer's own words; said holds the sentence of
// each step of the trace (see Sentence).
func (rb *Rulebook) describe(r *Ranked, t Type, said []string) {
	var good, bad, out int
	for _, s := range r.Trace {
		switch {
		case s.Excludes:
			out++
		case s.Points > 0:
			good++
		case s.Points < 0:
			bad++
		}
	}
	// Strongest first; the trace is in question order, so ties keep it.
	order := make([]int, 0, len(r.Trace))
	for i, s := range r.Trace {
		if !s.Excludes && s.Points != 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := r.Trace[i].Points, r.Trace[j].Points
		if (a > 0) != (b > 0) {
			return b - a // reasons before cautions
		}
		if a > 0 {
			return b - a
		}
		return a - b
	})
	r.Reasons = make([]string, 0, good)
	r.Cautions = make([]string, 0, bad+len(t.Cautions))
	for _, i := range order {
		if r.Trace[i].Points > 0 {
			r.Reasons = append(r.Reasons, said[i])
		} else {
			r.Cautions = append(r.Cautions, said[i])
		}
	}
	r.Cautions = append(r.Cautions, t.Cautions...)
	if out == 0 {
		r.ExcludedBecause = ""
		return
	}
	because := make([]string, 0, out)
	for i, s := range r.Trace {
		if s.Excludes {
			because = append(because, said[i])
		}
	}
	r.ExcludedBecause = strings.Join(because, " ")
}

// Sentence explains one step in the customer's words: "You work with tools
// or machines every day, so a chain on the wrist can catch in moving parts."
func (rb *Rulebook) Sentence(s Step) string { return rb.compose(s) }

// compose puts a step's sentence together: the answer in the customer's
// words and the step's reason, joined by the rulebook's reason template
// ("{answer}, so {because}." in English, a translation's own otherwise).
func (rb *Rulebook) compose(s Step) string {
	tpl := rb.reason
	if tpl == "" {
		tpl = reasonEnglish
	}
	return capitalize(fill(tpl, "answer", rb.Answers[s.Question][s.Answer], "because", strings.TrimSuffix(strings.TrimSpace(s.Because), ".")))
}

// explain writes the recommendation's confidence and the summary that leads
// with it, the line on the runner-up, the metal advice and the consultation
// questions.
func (rb *Rulebook) explain(rec *Recommendation) {
	rec.Confidence = confidenceOf(rec.Ranking)
	rec.Summary = rb.lead(rec)
	if rec.Confidence != ConfidenceNone {
		pick := &rec.Ranking[0]
		rec.Pick = pick.Type
		if len(pick.Reasons) == 0 {
			pick.Reasons = []string{rb.noReason(rec)}
		}
		rec.Versus = rb.versus(rec)
	}
	advice := rb.adviceFor(rec.Pick, rec.Answers)
	rec.Metals, rec.Ask, rec.Scans, rec.Fit = advice.Metals, advice.Ask, advice.Scans, advice.Fit
	if rec.Confidence == ConfidenceClose {
		run := rb.adviceFor(rec.Ranking[1].Type, rec.Answers)
		rec.RunnerUp = &run
	}
}

// adviceFor is the advice that belongs to a type for these answers: its
// metal advice, its questions and the rulebook's for every type, its scan
// note and its fit. With no type (no pick) only the questions for every type.
func (rb *Rulebook) adviceFor(typeID string, a quiz.Answers) TypeAdvice {
	t, _ := rb.Type(typeID)
	return TypeAdvice{
		Type: t.ID, Name: t.Name,
		Metals: rb.metalAdvice(typeID, a[rb.MetalAdvice.Question]),
		Ask:    append(append([]string(nil), t.Ask...), rb.Ask...),
		Scans:  t.Scans,
		Fit:    t.Fit,
	}
}

// versus says why the pick came ahead of the runner-up: the answer whose
// effects separate the two the most.
func (rb *Rulebook) versus(rec *Recommendation) string {
	tpl := rb.Explain
	pick := rec.Ranking[0]
	if len(rec.Ranking) < 2 || rec.Ranking[1].Excluded {
		return fill(tpl.Only, "pick", pick.Name)
	}
	run := rec.Ranking[1]
	if pick.Score == run.Score {
		return fill(tpl.Tie, "pick", pick.Name, "runner", run.Name, "score", strconv.Itoa(pick.Score))
	}
	bestQ, bestVal, bestGap := "", "", 0
	for _, q := range rb.bank {
		for _, val := range q.Values() {
			if gap := pointsFor(pick.Trace, q.ID, val) - pointsFor(run.Trace, q.ID, val); gap > bestGap {
				bestQ, bestVal, bestGap = q.ID, val, gap
			}
		}
	}
	args := []string{"pick", pick.Name, "score", strconv.Itoa(pick.Score), "runner", run.Name, "runner_score", strconv.Itoa(run.Score)}
	if bestQ == "" {
		return fill(tpl.VersusBase, args...)
	}
	answer := rb.Answers[bestQ][bestVal]
	if pick.Base-run.Base >= bestGap {
		// The starting scores set them further apart than any answer did.
		return fill(tpl.VersusStart, append(args, "answer", answer)...)
	}
	return fill(tpl.Versus, append(args, "answer", answer)...)
}

// pointsFor sums the points one answer value gave in a trace.
func pointsFor(trace []Step, question, value string) int {
	sum := 0
	for _, s := range trace {
		if s.Question == question && s.Answer == value {
			sum += s.Points
		}
	}
	return sum
}

func (rb *Rulebook) metalList(ids []string) []Metal {
	out := make([]Metal, 0, len(ids))
	for _, id := range ids {
		if m, ok := rb.Metal(id); ok {
			out = append(out, m)
		}
	}
	return out
}

// fill replaces {name} placeholders with values given as name, value pairs;
// an unknown name is left as it is (the loader rejects those).
func fill(tpl string, pairs ...string) string {
	var b strings.Builder
	b.Grow(len(tpl) + 64)
	for {
		open := strings.IndexByte(tpl, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(tpl[open:], '}')
		if end < 0 {
			break
		}
		name, value, found := tpl[open+1:open+end], "", false
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i] == name {
				value, found = pairs[i+1], true
				break
			}
		}
		b.WriteString(tpl[:open])
		if found {
			b.WriteString(value)
		} else {
			b.WriteString(tpl[open : open+end+1])
		}
		tpl = tpl[open+end+1:]
	}
	b.WriteString(tpl)
	return b.String()
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
