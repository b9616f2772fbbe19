package rules_test

import (
	"sync"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// defaultRulebook loads the embedded rulebook or stops the test.
func defaultRulebook(tb testing.TB) *rules.Rulebook {
	tb.Helper()
	rb, err := rules.Default()
	if err != nil {
		tb.Fatalf("the embedded rulebook does not load: %v", err)
	}
	return rb
}

// spaceCase is one answer set of the whole answer space and the default
// rulebook's recommendation for it.
type spaceCase struct {
	answers quiz.Answers
	rec     rules.Recommendation
}

var space struct {
	once  sync.Once
	cases []spaceCase
	byKey map[string]rules.Recommendation // by quiz.Answers.String()
	want  int                             // the bank's answer space size
	err   error
}

// answerSpace recommends every answer set of the bank once per test binary.
func answerSpace(tb testing.TB) []spaceCase {
	tb.Helper()
	space.once.Do(func() {
		rb, err := rules.Default()
		if err != nil {
			space.err = err
			return
		}
		space.byKey = map[string]rules.Recommendation{}
		space.want = quiz.SpaceSize(rb.Bank())
		for a := range quiz.Space(rb.Bank()) {
			rec, err := rb.Recommend(a)
			if err != nil {
				space.err = err
				return
			}
			space.cases = append(space.cases, spaceCase{a, rec})
			space.byKey[a.String()] = rec
		}
	})
	if space.err != nil {
		tb.Fatalf("recommending for the answer space: %v", space.err)
	}
	// Checked against the size computed with the space: loading the
	// rulebook here, on every call, made TestPreferences take 40 s.
	if len(space.cases) != space.want {
		tb.Fatalf("answer space has %d sets, want %d", len(space.cases), space.want)
	}
	return space.cases
}

// recommendation returns the default rulebook's recommendation for a
// complete answer set, from the answer space.
func recommendation(tb testing.TB, a quiz.Answers) rules.Recommendation {
	tb.Helper()
	answerSpace(tb)
	rec, ok := space.byKey[a.String()]
	if !ok {
		tb.Fatalf("%v is not in the answer space", a)
	}
	return rec
}

// typeIndex maps each type id to its place in the rulebook.
func typeIndex(rb *rules.Rulebook) map[string]int {
	idx := make(map[string]int, len(rb.Types))
	for i, t := range rb.Types {
		idx[t.ID] = i
	}
	return idx
}

// ranked finds a type in a recommendation's ranking.
func ranked(rec rules.Recommendation, id string) (rules.Ranked, bool) {
	for _, r := range rec.Ranking {
		if r.Type == id {
			return r, true
		}
	}
	return rules.Ranked{}, false
}
