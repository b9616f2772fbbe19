package rules_test

import (
	"slices"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// TestBankContract: the default rulebook asks these questions in this
// order, with these kinds, values and follow-up conditions. Ids and values
// are a contract with answers files, saved consultations and integrators.
func TestBankContract(t *testing.T) {
	type cond = *quiz.Condition
	want := []struct {
		id     string
		kind   quiz.Kind
		values []string
		askIf  cond
	}{
		{"lifestyle", quiz.KindOne, []string{"active", "busy", "relaxed"}, nil},
		{"sport", quiz.KindOne, []string{"contact", "water", "other"}, &quiz.Condition{Question: "lifestyle", AnyOf: []string{"active"}}},
		{"dress_code", quiz.KindOne, []string{"none", "no-visible-body-art", "no-jewelry", "bare-wrists"}, nil},
		{"machinery", quiz.KindOne, []string{"never", "sometimes", "daily"}, nil},
		{"machine_kind", quiz.KindOne, []string{"moving-parts", "live-electrical", "both"}, &quiz.Condition{Question: "machinery", AnyOf: []string{"sometimes", "daily"}}},
		{"allergy", quiz.KindOne, []string{"none", "nickel", "sensitive", "unsure"}, nil},
		{"health", quiz.KindMany, []string{"pacemaker", "pregnant", "keloids", "slow-healing"}, nil},
		{"age", quiz.KindOne, []string{"under-18", "18-plus"}, nil},
		{"sleep", quiz.KindOne, []string{"back", "side-or-stomach", "light-sleeper"}, nil},
		{"removal", quiz.KindOne, []string{"never", "occasionally", "unsure"}, nil},
		{"style", quiz.KindOne, []string{"subtle", "statement"}, nil},
		{"needles", quiz.KindOne, []string{"fine", "avoid"}, nil},
	}
	bank := defaultRulebook(t).Bank()
	if len(bank) != len(want) {
		t.Fatalf("the bank has %d questions %v, want %d", len(bank), quiz.IDs(bank), len(want))
	}
	for i, w := range want {
		q := bank[i]
		if q.ID != w.id || q.Kind != w.kind || !slices.Equal(q.Values(), w.values) {
			t.Errorf("question %d is %s (%s) %v, want %s (%s) %v", i+1, q.ID, q.Kind, q.Values(), w.id, w.kind, w.values)
		}
		switch {
		case (q.AskIf == nil) != (w.askIf == nil):
			t.Errorf("%s: ask_if %+v, want %+v", q.ID, q.AskIf, w.askIf)
		case q.AskIf != nil && (q.AskIf.Question != w.askIf.Question || !slices.Equal(q.AskIf.AnyOf, w.askIf.AnyOf)):
			t.Errorf("%s: ask_if %+v, want %+v", q.ID, *q.AskIf, *w.askIf)
		}
	}
	// Asked in that order, a follow-up right after the answer that asks it.
	a := quiz.Answers{}
	var asked []string
	for {
		q, ok := quiz.Next(bank, a)
		if !ok {
			break
		}
		asked = append(asked, q.ID)
		a[q.ID] = map[string]string{"lifestyle": "active", "machinery": "daily", "health": ""}[q.ID]
		if _, set := map[string]bool{"lifestyle": true, "machinery": true, "health": true}[q.ID]; !set {
			a[q.ID] = q.Options[0].Value
		}
	}
	if !slices.Equal(asked, quiz.IDs(bank)) {
		t.Errorf("an active customer who works with machines daily is asked %v, want every question in order", asked)
	}
	a = quiz.Answers{}
	asked = nil
	for q, ok := quiz.Next(bank, a); ok; q, ok = quiz.Next(bank, a) {
		asked = append(asked, q.ID)
		a[q.ID] = q.Values()[len(q.Options)-1] // relaxed, daily, ..., and every last option
		if q.ID == "machinery" {
			a[q.ID] = "never"
		}
	}
	if slices.Contains(asked, "sport") || slices.Contains(asked, "machine_kind") || len(asked) != len(bank)-2 {
		t.Errorf("a relaxed customer who never works with machines is asked %v, want no follow-up", asked)
	}
}
