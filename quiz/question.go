// Package quiz owns the shape of the questions jewelquiz asks and the
// vocabulary of their answers: question ids, answer values, the wording
// shown to people, and the strict decoding of a set of answers. The
// questions themselves, in asking order, come from the rulebook (see
// rules.Rulebook.Bank), so a studio can reword them without touching code.
package quiz

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
	// Options are the possible answers, in display order.
	Options []Option `json:"options" yaml:"options"`
}

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
