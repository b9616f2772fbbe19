package quiz_test

import (
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

func TestSpace(t *testing.T) {
	bank := defaultBank()
	// 3·3·3·4·3·3·2·2 answer sets: the product of the options of the eight questions.
	const want = 3888
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
