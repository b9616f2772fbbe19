package rules_test

import (
	"fmt"
	"testing"
)

// The preferences the rulebook encodes, checked over the whole answer space:
// change one answer, hold the other seven, and compare how each type's score
// moves. A type ruled out in either variant takes no part.

// aLittle is the most points "a little" may cost.
const aLittle = 10

// delta is how much each type's score moved, for the types that are ruled
// out in neither variant.
type delta map[string]int

// relation is one claim about a delta; it applies only when every type it
// names has a delta.
type relation struct {
	desc  string
	types []string
	holds func(d delta) bool
}

func less(a, b string) relation { // a's score moves less (further down) than b's
	return relation{fmt.Sprintf("%s moves less than %s", a, b), []string{a, b}, func(d delta) bool { return d[a] < d[b] }}
}

func favours(winners, losers []string) []relation {
	var rs []relation
	for _, w := range winners {
		for _, l := range losers {
			rs = append(rs, less(l, w))
		}
	}
	return rs
}

func against(id string) relation {
	return relation{id + " loses points", []string{id}, func(d delta) bool { return d[id] < 0 }}
}

func notAgainst(id string) relation {
	return relation{id + " loses no points", []string{id}, func(d delta) bool { return d[id] >= 0 }}
}

func littleAgainst(id string) relation {
	return relation{fmt.Sprintf("%s loses a little (1..%d points)", id, aLittle), []string{id}, func(d delta) bool { return d[id] < 0 && d[id] >= -aLittle }}
}

func gainsMost(id string, others []string) []relation {
	var rs []relation
	for _, o := range others {
		rs = append(rs, less(o, id))
	}
	return rs
}

func join(groups ...[]relation) []relation {
	var out []relation
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

var (
	chains    = []string{"welded-bracelet", "welded-necklace", "welded-anklet"}
	skin      = []string{"piercing", "tattoo-jewelry", "implant"}
	notTattoo = []string{"welded-bracelet", "welded-necklace", "welded-anklet", "piercing", "implant"}
)

func TestPreferences(t *testing.T) {
	tests := []struct {
		question, from, to string
		relations          []relation
	}{
		{"lifestyle", "relaxed", "busy", favours(
			[]string{"welded-bracelet", "welded-necklace", "welded-anklet", "tattoo-jewelry"},
			[]string{"piercing", "implant"})},
		{"lifestyle", "relaxed", "active", []relation{
			against("piercing"), against("implant"), littleAgainst("welded-bracelet"),
			less("piercing", "welded-bracelet"),
		}},
		{"machinery", "never", "sometimes", []relation{
			against("welded-bracelet"), littleAgainst("welded-necklace"), notAgainst("welded-anklet"),
		}},
		{"machinery", "never", "daily", []relation{littleAgainst("welded-necklace"), notAgainst("welded-anklet")}},
		{"sleep", "back", "side-or-stomach", join(
			[]relation{against("piercing"), against("implant")},
			gainsMost("tattoo-jewelry", notTattoo))},
		{"sleep", "back", "light-sleeper", join(
			[]relation{against("piercing"), against("implant")},
			gainsMost("tattoo-jewelry", notTattoo))},
		{"style", "subtle", "statement", favours(skin, chains)},
		{"removal", "unsure", "never", favours([]string{"tattoo-jewelry", "implant"}, chains)},
		{"removal", "never", "unsure", []relation{against("tattoo-jewelry"), against("implant")}},
		{"allergy", "none", "sensitive", []relation{against("tattoo-jewelry")}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s=%s vs %s", tt.question, tt.to, tt.from), func(t *testing.T) {
			checked := make([]int, len(tt.relations))
			for _, c := range answerSpace(t) {
				if c.answers[tt.question] != tt.from {
					continue
				}
				variant := c.answers.Clone()
				variant[tt.question] = tt.to
				rec := recommendation(t, variant)
				d := delta{}
				for _, before := range c.rec.Ranking {
					after, _ := ranked(rec, before.Type)
					if !before.Excluded && !after.Excluded {
						d[before.Type] = after.Score - before.Score
					}
				}
				for i, r := range tt.relations {
					if !applies(r, d) {
						continue
					}
					checked[i]++
					if !r.holds(d) {
						t.Fatalf("%v → %s=%s: want %s; score changes %v", c.answers, tt.question, tt.to, r.desc, d)
					}
				}
			}
			for i, r := range tt.relations {
				if checked[i] == 0 {
					t.Errorf("%q was never checked: a type it names is always ruled out, or not in the rulebook", r.desc)
				}
			}
		})
	}
}

func applies(r relation, d delta) bool {
	for _, id := range r.types {
		if _, ok := d[id]; !ok {
			return false
		}
	}
	return true
}
