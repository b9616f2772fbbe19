package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// nameRe is what a question id or an answer value looks like: lower-case
// letters and digits, words joined by - or _ ("dress_code", "side-or-stomach").
// They are keys in answers files and saved consultations, so they stay plain.
var nameRe = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

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
		name := quiz.Quote(q.ID)
		switch {
		case strings.TrimSpace(q.ID) == "":
			v.addf(line, "questions[%d]: a question needs an id", i)
			name = fmt.Sprintf("questions[%d]", i)
		case !nameRe.MatchString(q.ID):
			v.addf(v.pos.line("questions", i, "id"), "question id %s: %s", name, nameRule)
		case ids[q.ID]:
			v.addf(v.pos.line("questions", i, "id"), "duplicate question id %s", name)
		}
		ids[q.ID] = true
		for _, f := range []struct{ key, val string }{{"title", q.Title}, {"short", q.Short}, {"why", q.Why}} {
			if strings.TrimSpace(f.val) == "" {
				v.addf(line, "question %s has no %s", name, f.key)
			}
		}
		v.options(i, name, q.Options)
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
		case !nameRe.MatchString(o.Value):
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
