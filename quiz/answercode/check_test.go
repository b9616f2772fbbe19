package answercode

import (
	"math/rand/v2"
	"testing"
)

// TestCheckQuasigroup checks the algebra the check character rests on,
// for every element: step is a quasigroup (each row and each column a
// permutation, so one changed character always changes the interim), and
// a totally anti-symmetric one (c∘x∘y = c∘y∘x only when x = y, so a swap
// of two different neighbours always changes it).
func TestCheckQuasigroup(t *testing.T) {
	for a := 0; a < base; a++ {
		row, col := map[int]bool{}, map[int]bool{}
		for b := 0; b < base; b++ {
			row[step(a, b)], col[step(b, a)] = true, true
		}
		if len(row) != base || len(col) != base {
			t.Fatalf("step's row or column %d is not a permutation", a)
		}
	}
	for c := 0; c < base; c++ {
		for x := 0; x < base; x++ {
			for y := 0; y < base; y++ {
				if x != y && step(step(c, x), y) == step(step(c, y), x) {
					t.Fatalf("(%d∘%d)∘%d = (%d∘%d)∘%d: a swap would go unseen", c, x, y, c, y, x)
				}
			}
		}
	}
}

// checked is digits with their check character.
func checked(digits []int) []int {
	return append(append([]int(nil), digits...), checkDigit(digits))
}

// caught counts the single changes and the swaps of different neighbours
// of a checked string, and fails the test at the first that valid takes.
func caught(t *testing.T, s []int) (changes, swaps int) {
	t.Helper()
	if !valid(s) {
		t.Fatalf("%v does not end in its check character", s)
	}
	for ty := range typos(s) {
		if valid(s) {
			t.Fatalf("%v passes the check with %v", s, ty)
		}
		if ty.swap {
			swaps++
		} else {
			changes++
		}
	}
	return changes, swaps
}

// TestCheckEveryShortString: for every string of three characters (15,625
// strings, and their check), every single change (4 positions × 24
// characters) and every swap of different neighbours is caught.
func TestCheckEveryShortString(t *testing.T) {
	changes, swaps := 0, 0
	for n := 0; n < base*base*base; n++ {
		c, s := caught(t, checked([]int{n / (base * base), n / base % base, n % base}))
		changes, swaps = changes+c, swaps+s
	}
	if changes != base*base*base*4*(base-1) {
		t.Fatalf("tried %d changes", changes)
	}
	t.Logf("%d single changes and %d swaps caught", changes, swaps)
}

// TestCheckRandomStrings: for 2,000 random strings of 1 to 30 characters,
// every single change and every swap of different neighbours is caught,
// the check character's included; the empty string's check is A.
func TestCheckRandomStrings(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	changes, swaps := 0, 0
	for range 2000 {
		digits := make([]int, 1+r.IntN(30))
		for i := range digits {
			digits[i] = r.IntN(base)
		}
		c, s := caught(t, checked(digits))
		changes, swaps = changes+c, swaps+s
	}
	if checkDigit(nil) != 0 || !valid(nil) || !valid([]int{0}) {
		t.Fatal("the empty string's check is not 0 (A)")
	}
	t.Logf("%d single changes and %d swaps caught", changes, swaps)
}
