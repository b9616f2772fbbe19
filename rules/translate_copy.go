package rules

import (
	"maps"
	"slices"
)

// textCopy copies a loaded rulebook so that its words can be replaced
// without touching rb's: every text is the copy's own, while the ids,
// values, scores, order, version and the compiled tables are shared, as
// they never change after loading.
func textCopy(rb *Rulebook) *Rulebook {
	cp := *rb
	cp.tr = nil
	cp.Questions = slices.Clone(rb.Questions)
	for i := range cp.Questions {
		cp.Questions[i].Options = slices.Clone(cp.Questions[i].Options)
	}
	cp.bank = cp.Questions
	cp.Answers = make(map[string]map[string]string, len(rb.Answers))
	for q, m := range rb.Answers {
		cp.Answers[q] = maps.Clone(m)
	}
	cp.Metals = slices.Clone(rb.Metals)
	cp.MetalAdvice.Groups = slices.Clone(rb.MetalAdvice.Groups)
	for i := range cp.MetalAdvice.Groups {
		cp.MetalAdvice.Groups[i].Answers = maps.Clone(cp.MetalAdvice.Groups[i].Answers)
	}
	cp.Ask = slices.Clone(rb.Ask)
	cp.Flags = slices.Clone(rb.Flags)
	cp.Types = slices.Clone(rb.Types)
	for i := range cp.Types {
		t := &cp.Types[i]
		t.Cautions = slices.Clone(t.Cautions)
		t.Ask = slices.Clone(t.Ask)
		t.Effects = slices.Clone(t.Effects)
		c := &t.Catalog
		c.Suits, c.NotFor, c.Pros, c.Cons = slices.Clone(c.Suits), slices.Clone(c.NotFor), slices.Clone(c.Pros), slices.Clone(c.Cons)
	}
	return &cp
}
