package rules_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// These tests check properties of the default rulebook over all 645,120
// answer sets of the bank, in the one pass of answerSpace.

func excludingStep(r rules.Ranked, question, answer string) (rules.Step, bool) {
	i := slices.IndexFunc(r.Trace, func(s rules.Step) bool {
		return s.Excludes && s.Question == question && s.Answer == answer
	})
	if i < 0 {
		return rules.Step{}, false
	}
	return r.Trace[i], true
}

var (
	allTypes = []string{"welded-bracelet", "welded-necklace", "welded-anklet", "piercing", "tattoo-jewelry", "implant"}
	needles  = []string{"piercing", "tattoo-jewelry", "implant"}
)

// but lists the types other than some.
func but(some ...string) []string {
	return slices.DeleteFunc(slices.Clone(allTypes), func(id string) bool { return slices.Contains(some, id) })
}

// hardRules are the answers that rule types out: the answer (or, for a many
// question, one of its values), the types it rules out and the types it
// must leave open, and words each reason must hold.
var hardRules = []struct {
	question, answer string
	excludes         []string
	keeps            []string
	because          []string
}{
	{"needles", "avoid", needles, weldedTypes, nil},
	{"machinery", "daily", []string{"welded-bracelet"}, but("welded-bracelet"), nil},
	{"removal", "occasionally", []string{"implant", "tattoo-jewelry"}, append(slices.Clone(weldedTypes), "piercing"), nil},
	{"dress_code", "no-jewelry", but("welded-necklace", "welded-anklet"), []string{"welded-necklace", "welded-anklet"}, nil},
	{"dress_code", "no-visible-body-art", []string{"tattoo-jewelry"}, but("tattoo-jewelry"), nil},
	{"dress_code", "bare-wrists", []string{"welded-bracelet"}, but("welded-bracelet"), nil},
	{"machine_kind", "live-electrical", []string{"welded-bracelet", "welded-necklace"}, but("welded-bracelet", "welded-necklace"), nil},
	{"machine_kind", "both", []string{"welded-bracelet", "welded-necklace"}, but("welded-bracelet", "welded-necklace"), nil},
	{"health", "pacemaker", weldedTypes, needles, nil},
	{"health", "keloids", needles, weldedTypes, nil},
	{"health", "pregnant", []string{"implant", "piercing", "tattoo-jewelry", "welded-bracelet", "welded-anklet"}, []string{"welded-necklace"}, []string{"for now", "revisited"}},
	{"age", "under-18", []string{"implant", "tattoo-jewelry"}, but("implant", "tattoo-jewelry"), nil},
}

var _ = everySet("TestHardRules", func(c spaceCase, notes map[string]int) string {
	for _, h := range hardRules {
		if !c.answers.Has(h.question, h.answer) {
			continue
		}
		notes[h.question+"="+h.answer]++
		for _, id := range h.excludes {
			r, ok := ranked(c.rec, id)
			s, by := excludingStep(r, h.question, h.answer)
			if !ok || !r.Excluded || r.Score != 0 || !by {
				return failf("%v: %s is not ruled out by %s=%s (excluded %v, trace %+v)", c.answers, id, h.question, h.answer, r.Excluded, r.Trace)
			}
			for _, w := range h.because {
				if !strings.Contains(s.Because, w) || !strings.Contains(r.ExcludedBecause, w) {
					return failf("%v: %s is ruled out by %s=%s because %q, which does not say %q", c.answers, id, h.question, h.answer, r.ExcludedBecause, w)
				}
			}
		}
		for _, id := range h.keeps {
			r, ok := ranked(c.rec, id)
			if _, by := excludingStep(r, h.question, h.answer); !ok || by {
				return failf("%v: %s is ruled out by %s=%s", c.answers, id, h.question, h.answer)
			}
		}
	}
	return ""
})

func TestHardRules(t *testing.T) {
	rb := defaultRulebook(t)
	for _, h := range hardRules {
		if q, ok := quiz.Find(rb.Bank(), h.question); !ok || !slices.Contains(q.Values(), h.answer) {
			t.Fatalf("%s=%s is not an answer of the bank", h.question, h.answer)
		}
		for _, id := range append(slices.Clone(h.excludes), h.keeps...) {
			if _, ok := rb.Type(id); !ok {
				t.Fatalf("type %q is not in the rulebook", id)
			}
		}
		if len(h.excludes)+len(h.keeps) != len(rb.Types) {
			t.Fatalf("%s=%s: the test says what happens to %d types of %d", h.question, h.answer, len(h.excludes)+len(h.keeps), len(rb.Types))
		}
	}
	notes := checked(t, "TestHardRules")
	for _, h := range hardRules {
		if notes[h.question+"="+h.answer] == 0 {
			t.Errorf("no answer set has %s=%s", h.question, h.answer)
		}
	}
}

// wantFlags are the flag ids the rulebook must raise, in its order, and the
// answer that raises each.
var wantFlags = []struct{ id, question, answer string }{
	{"pacemaker", "health", "pacemaker"},
	{"pregnant", "health", "pregnant"},
	{"slow-healing", "health", "slow-healing"},
	{"under-18", "age", "under-18"},
	{"live-electrical", "machine_kind", "live-electrical"},
	{"live-electrical", "machine_kind", "both"},
}

var _ = everySet("TestFlags", func(c spaceCase, notes map[string]int) string {
	var want []string
	for _, f := range wantFlags {
		if c.answers.Has(f.question, f.answer) && !slices.Contains(want, f.id) {
			want = append(want, f.id)
		}
	}
	var got []string
	for _, f := range c.rec.Flags {
		got = append(got, f.ID)
		if strings.TrimSpace(f.Text) == "" {
			return failf("%v: flag %s has no text", c.answers, f.ID)
		}
		notes[f.ID]++
	}
	if !slices.Equal(got, want) {
		return failf("%v: flags %v, want %v", c.answers, got, want)
	}
	return ""
})

func TestFlags(t *testing.T) {
	rb := defaultRulebook(t)
	var ids []string
	for _, f := range rb.Flags {
		ids = append(ids, f.ID)
	}
	if want := []string{"pacemaker", "pregnant", "slow-healing", "under-18", "live-electrical"}; !slices.Equal(ids, want) {
		t.Fatalf("the rulebook's flags are %v, want %v", ids, want)
	}
	notes := checked(t, "TestFlags")
	for _, id := range ids {
		if notes[id] == 0 {
			t.Errorf("flag %s is never raised", id)
		}
	}
}

var _ = everySet("TestScoresInRange", func(c spaceCase, _ map[string]int) string {
	for _, r := range c.rec.Ranking {
		if r.Score < 0 || r.Score > rules.MaxScore {
			return failf("%v: %s scores %d, outside 0..%d", c.answers, r.Type, r.Score, rules.MaxScore)
		}
		if r.Excluded && r.Score != 0 {
			return failf("%v: %s is ruled out but scores %d", c.answers, r.Type, r.Score)
		}
	}
	return ""
})

func TestScoresInRange(t *testing.T) { checked(t, "TestScoresInRange") }

var rankingOrder = func() spaceCheck {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	idx := typeIndex(rb)
	return func(c spaceCase, _ map[string]int) string {
		rk := c.rec.Ranking
		if len(rk) != len(rb.Types) {
			return failf("%v: ranking has %d types, want %d", c.answers, len(rk), len(rb.Types))
		}
		seen := map[string]bool{}
		for _, r := range rk {
			ty, ok := rb.Type(r.Type)
			if !ok || seen[r.Type] {
				return failf("%v: ranking %v does not hold each type once", c.answers, typesOf(rk))
			}
			seen[r.Type] = true
			if r.Name != ty.Name {
				return failf("%v: %s is named %q, want %q", c.answers, r.Type, r.Name, ty.Name)
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
				return failf("%v: %s (%d, excluded %v) is ranked before %s (%d, excluded %v)", c.answers, a.Type, a.Score, a.Excluded, b.Type, b.Score, b.Excluded)
			}
		}
		return ""
	}
}()

var _ = everySet("TestRankingOrder", rankingOrder)

func TestRankingOrder(t *testing.T) { checked(t, "TestRankingOrder") }

func typesOf(rk []rules.Ranked) []string {
	ids := make([]string, len(rk))
	for i, r := range rk {
		ids[i] = r.Type
	}
	return ids
}

var _ = everySet("TestPick", func(c spaceCase, _ map[string]int) string {
	first := c.rec.Ranking[0]
	want := first.Type
	if first.Excluded {
		want = ""
	}
	switch {
	case c.rec.Pick != want:
		return failf("%v: Pick = %q, want %q", c.answers, c.rec.Pick, want)
	case c.rec.Summary == "":
		return failf("%v: no summary", c.answers)
	case c.rec.Pick != "" && len(first.Reasons) == 0:
		return failf("%v: the pick %s has no reason", c.answers, c.rec.Pick)
	case c.rec.Pick != "" && c.rec.Versus == "":
		return failf("%v: no line on the runner-up", c.answers)
	}
	return ""
})

func TestPick(t *testing.T) { checked(t, "TestPick") }

var _ = everySet("TestExcludedBecause", func(c spaceCase, _ map[string]int) string {
	for _, r := range c.rec.Ranking {
		excluding := slices.ContainsFunc(r.Trace, func(s rules.Step) bool { return s.Excludes })
		switch {
		case r.Excluded != excluding:
			return failf("%v: %s excluded = %v, but its trace says %v", c.answers, r.Type, r.Excluded, excluding)
		case r.Excluded && strings.TrimSpace(r.ExcludedBecause) == "":
			return failf("%v: %s is ruled out without a reason", c.answers, r.Type)
		case !r.Excluded && r.ExcludedBecause != "":
			return failf("%v: %s is not ruled out but says %q", c.answers, r.Type, r.ExcludedBecause)
		}
	}
	return ""
})

func TestExcludedBecause(t *testing.T) { checked(t, "TestExcludedBecause") }

// TestTraceAddsUp: every score is the type's base plus the points of its
// trace, and every step is one of the customer's answers: for a many
// question, exactly one value the answer holds.
var traceAddsUp = func() spaceCheck {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	bank := rb.Bank()
	return func(c spaceCase, notes map[string]int) string {
		for _, r := range c.rec.Ranking {
			ty, _ := rb.Type(r.Type)
			if r.Base != *ty.Base {
				return failf("%v: %s: Base = %d, the rulebook says %d", c.answers, r.Type, r.Base, *ty.Base)
			}
			sum := *ty.Base
			for _, s := range r.Trace {
				q, ok := quiz.Find(bank, s.Question)
				if !ok {
					return failf("%v: %s: trace step names unknown question %q", c.answers, r.Type, s.Question)
				}
				if _, ok := q.Option(s.Answer); !ok {
					return failf("%v: %s: trace step names unknown answer %q to %q", c.answers, r.Type, s.Answer, s.Question)
				}
				if !c.answers.Has(s.Question, s.Answer) {
					return failf("%v: %s: trace step %s=%s is not the customer's answer", c.answers, r.Type, s.Question, s.Answer)
				}
				if q.Many() {
					notes["many"]++
				}
				if s.Excludes == (s.Points != 0) {
					return failf("%v: %s: trace step %+v must either exclude or move the score", c.answers, r.Type, s)
				}
				if strings.TrimSpace(s.Because) == "" {
					return failf("%v: %s: trace step %+v says no why", c.answers, r.Type, s)
				}
				sum += s.Points
			}
			if !r.Excluded && sum != r.Score {
				return failf("%v: %s: base %d plus the trace makes %d, but the score is %d", c.answers, r.Type, *ty.Base, sum, r.Score)
			}
		}
		return ""
	}
}()

var _ = everySet("TestTraceAddsUp", traceAddsUp)

func TestTraceAddsUp(t *testing.T) {
	if checked(t, "TestTraceAddsUp")["many"] == 0 {
		t.Fatal("no trace step is for a many answer: the test checks less than it says")
	}
}

// TestDeterministic: a rulebook loaded separately recommends the same.
// Under the race detector, which does not change what a pure function
// returns, every 13th set is enough.
var _ = everySet("TestDeterministic", func(c spaceCase, _ map[string]int) string {
	if raceEnabled && space.index.code(c.answers)%13 != 0 {
		return ""
	}
	rec, err := space.again.Recommend(c.answers)
	if err != nil {
		return failf("%v: %v", c.answers, err)
	}
	if !reflect.DeepEqual(rec, c.rec) {
		return failf("%v: two recommendations differ:\n%+v\n%+v", c.answers, c.rec, rec)
	}
	return ""
})

func TestDeterministic(t *testing.T) { checked(t, "TestDeterministic") }

func metalIDs(ms []rules.Metal) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}
