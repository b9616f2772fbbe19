package answercode

import (
	"errors"
	"maps"
	"strings"
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
	c, bank := defaultCodec(t)
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

// TestForgivingReading: case, spaces and dashes do not matter, so a code
// read aloud or copied from a message is read all the same; a wrong length
// or a character codes never use is ErrShape, with what is wrong.
func TestForgivingReading(t *testing.T) {
	c, _ := defaultCodec(t)
	want, err := c.Decode("A9PT-ECYK")
	if err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{
		"A9PT-ECYK", "a9pt ecyk", "A9PTECYK", " a9pt-ecyk ", "a9pt-ecyk\n", "A9PT\u00a0ECYK",
		"a-9-p-t-e-c-y-k", "A9PT--ECYK", "\tA9PT ECYK\r\n", "a9PT-ecYK",
	} {
		a, err := c.Decode(typed)
		if err != nil || !maps.Equal(a, want) {
			t.Errorf("Decode(%q) = %v, %v; want the answers of A9PT-ECYK", typed, a, err)
		}
		if !c.Looks(typed) {
			t.Errorf("Looks(%q) = false", typed)
		}
	}
	for _, tc := range []struct {
		typed, says string
	}{
		{"A9PT-ECY", "this has 7"},
		{"A9PT-ECYKA", "this has 9"},
		{"K7MX-4P", "this has 6"},
		{"", "this has 0"},
		{"- -", "this has 0"},
		{"A9PT-ECY0", "'0'"},
		{"A9PT-ECYO", "'O'"},
		{"A9PT-ECY1", "'1'"},
		{"A9PT-ECYI", "'I'"},
		{"A9PT-ECYL", "'L'"},
		{"A9PT-ECY2", "'2'"},
		{"A9PT-ECYZ", "'Z'"},
		{"A9PT-ECY5", "'5'"},
		{"A9PT-ECYS", "'S'"},
		{"A9PT-ECY8", "'8'"},
		{"A9PT-ECYB", "'B'"},
		{"A9PT_ECYK", "'_'"},
		{"A9PT-ÉCYK", "'É'"},
		{"A9PT–ECYK", "'–'"}, // an en dash
	} {
		a, err := c.Decode(tc.typed)
		if !errors.Is(err, ErrShape) || !strings.Contains(err.Error(), tc.says) || a != nil {
			t.Errorf("Decode(%q) = %v, %v; want ErrShape saying %s", tc.typed, a, err, tc.says)
		}
		if c.Looks(tc.typed) {
			t.Errorf("Looks(%q) = true", tc.typed)
		}
	}
}
