package ui

import (
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// The what-if sentence calls a close or weak result what it is, over every
// answer set paired with the set that differs in its first answer.
func TestWhatIfOutcomeIsHonest(t *testing.T) {
	rb := defaultRulebook(t)
	bank := rb.Bank()
	seen := map[rules.Confidence]bool{}
	var walk func(i int, a map[string]string)
	walk = func(i int, a map[string]string) {
		if i == len(bank) {
			before, err := rb.Recommend(a)
			if err != nil {
				t.Fatal(err)
			}
			b := map[string]string{}
			for k, v := range a {
				b[k] = v
			}
			b[bank[0].ID] = bank[0].Options[(indexOf(bank[0], a[bank[0].ID])+1)%len(bank[0].Options)].Value
			after, err := rb.Recommend(b)
			if err != nil {
				t.Fatal(err)
			}
			s := whatIfOutcome(before, after)
			seen[after.Confidence] = true
			if strings.Contains(s, "best match") {
				t.Fatalf("%q claims a best match", s)
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
			return
		}
		for _, o := range bank[i].Options {
			a[bank[i].ID] = o.Value
			walk(i+1, a)
		}
	}
	walk(0, map[string]string{})
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
