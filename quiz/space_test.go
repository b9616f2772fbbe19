package quiz_test

import (
	"slices"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

func TestSpace(t *testing.T) {
	bank := defaultBank()
	// lifestyle 5 ways (active with each of 3 sports, busy, relaxed) ·
	// dress_code 4 · machinery 7 (never, or sometimes or daily with each of 3
	// machine kinds) · allergy 4 · health 16 (every subset of 4) · age 2 ·
	// sleep 3 · removal 3 · style 2 · needles 2.
	const want = 5 * 4 * 7 * 4 * 16 * 2 * 3 * 3 * 2 * 2
	if want != 645_120 {
		t.Fatalf("the count by hand is %d", want)
	}
	if got := quiz.SpaceSize(bank); got != want {
		t.Fatalf("SpaceSize = %d, want %d", got, want)
	}
	seen := make(map[string]bool, want)
	var prev quiz.Answers
	for a := range quiz.Space(bank) {
		if err := a.Validate(bank); err != nil {
			t.Fatalf("answer set %d (%v) is not valid: %v", len(seen)+1, a, err)
		}
		key := a.String()
		if seen[key] {
			t.Fatalf("answer set %v yielded twice", a)
		}
		seen[key] = true
		if prev != nil {
			// Each yielded map is fresh: spoiling the last one must not
			// change this one.
			for id := range prev {
				prev[id] = "spoiled"
			}
			if a.String() != key {
				t.Fatalf("changing the previous answer set changed this one: %v", a)
			}
		}
		prev = a
	}
	if len(seen) != want {
		t.Fatalf("Space yielded %d distinct answer sets, want %d", len(seen), want)
	}
}

func TestSpaceStopsEarly(t *testing.T) {
	n := 0
	for range quiz.Space(defaultBank()) {
		n++
		if n == 10 {
			break
		}
	}
	if n != 10 {
		t.Fatalf("got %d answer sets before break, want 10", n)
	}
}

func TestSpaceOfEmptyBank(t *testing.T) {
	n := 0
	for a := range quiz.Space(nil) {
		if len(a) != 0 {
			t.Errorf("empty bank yielded %v", a)
		}
		n++
	}
	if n != quiz.SpaceSize(nil) || n != 1 {
		t.Fatalf("empty bank: %d answer sets, SpaceSize %d; want 1 (the empty set)", n, quiz.SpaceSize(nil))
	}
}

// smallBank has a follow-up (b, asked when a is x) and a many question (c,
// any of m and n): a=x gives 3·4 sets, a=y gives 4, 16 in all.
func smallBank() []quiz.Question {
	opts := func(vs ...string) []quiz.Option {
		var os []quiz.Option
		for _, v := range vs {
			os = append(os, quiz.Option{Value: v, Label: v})
		}
		return os
	}
	return []quiz.Question{
		{ID: "a", Kind: quiz.KindOne, Options: opts("x", "y")},
		{ID: "b", Kind: quiz.KindOne, AskIf: &quiz.Condition{Question: "a", AnyOf: []string{"x"}}, Options: opts("p", "q", "r")},
		{ID: "c", Kind: quiz.KindMany, Options: opts("m", "n")},
	}
}

func TestSpaceWithFollowUpAndMany(t *testing.T) {
	bank := smallBank()
	var want []string
	for _, b := range []string{"p", "q", "r"} {
		for _, c := range []string{"", "m", "n", "m,n"} {
			want = append(want, "a=x b="+b+" c="+c)
		}
	}
	for _, c := range []string{"", "m", "n", "m,n"} {
		want = append(want, "a=y c="+c)
	}
	if got := quiz.SpaceSize(bank); got != 16 || len(want) != 16 {
		t.Fatalf("SpaceSize = %d, want 16", got)
	}
	var got []string
	for a := range quiz.Space(bank) {
		if err := a.Validate(bank); err != nil {
			t.Errorf("%v is not valid: %v", a, err)
		}
		got = append(got, a.String())
	}
	if !slices.Equal(got, want) {
		t.Fatalf("Space yielded\n%q\nwant\n%q", got, want)
	}
}

// A follow-up of a follow-up is counted only where both are asked.
func TestSpaceSizeOfChainedFollowUps(t *testing.T) {
	bank := append(smallBank(), quiz.Question{ID: "d", Kind: quiz.KindOne,
		AskIf:   &quiz.Condition{Question: "b", AnyOf: []string{"p", "q"}},
		Options: []quiz.Option{{Value: "u"}, {Value: "v"}}})
	// a=x: b=p or q (2 each of d) = 4, b=r = 1: 5·4; a=y: 4. 24 in all.
	n := 0
	for a := range quiz.Space(bank) {
		if err := a.Validate(bank); err != nil {
			t.Errorf("%v is not valid: %v", a, err)
		}
		n++
	}
	if got := quiz.SpaceSize(bank); got != 24 || n != 24 {
		t.Fatalf("SpaceSize = %d, Space yields %d; want 24", got, n)
	}
}
