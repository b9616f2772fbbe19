package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// The what-if sentence calls a close or weak result what it is, over answer
// sets paired with the set that differs in its first answer.
func TestWhatIfOutcomeIsHonest(t *testing.T) {
	rb := defaultRulebook(t)
	bank := rb.Bank()
	seen := map[rules.Confidence]bool{}
	// The first answer moved on by one; a follow-up it makes apply gets its
	// first option, and one it makes not apply goes.
	other := func(a quiz.Answers) quiz.Answers {
		b := a.Clone()
		q := bank[0]
		b[q.ID] = q.Options[(indexOf(q, a[q.ID])+1)%len(q.Options)].Value
		b = quiz.Prune(bank, b)
		for {
			next, ok := quiz.Next(bank, b)
			if !ok {
				return b
			}
			b[next.ID] = ""
			if !next.Many() {
				b[next.ID] = next.Options[0].Value
			}
		}
	}
	n := 0
	for a := range quiz.Space(bank) {
		n++
		// Every fifth set (every 97th with -short or under the race
		// detector): the whole space of 645,120 takes half a minute, and
		// neighbours differ only in their last answers.
		if n%5 != 0 || (testing.Short() || raceEnabled) && n%97 != 0 {
			continue
		}
		before, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		after, err := rb.Recommend(other(a))
		if err != nil {
			t.Fatal(err)
		}
		s := whatIfOutcome(locale.For(locale.English), before, after)
		seen[after.Confidence] = true
		if strings.Contains(s, "best match") {
			t.Fatalf("%q claims a best match", s)
		}
		if after.Pick == "" {
			if s != "Every type would be ruled out." {
				t.Fatalf("nothing left, but the sentence is %q", s)
			}
			continue
		}
		if !strings.Contains(s, after.Ranking[0].Name) {
			t.Fatalf("%q does not name the top type %s", s, after.Ranking[0].Name)
		}
		if changed := after.Pick != before.Pick; changed != strings.Contains(s, "would become") {
			t.Fatalf("pick changed %v, but the sentence is %q", changed, s)
		}
		switch after.Confidence {
		case rules.ConfidenceClose:
			if !strings.Contains(s, after.Ranking[1].Name+" would be close behind") {
				t.Fatalf("a close result: %q", s)
			}
		case rules.ConfidenceWeak:
			if !strings.Contains(s, "No type would suit you strongly") {
				t.Fatalf("a weak result: %q", s)
			}
		case rules.ConfidenceClear:
			if strings.Contains(s, "close behind") || strings.Contains(s, "strongly") {
				t.Fatalf("a clear result: %q", s)
			}
		}
	}
	for _, c := range []rules.Confidence{rules.ConfidenceClear, rules.ConfidenceClose, rules.ConfidenceWeak} {
		if !seen[c] {
			t.Errorf("no what-if ended %s", c)
		}
	}
}

// indexOf is the position of value among q's options.
func indexOf(q quiz.Question, value string) int {
	for i, o := range q.Options {
		if o.Value == value {
			return i
		}
	}
	return -1
}

// TestRankingChangeArrows: what-if arrows and colours follow the rank and
// the ruled-out state: up and green when a type rises or is no longer
// ruled out, down and red when it falls or is now ruled out, and a grey
// "=" for a type ruled out both times however the others move.
func TestRankingChangeArrows(t *testing.T) {
	st := colourStyles(t)
	ranked := func(id string, score int, out bool) rules.Ranked {
		return rules.Ranked{Type: id, Name: strings.ToUpper(id[:1]) + id[1:], Score: score, Excluded: out}
	}
	before := rules.Recommendation{Ranking: []rules.Ranked{
		ranked("anklet", 80, false), ranked("piercing", 40, false), ranked("bracelet", 0, true), ranked("tattoo", 0, true),
	}}
	after := rules.Recommendation{Ranking: []rules.Ranked{
		ranked("bracelet", 65, false), ranked("anklet", 70, false), ranked("tattoo", 0, true), ranked("piercing", 0, true),
	}}
	good, bad, dim := st.Report.Good, st.Report.Bad, st.Dim
	lines := strings.Split(strings.TrimRight(rankingChange(&st, locale.For(locale.English), before, after, 76), "\n"), "\n")
	want := []struct {
		name, arrow, score string
		style              lipgloss.Style
	}{
		{"Bracelet", "▲ ", "out → 65", good},
		{"Anklet", "▼ 1", "80 → 70", bad},
		{"Tattoo", "=", "out", dim},
		{"Piercing", "▼ ", "40 → out", bad},
	}
	for i, w := range want {
		plain := ansi.Strip(lines[i])
		if !strings.Contains(plain, w.arrow) || !strings.Contains(plain, w.name) || !strings.HasSuffix(plain, w.score) {
			t.Errorf("line %d: %q, want %s %s %s", i, plain, w.arrow, w.name, w.score)
		}
		if !strings.Contains(lines[i], w.style.Render(w.score)) {
			t.Errorf("line %d (%s): the score is not drawn in its colour: %q", i, w.name, lines[i])
		}
	}
}
