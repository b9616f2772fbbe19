package answercode

import (
	"errors"
	"strings"
	"testing"
	"unicode"
)

// FuzzDecode: reading any string never panics; it gives answers or an
// error wrapping one of the four reasons, never both. What it reads is a
// valid set of answers whose code is the string as typed, once case,
// spaces and dashes are set right.
func FuzzDecode(f *testing.F) {
	c, bank := defaultCodec(f)
	for _, code := range encodeAll(f, c, randomSets(bank, 8)) {
		f.Add(code)
		f.Add(strings.ToLower(plain(code)))
		f.Add(code[:len(code)-1] + "A") // most likely a wrong check
		f.Add(code[1:] + code[:1])
	}
	for _, s := range []string{"", "-", "A9PT-ECYK", " a9pt ecyk\n", "A9PT-ECYO", "K7MX-4P", "AAAA-AAAA", "9999-9999",
		"A9PT-ECYKA", "É", "\x00", "A9PT\u00a0ECYK", strings.Repeat("A", 1000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := c.Decode(s)
		if err != nil {
			if a != nil {
				t.Fatalf("Decode(%q) gave answers %v with its error %v", s, a, err)
			}
			if !errors.Is(err, ErrShape) && !errors.Is(err, ErrCheck) && !errors.Is(err, ErrQuestionSet) && !errors.Is(err, ErrAnswers) {
				t.Fatalf("Decode(%q): %v wraps none of the four reasons", s, err)
			}
			return
		}
		if err := a.Validate(bank); err != nil {
			t.Fatalf("Decode(%q) gave answers that are not valid: %v", s, err)
		}
		code, err := c.Encode(a)
		if err != nil {
			t.Fatalf("Encode(Decode(%q)): %v", s, err)
		}
		typed := strings.Map(func(r rune) rune {
			if r == '-' || unicode.IsSpace(r) {
				return -1
			}
			return unicode.ToUpper(r)
		}, s)
		if !c.Looks(s) || plain(code) != typed {
			t.Fatalf("Decode(%q) read answers whose code is %s", s, code)
		}
	})
}
