package rules

import (
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// validator collects every problem in a decoded rulebook.
// problems may start with the structural ones (unknown keys, wrong types)
// found while decoding; validate adds the rest.
type validator struct {
	rb       *Rulebook
	bank     []quiz.Question
	pos      positions
	problems []Problem
	// structural are the lines of the problems found while decoding; a
	// value of the wrong type was left out, so what the checks would say
	// about its absence on that line is already said.
	structural map[int]bool
	// bankSound is whether follow-ups can be walked to find the range of
	// scores (see followUpsEndInOrder).
	bankSound bool
}

func (v *validator) addf(line int, format string, args ...any) {
	if v.structural[line] {
		return
	}
	v.problems = append(v.problems, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) validate() {
	rb := v.rb
	v.structural = map[int]bool{}
	for _, p := range v.problems {
		v.structural[p.Line] = true
	}
	if strings.TrimSpace(rb.Version) == "" {
		v.addf(v.pos.line("version"), "the rulebook needs a version (for example version: \"2026.11-1\"); saved results record it")
	}
	v.questions()
	v.bankSound = followUpsEndInOrder(v.bank)
	v.templates()
	v.answers()
	metals := v.metals()
	v.texts(rb.Ask, "ask")
	v.flags()
	v.types(metals)
	v.advice(metals)
}

// flags checks each flag: a plain id given once, a condition on a known
// question and its values, and a text.
func (v *validator) flags() {
	ids := map[string]bool{}
	for i, f := range v.rb.Flags {
		line := v.pos.line("flags", i)
		name := v.plainID("flags", "flag", i, f.ID, ids)
		if strings.TrimSpace(f.Text) == "" {
			v.addf(line, "flag %s has no text", name)
		}
		q, ok := quiz.Find(v.bank, f.When.Question)
		switch {
		case !ok:
			v.addf(v.pos.line("flags", i, "when"), "flag %s: when names unknown question %s%s (questions are: %s)", name, quiz.Quote(f.When.Question), suggest(f.When.Question, quiz.IDs(v.bank)), strings.Join(quiz.IDs(v.bank), ", "))
			continue
		case len(f.When.AnyOf) == 0:
			v.addf(v.pos.line("flags", i, "when"), "flag %s: when needs any_of: the answers to %s that raise it", name, quiz.Quote(f.When.Question))
		}
		for j, val := range f.When.AnyOf {
			if !contains(q.Values(), val) {
				v.addf(v.pos.line("flags", i, "when", "any_of", j), "flag %s: %s has no answer %s%s (answers are: %s)", name, quiz.Quote(q.ID), quiz.Quote(val), suggest(val, q.Values()), strings.Join(q.Values(), ", "))
			}
		}
	}
}

var placeholderRe = lazyRegexp(`\{([^{}]*)\}`)

func (v *validator) templates() {
	t := v.rb.Explain
	for _, tpl := range []struct {
		key, text string
		names     []string
	}{
		{"summary", t.Summary, []string{"pick", "score", "summary"}},
		{"close", t.Close, []string{"pick", "score", "runner", "runner_score", "answer", "favoured"}},
		{"close_base", t.CloseBase, []string{"pick", "score", "runner", "runner_score"}},
		{"weak", t.Weak, []string{"pick", "score"}},
		{"single", t.Single, []string{"pick", "score", "summary"}},
		{"single_weak", t.SingleWeak, []string{"pick", "score"}},
		{"no_pick", t.NoPick, nil},
		{"versus", t.Versus, []string{"pick", "score", "runner", "runner_score", "answer"}},
		{"versus_base", t.VersusBase, []string{"pick", "score", "runner", "runner_score"}},
		{"versus_start", t.VersusStart, []string{"pick", "score", "runner", "runner_score", "answer"}},
		{"tie", t.Tie, []string{"pick", "runner", "score"}},
		{"only", t.Only, []string{"pick"}},
		{"no_reason", t.NoReason, []string{"pick", "count"}},
		{"no_reason_only", t.NoReasonOnly, []string{"pick"}},
	} {
		line := v.pos.line("explain", tpl.key)
		if strings.TrimSpace(tpl.text) == "" {
			v.addf(line, "explain: the %q sentence is missing", tpl.key)
			continue
		}
		for _, m := range placeholderRe().FindAllStringSubmatch(tpl.text, -1) {
			if !contains(tpl.names, m[1]) {
				allowed := "none"
				if len(tpl.names) > 0 {
					allowed = "{" + strings.Join(tpl.names, "}, {") + "}"
				}
				v.addf(line, "explain.%s: unknown placeholder {%s} (allowed: %s)", tpl.key, m[1], allowed)
			}
		}
	}
}

func (v *validator) answers() {
	for _, q := range v.bank {
		phrases, ok := v.rb.Answers[q.ID]
		if !ok {
			v.addf(v.pos.line("answers"), "answers: question %q has no phrases (give one for each of: %s)", q.ID, strings.Join(q.Values(), ", "))
			continue
		}
		for _, val := range q.Values() {
			if strings.TrimSpace(phrases[val]) == "" {
				v.addf(v.pos.line("answers", q.ID), "answers.%s: no phrase for answer %s", q.ID, quiz.Quote(val))
			}
		}
		for val := range phrases {
			if !contains(q.Values(), val) {
				v.addf(v.pos.keyLine("answers", q.ID, val), "answers.%s: unknown answer %s%s (answers are: %s)", q.ID, quiz.Quote(val), suggest(val, q.Values()), strings.Join(q.Values(), ", "))
			}
		}
	}
	for id := range v.rb.Answers {
		if _, ok := quiz.Find(v.bank, id); !ok {
			v.addf(v.pos.keyLine("answers", id), "answers: unknown question %s%s (questions are: %s)", quiz.Quote(id), suggest(id, quiz.IDs(v.bank)), strings.Join(quiz.IDs(v.bank), ", "))
		}
	}
}

func (v *validator) metals() map[string]bool {
	ids := map[string]bool{}
	for i, m := range v.rb.Metals {
		line := v.pos.line("metals", i)
		switch {
		case strings.TrimSpace(m.ID) == "":
			v.addf(line, "metals[%d]: a metal needs an id", i)
		case ids[m.ID]:
			v.addf(v.pos.line("metals", i, "id"), "metals: duplicate id %s", quiz.Quote(m.ID))
		}
		if strings.TrimSpace(m.Name) == "" {
			v.addf(line, "metal %s needs a name", quiz.Quote(m.ID))
		}
		ids[m.ID] = true
	}
	return ids
}

func (v *validator) metalRefs(ids []string, known map[string]bool, path ...any) {
	seen := map[string]bool{}
	for i, id := range ids {
		line := v.pos.line(append(path, i)...)
		if !known[id] {
			v.addf(line, "unknown metal %s%s (metals are: %s)", quiz.Quote(id), suggest(id, metalIDs(v.rb.Metals)), strings.Join(metalIDs(v.rb.Metals), ", "))
		}
		if seen[id] {
			v.addf(line, "metal %s is listed twice", quiz.Quote(id))
		}
		seen[id] = true
	}
}

func (v *validator) texts(list []string, path ...any) {
	for i, s := range list {
		if strings.TrimSpace(s) == "" {
			v.addf(v.pos.line(append(path, i)...), "%v: empty entry", path[len(path)-1])
		}
	}
}

func (v *validator) types(metals map[string]bool) {
	if len(v.rb.Types) == 0 {
		v.addf(v.pos.line("types"), "the rulebook lists no types")
	}
	ids := map[string]bool{}
	for i, t := range v.rb.Types {
		line := v.pos.line("types", i)
		name := t.ID
		switch {
		case strings.TrimSpace(t.ID) == "":
			v.addf(line, "types[%d]: a type needs an id", i)
			name = fmt.Sprintf("types[%d]", i)
		case ids[t.ID]:
			v.addf(v.pos.line("types", i, "id"), "duplicate type id %s", quiz.Quote(t.ID))
		}
		ids[t.ID] = true
		for _, f := range []struct{ key, val string }{{"name", t.Name}, {"summary", t.Summary}, {"description", t.Description}} {
			if strings.TrimSpace(f.val) == "" {
				v.addf(line, "type %s has no %s", quiz.Quote(name), f.key)
			}
		}
		if t.Base == nil {
			if v.pos.has("types", i, "base") {
				// Given but not a whole number: decoding said so.
			} else {
				v.addf(line, "type %s has no base score (0..%d)", quiz.Quote(name), MaxScore)
			}
		} else if *t.Base < 0 || *t.Base > MaxScore {
			v.addf(v.pos.line("types", i, "base"), "type %s: base %d is out of range (0..%d)", quiz.Quote(name), *t.Base, MaxScore)
		}
		v.metalRefs(t.Metals, metals, "types", i, "metals")
		if len(t.Metals) == 0 && strings.TrimSpace(t.MetalNote) == "" {
			v.addf(line, "type %s lists no metals, so it needs a metal_note saying what it is made of", quiz.Quote(name))
		}
		v.texts(t.Cautions, "types", i, "cautions")
		v.catalog(i, name, t.Catalog)
		if len(t.Ask) == 0 {
			v.addf(line, "type %s has no ask: list the questions to bring to its consultation", quiz.Quote(name))
		}
		v.texts(t.Ask, "types", i, "ask")
		if strings.TrimSpace(t.Scans) == "" {
			v.addf(line, "type %s has no scans: say what happens to it for an MRI or surgery", quiz.Quote(name))
		}
		if strings.TrimSpace(t.Fit.Advice) == "" {
			v.addf(line, "type %s has no fit advice: say how it should sit (fit: {advice: ...}), e.g. a finger's space under a bracelet", quiz.Quote(name))
		}
		v.effects(i, name, t)
	}
}

func (v *validator) catalog(ti int, name string, c Catalog) {
	line := v.pos.line("types", ti, "catalog")
	for _, f := range []struct{ key, val string }{{"made", c.Made}, {"upkeep", c.Upkeep}, {"removal", c.Removal}} {
		if strings.TrimSpace(f.val) == "" {
			v.addf(line, "type %s: catalog.%s is missing (say it in a sentence or two)", quiz.Quote(name), f.key)
		}
	}
	if len(c.Suits) == 0 {
		v.addf(line, "type %s: catalog.suits needs at least one entry", quiz.Quote(name))
	}
	for _, key := range []string{"suits", "not_for", "pros", "cons"} {
		list := map[string][]string{"suits": c.Suits, "not_for": c.NotFor, "pros": c.Pros, "cons": c.Cons}[key]
		v.texts(list, "types", ti, "catalog", key)
	}
}

func (v *validator) effects(ti int, name string, t Type) {
	before := len(v.problems)
	seen := map[string]int{}
	for j, e := range t.Effects {
		line := v.pos.line("types", ti, "effects", j)
		where := fmt.Sprintf("type %s, effect %d", quiz.Quote(name), j+1)
		if len(e.When) != 1 {
			v.addf(line, "%s: `when` must name exactly one question and answer, like {machinery: daily}", where)
			continue
		}
		qid, val := e.condition()
		wline := v.pos.line("types", ti, "effects", j, "when")
		q, ok := quiz.Find(v.bank, qid)
		switch {
		case !ok:
			v.addf(wline, "%s: unknown question %s%s (questions are: %s)", where, quiz.Quote(qid), suggest(qid, quiz.IDs(v.bank)), strings.Join(quiz.IDs(v.bank), ", "))
		case !contains(q.Values(), val):
			v.addf(wline, "%s: unknown answer %s to %s%s (answers are: %s)", where, quiz.Quote(val), quiz.Quote(qid), suggest(val, q.Values()), strings.Join(q.Values(), ", "))
		}
		if prev, dup := seen[qid+"="+val]; dup {
			v.addf(wline, "%s: %s: %s is already handled by effect %d; merge them", where, qid, val, prev)
		}
		seen[qid+"="+val] = j + 1
		switch {
		case e.Exclude && e.Points != nil:
			v.addf(line, "%s: give either points or exclude: true, not both", where)
		case !e.Exclude && e.Points == nil && !v.pos.has("types", ti, "effects", j, "points"):
			// (points given but not a whole number are reported by decoding)
			v.addf(line, "%s: give points (%d..%d) or exclude: true", where, MinPoints, MaxPoints)
		case e.Points != nil && (*e.Points < MinPoints || *e.Points > MaxPoints || *e.Points == 0):
			v.addf(v.pos.line("types", ti, "effects", j, "points"), "%s: points %d out of range (%d..%d, not 0)", where, *e.Points, MinPoints, MaxPoints)
		}
		if strings.TrimSpace(e.Because) == "" {
			v.addf(line, "%s: say why in `because`", where)
		}
	}
	// The score range means something only once the questions and this
	// type's base and effects are sound; problems elsewhere do not stop it
	// being reported in the same pass.
	if v.bankSound && t.Base != nil && *t.Base >= 0 && *t.Base <= MaxScore && len(v.problems) == before {
		lo, hi := scoreRange(*t.Base, t.Effects, v.bank)
		if lo < 0 || hi > MaxScore {
			v.addf(v.pos.line("types", ti, "base"), "type %s: scores can range from %d to %d with base %d; adjust base or points so every score stays within 0..%d", quiz.Quote(name), lo, hi, *t.Base, MaxScore)
		}
	}
}

// scoreRange is the lowest and highest score a type can get. Questions are
// independent apart from follow-ups, so the extremes are the sums, over the
// questions that are always asked, of each one's extremes together with
// those of the follow-ups each of its answers brings in; a many question
// can take every value that adds points, or every value that takes them away.
func scoreRange(base int, effects []Effect, bank []quiz.Question) (lo, hi int) {
	points := func(q quiz.Question, val string) int {
		sum := 0
		for _, e := range effects {
			if qq, vv := e.condition(); qq == q.ID && vv == val && e.Points != nil {
				sum += *e.Points
			}
		}
		return sum
	}
	var span func(q quiz.Question) (int, int)
	span = func(q quiz.Question) (qlo, qhi int) {
		for i, val := range q.Values() {
			sum := points(q, val)
			if q.Many() {
				qlo, qhi = qlo+min(sum, 0), qhi+max(sum, 0)
				continue
			}
			vlo, vhi := sum, sum
			for _, f := range bank {
				if f.AskIf != nil && f.AskIf.Question == q.ID && contains(f.AskIf.AnyOf, val) {
					flo, fhi := span(f)
					vlo, vhi = vlo+flo, vhi+fhi
				}
			}
			if i == 0 {
				qlo, qhi = vlo, vhi
			}
			qlo, qhi = min(qlo, vlo), max(qhi, vhi)
		}
		return qlo, qhi
	}
	lo, hi = base, base
	for _, q := range bank {
		if q.AskIf == nil {
			qlo, qhi := span(q)
			lo, hi = lo+qlo, hi+qhi
		}
	}
	return lo, hi
}

// followUpsEndInOrder reports whether ids are unique and every follow-up
// depends on an earlier question: then walking from a question to its
// follow-ups always ends, whatever else is wrong with the bank.
func followUpsEndInOrder(bank []quiz.Question) bool {
	seen := map[string]bool{}
	for _, q := range bank {
		if seen[q.ID] || (q.AskIf != nil && !seen[q.AskIf.Question]) {
			return false
		}
		seen[q.ID] = true
	}
	return true
}

func metalIDs(ms []Metal) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
