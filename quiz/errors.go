package quiz

import (
	"fmt"
	"strings"
)

// Problem says what is wrong with one answer.
type Problem int

// The problems an answer can have.
const (
	ProblemUnknownQuestion Problem = iota + 1
	ProblemUnknownValue
	ProblemMissing
	ProblemWrongType
	ProblemDuplicate
)

// AnswerError names one problem with one answer: the question, the value
// given (if any) and the values that would have been allowed.
type AnswerError struct {
	Question string
	Value    string
	// Got describes a value of the wrong JSON type, such as "number 3".
	Got     string
	Problem Problem
	Allowed []string
}

func (e *AnswerError) Error() string {
	allowed := strings.Join(e.Allowed, ", ")
	switch e.Problem {
	case ProblemUnknownQuestion:
		return fmt.Sprintf("unknown question %s%s (questions are: %s)", Quote(e.Question), suggest(e.Question, e.Allowed), allowed)
	case ProblemUnknownValue:
		return fmt.Sprintf("question %s: unknown answer %s%s (allowed: %s)", Quote(e.Question), Quote(e.Value), suggest(e.Value, e.Allowed), allowed)
	case ProblemMissing:
		return fmt.Sprintf("question %s: no answer given (allowed: %s)", Quote(e.Question), allowed)
	case ProblemWrongType:
		return fmt.Sprintf("question %s: the answer must be a string, got %s (allowed: %s)", Quote(e.Question), e.Got, allowed)
	case ProblemDuplicate:
		return fmt.Sprintf("question %s: answered twice (allowed: %s)", Quote(e.Question), allowed)
	}
	return fmt.Sprintf("question %s: invalid answer %s", Quote(e.Question), Quote(e.Value))
}

// AnswerErrors is every problem found in one set of answers.
type AnswerErrors []*AnswerError

func (es AnswerErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems:", len(es))
	for _, e := range es {
		b.WriteString("\n  - " + e.Error())
	}
	return b.String()
}

// Unwrap lets errors.As find each *AnswerError.
func (es AnswerErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// suggest returns ` (did you mean "x"?)` when one allowed word is close to got.
func suggest(got string, allowed []string) string {
	best, bestDist := "", 3
	for _, a := range allowed {
		if d := distance(strings.ToLower(got), a); d < bestDist {
			best, bestDist = a, d
		}
	}
	if best == "" || best == got {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the Levenshtein edit distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
