package rules

import (
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// nameRe is what a question id or an answer value looks like: lower-case
// letters and digits, words joined by - or _ ("dress_code", "side-or-stomach").
// They are keys in answers files and saved consultations, so they stay plain.
var nameRe = lazyRegexp(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

// nameRule says what nameRe allows, for messages.
const nameRule = "use lower-case letters and digits, words joined by - or _"

// questions checks the question bank: every question has an id, its wording
// and options, and no id or value is given twice.
func (v *validator) questions() {
	if len(v.rb.Questions) == 0 {
		v.addf(v.pos.line("questions"), "the rulebook lists no questions (give them under questions:, in the order they are asked)")
		return
	}
	ids := map[string]bool{}
	for i, q := range v.rb.Questions {
		line := v.pos.line("questions", i)
		name := v.plainID("questions", "question", i, q.ID, ids)
		for _, f := range []struct{ key, val string }{{"title", q.Title}, {"short", q.Short}, {"why", q.Why}} {
			if strings.TrimSpace(f.val) == "" {
				v.addf(line, "question %s has no %s", name, f.key)
			}
		}
		v.options(i, name, q.Options)
		v.kind(i, name, q)
		v.askIf(i, name, q)
	}
}

// plainID checks the id of item i of the list under key (of things called
// what): given, plain (nameRe) and not given before in seen, which it
// adds to. It returns the name to use for the item in messages: its quoted
// id, or "key[i]" when it has none.
func (v *validator) plainID(key, what string, i int, id string, seen map[string]bool) string {
	name := quiz.Quote(id)
	switch {
	case strings.TrimSpace(id) == "":
		v.addf(v.pos.line(key, i), "%s[%d]: a %s needs an id", key, i, what)
		name = fmt.Sprintf("%s[%d]", key, i)
	case !nameRe().MatchString(id):
		v.addf(v.pos.line(key, i, "id"), "%s id %s: %s", what, name, nameRule)
	case seen[id]:
		v.addf(v.pos.line(key, i, "id"), "duplicate %s id %s", what, name)
	}
	seen[id] = true
	return name
}

// MaxOptions bounds the options of a question, and MaxManyOptions those of
// a many question, whose answers are every subset of its options.
const (
	MaxOptions     = 12
	MaxManyOptions = 8
)

// kind checks a question's kind and how many options it may have.
func (v *validator) kind(qi int, name string, q quiz.Question) {
	switch q.Kind {
	case quiz.KindOne, quiz.KindMany:
	case "":
		// An unset kind is a one question; Load says so in the loaded bank.
	default:
		v.addf(v.pos.line("questions", qi, "kind"), "question %s: unknown kind %s (kind is %q, pick one option, or %q, pick any number of them)", name, quiz.Quote(string(q.Kind)), quiz.KindOne, quiz.KindMany)
	}
	if q.Many() && len(q.Options) > MaxManyOptions {
		v.addf(v.pos.line("questions", qi, "options"), "question %s has %d options; a many question may have at most %d", name, len(q.Options), MaxManyOptions)
	} else if len(q.Options) > MaxOptions {
		v.addf(v.pos.line("questions", qi, "options"), "question %s has %d options; a question may have at most %d", name, len(q.Options), MaxOptions)
	}
}

// askIf checks a follow-up's condition: it names an earlier one question
// and some of that question's values, each once.
func (v *validator) askIf(qi int, name string, q quiz.Question) {
	c := q.AskIf
	if c == nil {
		return
	}
	line := v.pos.line("questions", qi, "ask_if")
	earlier := v.rb.Questions[:qi]
	parent, ok := quiz.Find(earlier, c.Question)
	switch {
	case strings.TrimSpace(c.Question) == "":
		v.addf(line, "question %s: ask_if needs a question: the id of an earlier question", name)
		return
	case c.Question == q.ID:
		v.addf(v.pos.line("questions", qi, "ask_if", "question"), "question %s: ask_if cannot depend on the question itself", name)
		return
	case !ok:
		if _, later := quiz.Find(v.rb.Questions, c.Question); later {
			v.addf(v.pos.line("questions", qi, "ask_if", "question"), "question %s: ask_if names %s, which is asked later; a follow-up can only depend on an earlier question", name, quiz.Quote(c.Question))
		} else {
			v.addf(v.pos.line("questions", qi, "ask_if", "question"), "question %s: ask_if names unknown question %s%s (earlier questions are: %s)", name, quiz.Quote(c.Question), suggest(c.Question, quiz.IDs(earlier)), strings.Join(quiz.IDs(earlier), ", "))
		}
		return
	case parent.Many():
		v.addf(v.pos.line("questions", qi, "ask_if", "question"), "question %s: ask_if names %s, a many question; a follow-up can only depend on a one question", name, quiz.Quote(c.Question))
		return
	case len(c.AnyOf) == 0:
		v.addf(line, "question %s: ask_if needs any_of: the values of %s that make it asked", name, quiz.Quote(c.Question))
		return
	}
	seen := map[string]bool{}
	for j, val := range c.AnyOf {
		vline := v.pos.line("questions", qi, "ask_if", "any_of", j)
		switch {
		case !contains(parent.Values(), val):
			v.addf(vline, "question %s: ask_if: %s has no answer %s%s (answers are: %s)", name, quiz.Quote(c.Question), quiz.Quote(val), suggest(val, parent.Values()), strings.Join(parent.Values(), ", "))
		case seen[val]:
			v.addf(vline, "question %s: ask_if: %s is listed twice", name, quiz.Quote(val))
		}
		seen[val] = true
	}
	if len(seen) == len(parent.Values()) && len(c.AnyOf) == len(seen) {
		v.addf(line, "question %s: ask_if lists every answer to %s, so it is always asked; remove ask_if", name, quiz.Quote(c.Question))
	}
}

// options checks one question's options.
func (v *validator) options(qi int, name string, opts []quiz.Option) {
	if len(opts) == 0 {
		v.addf(v.pos.line("questions", qi, "options"), "question %s has no options (give at least one, each with a value, label and description)", name)
		return
	}
	values := map[string]bool{}
	for i, o := range opts {
		line := v.pos.line("questions", qi, "options", i)
		vline := v.pos.line("questions", qi, "options", i, "value")
		where := fmt.Sprintf("question %s, option %d", name, i+1)
		switch {
		case strings.TrimSpace(o.Value) == "":
			v.addf(line, "%s needs a value", where)
		case !nameRe().MatchString(o.Value):
			v.addf(vline, "%s: value %s: %s", where, quiz.Quote(o.Value), nameRule)
		case values[o.Value]:
			v.addf(vline, "%s: duplicate value %s", where, quiz.Quote(o.Value))
		}
		values[o.Value] = true
		for _, f := range []struct{ key, val string }{{"label", o.Label}, {"description", o.Description}} {
			if strings.TrimSpace(f.val) == "" {
				v.addf(line, "%s has no %s", where, f.key)
			}
		}
	}
}
