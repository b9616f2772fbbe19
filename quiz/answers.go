package quiz

import (
	"iter"
	"slices"
	"sort"
	"strings"
)

// Answers maps a question id to the answer given. A question that was not
// asked (a follow-up whose condition does not hold) has no entry.
//
// The answer to a one question is its option's value. The answer to a many
// question is the chosen values in option order joined by commas, and ""
// when none was chosen; values never contain commas, so SplitValues and
// JoinValues convert between the two. Answers files and saved
// consultations write a many answer as a JSON array (see Encode).
type Answers map[string]string

// Clone returns a copy that shares nothing with a.
func (a Answers) Clone() Answers {
	c := make(Answers, len(a))
	for k, v := range a {
		c[k] = v
	}
	return c
}

// Values returns the values of the answer to question id: one for a one
// question, any number for a many question, none if it is unanswered.
func (a Answers) Values(id string) []string {
	return SplitValues(a[id])
}

// Has reports whether the answer to question id is value or, for a many
// question, includes it.
func (a Answers) Has(id, value string) bool {
	return Condition{Question: id, AnyOf: []string{value}}.Holds(a)
}

// SplitValues splits a stored answer into its values; "" has none.
func SplitValues(v string) []string {
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
}

// JoinValues stores the values of an answer to q: in q's option order
// (values q does not know go last, in the order given, for Validate to
// report), joined by commas.
func JoinValues(q Question, values []string) string {
	vs := slices.Clone(values)
	pos := func(v string) int {
		for i, o := range q.Options {
			if o.Value == v {
				return i
			}
		}
		return len(q.Options)
	}
	sort.SliceStable(vs, func(i, j int) bool { return pos(vs[i]) < pos(vs[j]) })
	return strings.Join(vs, ",")
}

// Asked returns the questions of bank that are asked given the answers so
// far, in asking order. A follow-up whose earlier question is not answered
// yet is not counted.
func Asked(bank []Question, a Answers) []Question {
	out := make([]Question, 0, len(bank))
	for _, q := range bank {
		if q.Asked(a) {
			out = append(out, q)
		}
	}
	return out
}

// Prune returns a copy of a without the answers to questions that are no
// longer asked: changing "lifestyle" to "busy" drops the "sport" follow-up.
func Prune(bank []Question, a Answers) Answers {
	out := make(Answers, len(a))
	for _, q := range bank {
		if v, ok := a[q.ID]; ok && q.Asked(out) {
			out[q.ID] = v
		}
	}
	return out
}

// Next returns the first question that is asked given a but not answered,
// and false when every asked question is answered.
func Next(bank []Question, a Answers) (Question, bool) {
	for _, q := range bank {
		if _, ok := a[q.ID]; !ok && q.Asked(a) {
			return q, true
		}
	}
	return Question{}, false
}

// Validate reports every problem with a against the bank: unknown questions
// and values, missing answers, values given twice, and answers to follow-ups
// that were not asked, as one error joining *AnswerError values.
func (a Answers) Validate(bank []Question) error {
	var errs AnswerErrors
	bad := map[string]bool{}
	for _, q := range bank {
		if q.AskIf != nil && bad[q.AskIf.Question] {
			bad[q.ID] = true // whether it is asked is not known
			continue
		}
		v, ok := a[q.ID]
		asked := q.Asked(a)
		switch {
		case !ok && asked:
			errs = append(errs, &AnswerError{Question: q.ID, Problem: ProblemMissing, Allowed: q.Values(), Kind: q.Kind, Cond: q.AskIf, Given: a[condQuestion(q)]})
		case ok && !asked:
			errs = append(errs, &AnswerError{Question: q.ID, Value: v, Problem: ProblemNotAsked, Allowed: q.Values(), Kind: q.Kind, Cond: q.AskIf, Given: a[condQuestion(q)]})
		case ok && q.Many():
			seen := map[string]bool{}
			for _, x := range SplitValues(v) {
				switch {
				case !contains(q.Values(), x):
					errs = append(errs, &AnswerError{Question: q.ID, Value: x, Problem: ProblemUnknownValue, Allowed: q.Values(), Kind: q.Kind})
				case seen[x]:
					errs = append(errs, &AnswerError{Question: q.ID, Value: x, Problem: ProblemRepeated, Allowed: q.Values(), Kind: q.Kind})
				}
				seen[x] = true
			}
		case ok && !contains(q.Values(), v):
			errs = append(errs, &AnswerError{Question: q.ID, Value: v, Problem: ProblemUnknownValue, Allowed: q.Values(), Kind: q.Kind})
		default:
			continue
		}
		bad[q.ID] = true
	}
	for _, id := range a.Unknown(bank) {
		errs = append(errs, &AnswerError{Question: id, Value: a[id], Problem: ProblemUnknownQuestion, Allowed: IDs(bank)})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// Unknown lists, sorted, the ids of the answers to questions bank does not
// have: answers saved with another rulebook, or mistyped.
func (a Answers) Unknown(bank []Question) []string {
	var ids []string
	for id := range a {
		if _, ok := Find(bank, id); !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// condQuestion is the id of the question q's ask_if depends on, or "".
func condQuestion(q Question) string {
	if q.AskIf == nil {
		return ""
	}
	return q.AskIf.Question
}

// Space yields every complete, valid set of answers the bank allows, in a
// fixed order (the last question varies fastest): follow-ups only where
// they are asked, and every subset of a many question's options. Each
// yielded map is fresh.
func Space(bank []Question) iter.Seq[Answers] {
	return func(yield func(Answers) bool) {
		cur := make(Answers, len(bank))
		var walk func(i int) bool
		walk = func(i int) bool {
			if i == len(bank) {
				return yield(cur.Clone())
			}
			q := bank[i]
			if !q.Asked(cur) {
				return walk(i + 1)
			}
			for _, v := range choices(q) {
				cur[q.ID] = v
				if !walk(i + 1) {
					return false
				}
			}
			delete(cur, q.ID)
			return true
		}
		walk(0)
	}
}

// choices lists every answer to q: each option of a one question; every
// subset of a many question's options, from none to all.
func choices(q Question) []string {
	if !q.Many() {
		return q.Values()
	}
	n := len(q.Options)
	out := make([]string, 0, 1<<n)
	for mask := 0; mask < 1<<n; mask++ {
		var vs []string
		for i, o := range q.Options {
			if mask&(1<<i) != 0 {
				vs = append(vs, o.Value)
			}
		}
		out = append(out, strings.Join(vs, ","))
	}
	return out
}

// SpaceSize is the number of answer sets Space yields.
func SpaceSize(bank []Question) int {
	cur := Answers{}
	var count func(i int) int
	count = func(i int) int {
		if i == len(bank) {
			return 1
		}
		q := bank[i]
		if !q.Asked(cur) {
			return count(i + 1)
		}
		cs := choices(q)
		if !dependedOn(bank[i+1:], q.ID) {
			return len(cs) * count(i+1)
		}
		n := 0
		for _, v := range cs {
			cur[q.ID] = v
			n += count(i + 1)
		}
		delete(cur, q.ID)
		return n
	}
	return count(0)
}

// dependedOn reports whether any of the questions is a follow-up of id.
func dependedOn(later []Question, id string) bool {
	for _, q := range later {
		if q.AskIf != nil && q.AskIf.Question == id {
			return true
		}
	}
	return false
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
	return slices.Contains(list, s)
}
