package quiz

import (
	"fmt"
	"strings"

	"github.com/agnivade/levenshtein"
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
	// ProblemNotAsked is an answer to a follow-up whose condition does not hold.
	ProblemNotAsked
	// ProblemRepeated is a value given twice in a many answer.
	ProblemRepeated
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
	// Kind is the question's kind, which decides the JSON type expected.
	Kind Kind
	// Cond is the question's ask_if, for a follow-up; Given is the answer
	// its earlier question has.
	Cond  *Condition
	Given string
}

func (e *AnswerError) Error() string {
	allowed := strings.Join(e.Allowed, ", ")
	switch e.Problem {
	case ProblemUnknownQuestion:
		return fmt.Sprintf("unknown question %s%s (questions are: %s)", Quote(e.Question), suggest(e.Question, e.Allowed), allowed)
	case ProblemUnknownValue:
		return fmt.Sprintf("question %s: unknown answer %s%s (allowed: %s)", Quote(e.Question), Quote(e.Value), suggest(e.Value, e.Allowed), allowed)
	case ProblemMissing:
		if e.Kind == KindMany {
			return fmt.Sprintf("question %s: no answer given; give a list of any of: %s ([] for none of them)", Quote(e.Question), allowed)
		}
		if e.Cond != nil {
			return fmt.Sprintf("question %s: no answer given; it is asked because %s is %s (allowed: %s)", Quote(e.Question), Quote(e.Cond.Question), Quote(e.Given), allowed)
		}
		return fmt.Sprintf("question %s: no answer given (allowed: %s)", Quote(e.Question), allowed)
	case ProblemWrongType:
		if e.Kind == KindMany {
			return fmt.Sprintf("question %s: the answer must be a list of strings, such as [] or [%q], got %s (allowed in it: %s)", Quote(e.Question), first(e.Allowed), e.Got, allowed)
		}
		return fmt.Sprintf("question %s: the answer must be a string, got %s (allowed: %s)", Quote(e.Question), e.Got, allowed)
	case ProblemDuplicate:
		return fmt.Sprintf("question %s: answered twice (allowed: %s)", Quote(e.Question), allowed)
	case ProblemNotAsked:
		if e.Cond == nil {
			return fmt.Sprintf("question %s: not asked, so it must not be answered", Quote(e.Question))
		}
		given := "unanswered"
		if e.Given != "" {
			given = Quote(e.Given)
		}
		return fmt.Sprintf("question %s is asked only when %s is %s, and it is %s: leave %s out", Quote(e.Question), Quote(e.Cond.Question), strings.Join(e.Cond.AnyOf, " or "), given, Quote(e.Question))
	case ProblemRepeated:
		return fmt.Sprintf("question %s: %s is given twice", Quote(e.Question), Quote(e.Value))
	}
	return fmt.Sprintf("question %s: invalid answer %s", Quote(e.Question), Quote(e.Value))
}

func first(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
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
		if d := levenshtein.ComputeDistance(strings.ToLower(got), a); d < bestDist {
			best, bestDist = a, d
		}
	}
	if best == "" || best == got {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
