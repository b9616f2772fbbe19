package answercode

import (
	"errors"
	"testing"
)

// TestTyposAreCaught mistypes a sample of codes in every way one slip of
// the hand can: each character replaced by each of the 24 others, and each
// two neighbours that differ swapped. Every one is refused with ErrCheck,
// never read as other answers. In a plain run that is 2,000 codes × 8
// positions × 24 characters = 384,000 substitutions, and 13,601 of the
// 2,000 × 7 = 14,000 swaps of neighbours (the other 399 would swap two
// equal characters, which is no change): 397,601 typos. Under -short or
// the race detector, 200 codes.
func TestTyposAreCaught(t *testing.T) {
	bank := defaultBank(t)
	c := New(bank)
	n := 2000
	if sampling() {
		n = 200
	}
	codes := encodeAll(t, c, randomSets(bank, n))
	subs, swaps := 0, 0
	for _, code := range codes {
		digits, err := parse(code)
		if err != nil {
			t.Fatal(err)
		}
		for ty := range typos(digits) {
			typed := format(digits)
			if a, err := c.Decode(typed); !errors.Is(err, ErrCheck) {
				t.Fatalf("%s, %s with %v, gave %v, %v; want ErrCheck", typed, code, ty, a, err)
			}
			if ty.swap {
				swaps++
			} else {
				subs++
			}
		}
	}
	if want := n * c.Len() * (len(alphabet) - 1); subs != want {
		t.Fatalf("tried %d substitutions, want %d", subs, want)
	}
	if !sampling() && swaps != 13601 {
		t.Fatalf("tried %d swaps, the comment above says 13,601: update it", swaps)
	}
	t.Logf("%d codes: %d substitutions and %d swaps of neighbours, each refused", len(codes), subs, swaps)
}
