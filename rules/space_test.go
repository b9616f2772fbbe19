package rules_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// These tests check properties of the default rulebook over all 3,888 answer
// sets of the bank.

func excludingStep(r rules.Ranked, question, answer string) bool {
	return slices.ContainsFunc(r.Trace, func(s rules.Step) bool {
		return s.Excludes && s.Question == question && s.Answer == answer
	})
}

func TestHardRules(t *testing.T) {
	rb := defaultRulebook(t)
	var allButNecklaceAndAnklet []string
	for _, ty := range rb.Types {
		if ty.ID != "welded-necklace" && ty.ID != "welded-anklet" {
			allButNecklaceAndAnklet = append(allButNecklaceAndAnklet, ty.ID)
		}
	}
	tests := []struct {
		question, answer string
		excludes         []string
		keeps            []string // types this answer must not rule out
	}{
		{"needles", "avoid", []string{"piercing", "tattoo-jewelry", "implant"}, []string{"welded-bracelet", "welded-necklace", "welded-anklet"}},
		{"machinery", "daily", []string{"welded-bracelet"}, []string{"welded-necklace", "welded-anklet"}},
		{"removal", "occasionally", []string{"implant", "tattoo-jewelry"}, []string{"welded-bracelet", "welded-necklace", "welded-anklet"}},
		{"dress_code", "no-jewelry", allButNecklaceAndAnklet, []string{"welded-necklace", "welded-anklet"}},
		{"dress_code", "no-visible-body-art", []string{"tattoo-jewelry"}, []string{"welded-necklace", "welded-anklet"}},
	}
	for _, tt := range tests {
		t.Run(tt.question+"="+tt.answer, func(t *testing.T) {
			for _, id := range append(slices.Clone(tt.excludes), tt.keeps...) {
				if _, ok := rb.Type(id); !ok {
					t.Fatalf("type %q is not in the rulebook", id)
				}
			}
			n := 0
			for _, c := range answerSpace(t) {
				if c.answers[tt.question] != tt.answer {
					continue
				}
				n++
				for _, id := range tt.excludes {
					r, _ := ranked(c.rec, id)
					if !r.Excluded || !excludingStep(r, tt.question, tt.answer) {
						t.Fatalf("%v: %s is not ruled out by %s=%s (excluded %v, trace %+v)", c.answers, id, tt.question, tt.answer, r.Excluded, r.Trace)
					}
				}
				for _, id := range tt.keeps {
					if r, _ := ranked(c.rec, id); excludingStep(r, tt.question, tt.answer) {
						t.Fatalf("%v: %s is ruled out by %s=%s", c.answers, id, tt.question, tt.answer)
					}
				}
			}
			if n == 0 {
				t.Fatalf("no answer set has %s=%s", tt.question, tt.answer)
			}
		})
	}
}

func TestScoresInRange(t *testing.T) {
	for _, c := range answerSpace(t) {
		for _, r := range c.rec.Ranking {
			if r.Score < 0 || r.Score > rules.MaxScore {
				t.Fatalf("%v: %s scores %d, outside 0..%d", c.answers, r.Type, r.Score, rules.MaxScore)
			}
			if r.Excluded && r.Score != 0 {
				t.Fatalf("%v: %s is ruled out but scores %d", c.answers, r.Type, r.Score)
			}
		}
	}
}

func TestRankingOrder(t *testing.T) {
	rb := defaultRulebook(t)
	idx := typeIndex(rb)
	for _, c := range answerSpace(t) {
		rk := c.rec.Ranking
		if len(rk) != len(rb.Types) {
			t.Fatalf("%v: ranking has %d types, want %d", c.answers, len(rk), len(rb.Types))
		}
		seen := map[string]bool{}
		for _, r := range rk {
			ty, ok := rb.Type(r.Type)
			if !ok || seen[r.Type] {
				t.Fatalf("%v: ranking %v does not hold each type once", c.answers, typesOf(rk))
			}
			seen[r.Type] = true
			if r.Name != ty.Name {
				t.Fatalf("%v: %s is named %q, want %q", c.answers, r.Type, r.Name, ty.Name)
			}
		}
		for i := 1; i < len(rk); i++ {
			a, b := rk[i-1], rk[i]
			var ok bool
			switch {
			case a.Excluded:
				ok = b.Excluded
			case b.Excluded:
				ok = true
			default:
				ok = a.Score > b.Score || a.Score == b.Score && idx[a.Type] < idx[b.Type]
			}
			if !ok {
				t.Fatalf("%v: %s (%d, excluded %v) is ranked before %s (%d, excluded %v)", c.answers, a.Type, a.Score, a.Excluded, b.Type, b.Score, b.Excluded)
			}
		}
	}
}

func typesOf(rk []rules.Ranked) []string {
	ids := make([]string, len(rk))
	for i, r := range rk {
		ids[i] = r.Type
	}
	return ids
}

func TestPick(t *testing.T) {
	for _, c := range answerSpace(t) {
		first := c.rec.Ranking[0]
		want := first.Type
		if first.Excluded {
			want = ""
		}
		if c.rec.Pick != want {
			t.Fatalf("%v: Pick = %q, want %q", c.answers, c.rec.Pick, want)
		}
		if c.rec.Summary == "" {
			t.Fatalf("%v: no summary", c.answers)
		}
		if c.rec.Pick != "" {
			if len(first.Reasons) == 0 {
				t.Fatalf("%v: the pick %s has no reason", c.answers, c.rec.Pick)
			}
			if c.rec.Versus == "" {
				t.Fatalf("%v: no line on the runner-up", c.answers)
			}
		}
	}
}

func TestExcludedBecause(t *testing.T) {
	for _, c := range answerSpace(t) {
		for _, r := range c.rec.Ranking {
			excluding := slices.ContainsFunc(r.Trace, func(s rules.Step) bool { return s.Excludes })
			switch {
			case r.Excluded != excluding:
				t.Fatalf("%v: %s excluded = %v, but its trace says %v", c.answers, r.Type, r.Excluded, excluding)
			case r.Excluded && strings.TrimSpace(r.ExcludedBecause) == "":
				t.Fatalf("%v: %s is ruled out without a reason", c.answers, r.Type)
			case !r.Excluded && r.ExcludedBecause != "":
				t.Fatalf("%v: %s is not ruled out but says %q", c.answers, r.Type, r.ExcludedBecause)
			}
		}
	}
}

func TestTraceAddsUp(t *testing.T) {
	rb := defaultRulebook(t)
	bank := rb.Bank()
	for _, c := range answerSpace(t) {
		for _, r := range c.rec.Ranking {
			ty, _ := rb.Type(r.Type)
			if r.Base != *ty.Base {
				t.Fatalf("%v: %s: Base = %d, the rulebook says %d", c.answers, r.Type, r.Base, *ty.Base)
			}
			sum := *ty.Base
			for _, s := range r.Trace {
				q, ok := quiz.Find(bank, s.Question)
				if !ok {
					t.Fatalf("%v: %s: trace step names unknown question %q", c.answers, r.Type, s.Question)
				}
				if _, ok := q.Option(s.Answer); !ok {
					t.Fatalf("%v: %s: trace step names unknown answer %q to %q", c.answers, r.Type, s.Answer, s.Question)
				}
				if c.answers[s.Question] != s.Answer {
					t.Fatalf("%v: %s: trace step %s=%s is not the customer's answer", c.answers, r.Type, s.Question, s.Answer)
				}
				if s.Excludes == (s.Points != 0) {
					t.Fatalf("%v: %s: trace step %+v must either exclude or move the score", c.answers, r.Type, s)
				}
				if strings.TrimSpace(s.Because) == "" {
					t.Fatalf("%v: %s: trace step %+v says no why", c.answers, r.Type, s)
				}
				sum += s.Points
			}
			if !r.Excluded && sum != r.Score {
				t.Fatalf("%v: %s: base %d plus the trace makes %d, but the score is %d", c.answers, r.Type, *ty.Base, sum, r.Score)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	again := defaultRulebook(t) // loaded separately from the one answerSpace used
	for _, c := range answerSpace(t) {
		want, err := json.Marshal(c.rec)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := again.Recommend(c.answers)
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%v: two recommendations differ:\n%s\n%s", c.answers, want, got)
		}
	}
}

func metalIDs(ms []rules.Metal) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}
