package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// Recommendation is the engine's answer for one set of answers.
type Recommendation struct {
	// Pick is the best type's id, or "" when every type is ruled out.
	Pick string
	// Confidence says how sure the pick is: none, weak, close or clear.
	Confidence Confidence
	// Ranking holds every type, best first; ruled-out types come last.
	Ranking []Ranked
	// Metals is the metal advice for the pick and the customer's answers.
	Metals MetalReport
	// Summary leads the explanation and says what the confidence means: the
	// pick for a clear result, the two close matches, a weak fit, or that
	// every type is ruled out.
	Summary string
	// Versus says why the pick beat the runner-up ("" when there is none).
	Versus string
	// Ask lists questions to bring to the consultation about the pick.
	Ask []string
	// Scans says what happens to the pick for an MRI or surgery.
	Scans string
	// Fit says how the pick should sit.
	Fit Fit
	// Flags are what the answers must tell the customer and the staff
	// before any pick, in rulebook order.
	Flags []RaisedFlag
	// RunnerUp is the advice for the runner-up of a close result, shown as
	// the pick's equal; nil for any other result.
	RunnerUp *TypeAdvice
	// Answers are the answers the recommendation was made from.
	Answers quiz.Answers
	// RulebookVersion is the version of the rulebook that made it.
	RulebookVersion string
}

// Open counts the types that are not ruled out.
func (r Recommendation) Open() int {
	n := 0
	for _, t := range r.Ranking {
		if !t.Excluded {
			n++
		}
	}
	return n
}

// PickAdvice is the pick's advice as a TypeAdvice, the shape the
// runner-up's comes in.
func (r Recommendation) PickAdvice() TypeAdvice {
	a := TypeAdvice{Type: r.Pick, Metals: r.Metals, Ask: r.Ask, Scans: r.Scans, Fit: r.Fit}
	if r.Pick != "" {
		a.Name = r.Ranking[0].Name
	}
	return a
}

// TypeAdvice is the advice that belongs to one type: its metals for the
// customer's answers, what to ask about it, what happens to it for an MRI
// or surgery, and how it should sit.
type TypeAdvice struct {
	Type   string
	Name   string
	Metals MetalReport
	Ask    []string
	Scans  string
	Fit    Fit
}

// Ranked is one type's place in a recommendation.
type Ranked struct {
	Type string
	Name string
	// Summary is the type's one-sentence description from the rulebook.
	Summary string
	// Base is the type's starting score; Base plus the points of the Trace
	// is Score for every type that is not excluded.
	Base  int
	Score int
	// Excluded types are ruled out by an answer; their score is 0.
	Excluded        bool
	ExcludedBecause string
	Reasons         []string
	Cautions        []string
	// Trace lists every answer that moved the score or ruled the type out.
	Trace []Step
}

// Step is one answer's effect on one type's score.
type Step struct {
	Question string
	Answer   string
	// Points is the change to the score (0 for an exclusion).
	Points   int
	Excludes bool
	Because  string
}

// Recommend scores every type for the answers and explains the result. The
// answers must be valid for the bank: complete, with follow-ups exactly where
// they are asked, in the bank's vocabulary.
func (rb *Rulebook) Recommend(a quiz.Answers) (Recommendation, error) {
	choice, ok := rb.choices(a)
	if !ok {
		if err := a.Validate(rb.bank); err != nil {
			return Recommendation{}, fmt.Errorf("answers: %w", err)
		}
		return Recommendation{}, fmt.Errorf("answers: not a valid set of answers: %v", a)
	}
	ranking := make([]Ranked, len(rb.Types))
	for ti := range rb.Types {
		ranking[ti] = rb.rank(ti, choice)
	}
	order := make([]int, len(ranking))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := ranking[order[i]], ranking[order[j]]
		if a.Excluded != b.Excluded {
			return !a.Excluded
		}
		return a.Score > b.Score
	})
	sorted := make([]Ranked, len(ranking))
	for i, ti := range order {
		sorted[i] = ranking[ti]
	}
	rec := Recommendation{Ranking: sorted, Answers: a.Clone(), RulebookVersion: rb.Version, Flags: rb.raised(a)}
	rb.explain(&rec)
	return rec, nil
}

// choices turns the answers into one bit mask per question of the options
// chosen (none for a follow-up that is not asked, any number for a many
// question), and reports whether the answers are valid for the bank.
func (rb *Rulebook) choices(a quiz.Answers) ([]uint32, bool) {
	choice := make([]uint32, len(rb.bank))
	answered := 0
	for qi, q := range rb.bank {
		v, given := a[q.ID]
		if given != q.Asked(a) {
			return nil, false
		}
		if !given {
			continue
		}
		answered++
		if !q.Many() {
			oi, ok := rb.valueIdx[qi][v]
			if !ok {
				return nil, false
			}
			choice[qi] = 1 << oi
			continue
		}
		if v == "" {
			continue
		}
		for part := range strings.SplitSeq(v, ",") {
			oi, ok := rb.valueIdx[qi][part]
			if !ok || choice[qi]&(1<<oi) != 0 {
				return nil, false
			}
			choice[qi] |= 1 << oi
		}
	}
	return choice, answered == len(a)
}

// raised lists the flags the answers raise, in rulebook order.
func (rb *Rulebook) raised(a quiz.Answers) []RaisedFlag {
	var out []RaisedFlag
	for _, f := range rb.Flags {
		if f.When.Holds(a) {
			out = append(out, RaisedFlag{ID: f.ID, Text: f.Text})
		}
	}
	return out
}

// RaisedFlag is a flag one customer's answers raise.
type RaisedFlag struct {
	ID   string
	Text string
}

// rank scores type ti for the chosen options and writes its explanation.
func (rb *Rulebook) rank(ti int, choice []uint32) Ranked {
	t := rb.Types[ti]
	r := Ranked{Type: t.ID, Name: t.Name, Summary: t.Summary, Base: *t.Base, Score: *t.Base}
	n := 0
	for qi, mask := range choice {
		for oi := range rb.table[ti][qi] {
			if mask&(1<<oi) != 0 {
				n += len(rb.table[ti][qi][oi].effects)
			}
		}
	}
	r.Trace = make([]Step, 0, n)
	said := make([]string, 0, n) // each step's sentence
	for qi, mask := range choice {
		for oi, c := range rb.table[ti][qi] {
			if mask&(1<<oi) == 0 {
				continue
			}
			r.Score += c.points
			r.Excluded = r.Excluded || c.excluded
			for _, ei := range c.effects {
				e := t.Effects[ei]
				s := Step{Question: rb.bank[qi].ID, Answer: rb.bank[qi].Options[oi].Value, Excludes: e.Exclude, Because: e.Because}
				if e.Points != nil {
					s.Points = *e.Points
				}
				r.Trace = append(r.Trace, s)
				said = append(said, rb.said[ti][ei])
			}
		}
	}
	if r.Excluded {
		r.Score = 0
	}
	rb.describe(&r, t, said)
	return r
}
