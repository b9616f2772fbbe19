package rules

import "strings"

// MetalReport is the metal advice for one customer's pick. A pick made of
// no metal gets no metals to choose or avoid, only a note.
type MetalReport struct {
	Recommended []Metal
	Avoid       []Metal
	Note        string
}

// metalAdvice is the advice of the pick's group for the customer's answer:
// of the metals to choose, those the pick comes in (all of them when it
// comes in none of those); every metal to avoid; the pick's own note first.
// With no pick there is nothing to advise on.
func (rb *Rulebook) metalAdvice(pick, answer string) MetalReport {
	t, ok := rb.Type(pick)
	if !ok {
		return MetalReport{}
	}
	g := rb.MetalAdvice.Groups[rb.groupOf[pick]]
	note := func(s string) string {
		if t.MetalNote == "" {
			return s
		}
		return strings.TrimSpace(t.MetalNote) + " " + s
	}
	adv, ok := g.Answers[answer]
	if !ok {
		return MetalReport{Note: note(g.Note)}
	}
	var fit []string
	for _, id := range adv.Recommended {
		if contains(t.Metals, id) {
			fit = append(fit, id)
		}
	}
	if len(fit) == 0 {
		fit = adv.Recommended
	}
	return MetalReport{Recommended: rb.metalList(fit), Avoid: rb.metalList(adv.Avoid), Note: note(adv.Note)}
}
