package rules_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
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
		// followUp answers the follow-up the new answer asks, if any.
		followUp  [2]string
		relations []relation
	}{
		{"lifestyle", "relaxed", "busy", [2]string{}, favours(
			[]string{"welded-bracelet", "welded-necklace", "welded-anklet", "tattoo-jewelry"},
			[]string{"piercing", "implant"})},
		{"lifestyle", "relaxed", "active", [2]string{"sport", "other"}, []relation{
			against("piercing"), against("implant"), littleAgainst("welded-bracelet"),
			less("piercing", "welded-bracelet"),
		}},
		{"machinery", "never", "sometimes", [2]string{"machine_kind", "moving-parts"}, []relation{
			against("welded-bracelet"), littleAgainst("welded-necklace"), notAgainst("welded-anklet"),
		}},
		{"machinery", "never", "daily", [2]string{"machine_kind", "moving-parts"}, []relation{littleAgainst("welded-necklace"), notAgainst("welded-anklet")}},
		{"sleep", "back", "side-or-stomach", [2]string{}, join(
			[]relation{against("piercing"), against("implant")},
			gainsMost("tattoo-jewelry", notTattoo))},
		{"sleep", "back", "light-sleeper", [2]string{}, join(
			[]relation{against("piercing"), against("implant")},
			gainsMost("tattoo-jewelry", notTattoo))},
		{"style", "subtle", "statement", [2]string{}, favours(skin, chains)},
		{"removal", "unsure", "never", [2]string{}, favours([]string{"tattoo-jewelry", "implant"}, chains)},
		{"removal", "never", "unsure", [2]string{}, []relation{against("tattoo-jewelry"), against("implant"), less("tattoo-jewelry", "implant")}},
		{"allergy", "none", "sensitive", [2]string{}, []relation{against("tattoo-jewelry")}},
	}
	rb := defaultRulebook(t)
	bank := rb.Bank()
	answerSpace(t)
	ix := space.index
	digit := func(id, value string) (int, uint64) {
		t.Helper()
		for qi, q := range bank {
			if q.ID == id {
				if !slices.Contains(q.Values(), value) {
					t.Fatalf("%s=%s is not an answer of the bank", id, value)
				}
				return qi, ix.digit(qi, value, true)
			}
		}
		t.Fatalf("question %q is not in the bank", id)
		return 0, 0
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s=%s vs %s", tt.question, tt.to, tt.from), func(t *testing.T) {
			qi, from := digit(tt.question, tt.from)
			_, to := digit(tt.question, tt.to)
			fi, fd := -1, uint64(0)
			if tt.followUp[0] != "" {
				fi, fd = digit(tt.followUp[0], tt.followUp[1])
			}
			checked := make([]int, len(tt.relations))
			for _, before := range space.scores {
				if before.code/ix.stride[qi]%ix.radix[qi] != from {
					continue
				}
				code := ix.with(before.code, qi, to)
				if fi >= 0 {
					code = ix.with(code, fi, fd)
				}
				at, ok := space.byCode[code]
				if !ok {
					t.Fatalf("changing %s to %s in answer set %d makes no answer set of the space", tt.question, tt.to, before.code)
				}
				after := space.scores[at]
				d := delta{}
				for i, ty := range rb.Types {
					if before.scores[i] >= 0 && after.scores[i] >= 0 {
						d[ty.ID] = int(after.scores[i]) - int(before.scores[i])
					}
				}
				for i, r := range tt.relations {
					if !applies(r, d) {
						continue
					}
					checked[i]++
					if !r.holds(d) {
						a := decodeCode(bank, before.code)
						t.Fatalf("%v → %s=%s: want %s; score changes %v", a, tt.question, tt.to, r.desc, d)
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

// decodeCode turns an answer set's code back into its answers.
func decodeCode(bank []quiz.Question, code uint64) quiz.Answers {
	ix := space.index
	a := quiz.Answers{}
	for qi, q := range bank {
		d := code / ix.stride[qi] % ix.radix[qi]
		if d == 0 {
			continue
		}
		if !q.Many() {
			a[q.ID] = q.Options[d-1].Value
			continue
		}
		var vs []string
		for i, o := range q.Options {
			if (d-1)&(1<<i) != 0 {
				vs = append(vs, o.Value)
			}
		}
		a[q.ID] = quiz.JoinValues(q, vs)
	}
	return a
}

func applies(r relation, d delta) bool {
	for _, id := range r.types {
		if _, ok := d[id]; !ok {
			return false
		}
	}
	return true
}
