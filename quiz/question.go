// Package quiz owns the shape of the questions jewelquiz asks and the
// vocabulary of their answers: question ids, answer values, the wording
// shown to people, and the strict decoding of a set of answers. The
// questions themselves, in asking order, come from the rulebook (see
// rules.Rulebook.Bank), so a studio can reword them without touching code.
package quiz

import "strings"

// Question is one question of the quiz, with the options a person picks from.
type Question struct {
	// ID is the stable key used in answers files and in the rulebook.
	ID string `json:"id" yaml:"id"`
	// Title is the question as shown to the person.
	Title string `json:"title" yaml:"title"`
	// Short names the question in a list of answers ("Dress code").
	Short string `json:"short" yaml:"short"`
	// Why says in one line why we ask.
	Why string `json:"why" yaml:"why"`
	// Kind is KindOne (pick exactly one option) or KindMany (pick any
	// number of options, none included).
	Kind Kind `json:"kind" yaml:"kind"`
	// AskIf, when set, makes this a follow-up: it is asked only when an
	// earlier question's answer is one of some values.
	AskIf *Condition `json:"ask_if" yaml:"ask_if"`
	// Options are the possible answers, in display order.
	Options []Option `json:"options" yaml:"options"`
}

// Kind says how many options an answer to a question holds.
type Kind string

// The kinds of question.
const (
	// KindOne questions take exactly one option.
	KindOne Kind = "one"
	// KindMany questions take any number of options, none included.
	KindMany Kind = "many"
)

// Condition holds when an earlier question's answer is one of AnyOf.
type Condition struct {
	// Question is the id of the earlier question.
	Question string `json:"question" yaml:"question"`
	// AnyOf are the values of that question that make the condition hold.
	AnyOf []string `json:"any_of" yaml:"any_of"`
}

// Holds reports whether the answers meet the condition: the question is
// answered, and its answer (or, for a many question, one of its values) is
// one of AnyOf.
func (c Condition) Holds(a Answers) bool {
	v, ok := a[c.Question]
	if !ok {
		return false
	}
	if contains(c.AnyOf, v) {
		return true
	}
	if !strings.Contains(v, ",") {
		return false
	}
	for x := range strings.SplitSeq(v, ",") {
		if contains(c.AnyOf, x) {
			return true
		}
	}
	return false
}

// Many reports whether the question takes any number of options.
func (q Question) Many() bool { return q.Kind == KindMany }

// Asked reports whether the question is asked given the answers so far:
// always, unless it is a follow-up whose condition does not hold.
func (q Question) Asked(a Answers) bool { return q.AskIf == nil || q.AskIf.Holds(a) }

// Option is one possible answer to a question.
type Option struct {
	// Value is the stable answer value used in answers files and the rulebook.
	Value string `json:"value" yaml:"value"`
	// Label is the short wording shown to the person.
	Label string `json:"label" yaml:"label"`
	// Description is a one-line explanation shown under the label.
	Description string `json:"description" yaml:"description"`
}

// Values lists the question's answer values in display order.
func (q Question) Values() []string {
	vs := make([]string, len(q.Options))
	for i, o := range q.Options {
		vs[i] = o.Value
	}
	return vs
}

// Option returns the option with the given value and whether it exists.
func (q Question) Option(value string) (Option, bool) {
	for _, o := range q.Options {
		if o.Value == value {
			return o, true
		}
	}
	return Option{}, false
}

// Find returns the question with the given id from the bank and whether it exists.
func Find(bank []Question, id string) (Question, bool) {
	for _, q := range bank {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// IDs lists the ids of the questions in bank order.
func IDs(bank []Question) []string {
	ids := make([]string, len(bank))
	for i, q := range bank {
		ids[i] = q.ID
	}
	return ids
}
