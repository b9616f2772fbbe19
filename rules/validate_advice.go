package rules

import (
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// advice checks the metal advice: its question, that every type is in
// exactly one group, and each group's advice.
func (v *validator) advice(metals map[string]bool) {
	ma := v.rb.MetalAdvice
	q, ok := quiz.Find(v.bank, ma.Question)
	if !ok {
		v.addf(v.pos.line("metal_advice", "question"), "metal_advice: unknown question %s%s (questions are: %s)", quiz.Quote(ma.Question), suggest(ma.Question, quiz.IDs(v.bank)), strings.Join(quiz.IDs(v.bank), ", "))
		return
	}
	types := map[string]Type{}
	for _, t := range v.rb.Types {
		types[t.ID] = t
	}
	in := map[string]string{} // type id → the group it is in
	for gi, g := range ma.Groups {
		name := g.Name
		if strings.TrimSpace(name) == "" {
			name = fmt.Sprintf("groups[%d]", gi)
		}
		path := []any{"metal_advice", "groups", gi}
		if len(g.Types) == 0 {
			v.addf(v.pos.line(path...), "metal_advice group %s names no types", quiz.Quote(name))
		}
		for i, id := range g.Types {
			line := v.pos.line(append(path, "types", i)...)
			t, known := types[id]
			switch {
			case !known:
				v.addf(line, "metal_advice group %s: unknown type %s%s (types are: %s)", quiz.Quote(name), quiz.Quote(id), suggest(id, typeIDs(v.rb.Types)), strings.Join(typeIDs(v.rb.Types), ", "))
			case in[id] != "":
				v.addf(line, "metal_advice group %s: type %s is already in group %s", quiz.Quote(name), quiz.Quote(id), quiz.Quote(in[id]))
			case len(g.Answers) == 0 && len(t.Metals) > 0:
				v.addf(line, "metal_advice group %s gives no metals to choose, but type %s is made of metal", quiz.Quote(name), quiz.Quote(id))
			case len(g.Answers) > 0 && len(t.Metals) == 0:
				v.addf(line, "metal_advice group %s advises on metals, but type %s is made of none; give it a group with only a note", quiz.Quote(name), quiz.Quote(id))
			}
			if in[id] == "" {
				in[id] = name
			}
		}
		v.metalRefs(g.Only, metals, append(path, "only")...)
		if len(g.Answers) == 0 {
			if strings.TrimSpace(g.Note) == "" {
				v.addf(v.pos.line(path...), "metal_advice group %s needs answers or, for types made of no metal, a note", quiz.Quote(name))
			}
			continue
		}
		if g.Note != "" {
			v.addf(v.pos.line(append(path, "note")...), "metal_advice group %s: give a note for each answer, not for the group", quiz.Quote(name))
		}
		v.groupAnswers(q, name, g, metals, path)
	}
	for i, t := range v.rb.Types {
		if t.ID != "" && in[t.ID] == "" {
			v.addf(v.pos.line("types", i), "type %s is in no metal_advice group", quiz.Quote(t.ID))
		}
	}
}

// groupAnswers checks one group's advice for each answer to q.
func (v *validator) groupAnswers(q quiz.Question, name string, g MetalGroup, metals map[string]bool, path []any) {
	where := "metal_advice group " + quiz.Quote(name)
	for _, val := range q.Values() {
		adv, ok := g.Answers[val]
		apath := append(append([]any(nil), path...), "answers", val)
		if !ok {
			v.addf(v.pos.line(append(path, "answers")...), "%s: no advice for answer %q to %q", where, val, q.ID)
			continue
		}
		v.metalRefs(adv.Recommended, metals, append(apath, "recommended")...)
		v.metalRefs(adv.Avoid, metals, append(apath, "avoid")...)
		for i, id := range adv.Recommended {
			if len(g.Only) > 0 && metals[id] && !contains(g.Only, id) {
				v.addf(v.pos.line(append(apath, "recommended", i)...), "%s.%s: %s is not one of the metals this group may recommend (only: %s)", where, val, quiz.Quote(id), strings.Join(g.Only, ", "))
			}
		}
		for _, id := range adv.Avoid {
			if contains(adv.Recommended, id) {
				v.addf(v.pos.line(apath...), "%s.%s: %s is both recommended and avoided", where, val, quiz.Quote(id))
			}
		}
		if len(adv.Recommended) == 0 {
			v.addf(v.pos.line(apath...), "%s.%s recommends no metal", where, val)
		}
		if strings.TrimSpace(adv.Note) == "" {
			v.addf(v.pos.line(apath...), "%s.%s needs a note", where, val)
		}
	}
	for val := range g.Answers {
		if !contains(q.Values(), val) {
			v.addf(v.pos.keyLine(append(path, "answers", val)...), "%s: unknown answer %s to %q%s (answers are: %s)", where, quiz.Quote(val), q.ID, suggest(val, q.Values()), strings.Join(q.Values(), ", "))
		}
	}
}

func typeIDs(ts []Type) []string {
	ids := make([]string, len(ts))
	for i, t := range ts {
		ids[i] = t.ID
	}
	return ids
}
