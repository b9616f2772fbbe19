package quiz

import (
	"iter"
	"sort"
	"strings"
)

// Answers maps a question id to the chosen answer value.
type Answers map[string]string

// Clone returns a copy that shares nothing with a.
func (a Answers) Clone() Answers {
	c := make(Answers, len(a))
	for k, v := range a {
		c[k] = v
	}
	return c
}

// Validate reports every problem with a against the bank: unknown questions,
// unknown values and missing answers, as one error joining *AnswerError values.
func (a Answers) Validate(bank []Question) error {
	var errs AnswerErrors
	for _, q := range bank {
		v, ok := a[q.ID]
		switch {
		case !ok:
			errs = append(errs, &AnswerError{Question: q.ID, Problem: ProblemMissing, Allowed: q.Values()})
		case !contains(q.Values(), v):
			errs = append(errs, &AnswerError{Question: q.ID, Value: v, Problem: ProblemUnknownValue, Allowed: q.Values()})
		}
	}
	var unknown []string
	for id := range a {
		if _, ok := Find(bank, id); !ok {
			unknown = append(unknown, id)
		}
	}
	sort.Strings(unknown)
	for _, id := range unknown {
		errs = append(errs, &AnswerError{Question: id, Value: a[id], Problem: ProblemUnknownQuestion, Allowed: IDs(bank)})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// Space yields every complete set of answers the bank allows, in a fixed
// order (the last question varies fastest). Each yielded map is fresh.
func Space(bank []Question) iter.Seq[Answers] {
	return func(yield func(Answers) bool) {
		idx := make([]int, len(bank))
		for {
			a := make(Answers, len(bank))
			for i, q := range bank {
				a[q.ID] = q.Options[idx[i]].Value
			}
			if !yield(a) {
				return
			}
			i := len(bank) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(bank[i].Options) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return
			}
		}
	}
}

// SpaceSize is the number of answer sets Space yields.
func SpaceSize(bank []Question) int {
	n := 1
	for _, q := range bank {
		n *= len(q.Options)
	}
	return n
}

// String renders the answers in bank order as id=value pairs, for logs and tests.
func (a Answers) String() string {
	ids := make([]string, 0, len(a))
	for id := range a {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(id + "=" + a[id])
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
