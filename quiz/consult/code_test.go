package consult

import (
	"bytes"
	"crypto/rand"
	"errors"
	"strings"
	"testing"
)

func TestParseCode(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		says     string // part of the error, when the code is rejected
	}{
		{in: "K7MX-4P", want: "K7MX-4P"},
		{in: "k7mx-4p", want: "K7MX-4P"},
		{in: "K7MX4P", want: "K7MX-4P"},
		{in: "  k7mx4p\n", want: "K7MX-4P"},
		{in: "K7MX 4P", want: "K7MX-4P"},
		{in: "ACDE-FG", want: "ACDE-FG"},
		{in: "3467-9Y", want: "3467-9Y"},
		{in: "K7M0-4P", says: "'0'"},
		{in: "K7MO-4P", says: "'O'"},
		{in: "K1MX-4P", says: "'1'"},
		{in: "KIMX-4P", says: "'I'"},
		{in: "KLMX-4P", says: "'L'"},
		{in: "K2MX-4P", says: "'2'"},
		{in: "KZMX-4P", says: "'Z'"},
		{in: "K5MX-4P", says: "'5'"},
		{in: "KSMX-4P", says: "'S'"},
		{in: "K8MX-4P", says: "'8'"},
		{in: "KBMX-4P", says: "'B'"},
		{in: "K7MX-4", says: "5 characters"},
		{in: "K7MX-4PP", says: "7 characters"},
		{in: "", says: "empty"},
		{in: "-", says: "empty"},
		{in: "K7MX/4P", says: "'/'"},
		{in: "K7MX-4É", says: "'É'"},
		{in: "../K7MX", says: "'.'"},
	} {
		got, err := ParseCode(tc.in)
		if tc.says == "" {
			if err != nil || got != tc.want {
				t.Errorf("ParseCode(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("ParseCode(%q) = %q, want an error", tc.in, got)
			continue
		}
		msg := err.Error()
		if !errors.Is(err, ErrBadCode) || !strings.Contains(msg, tc.says) || !strings.Contains(msg, "such as K7MX-4P") {
			t.Errorf("ParseCode(%q) error %q: want ErrBadCode, saying %s and what a code looks like", tc.in, msg, tc.says)
		}
	}
}

// TestNewCode checks that codes are well formed and use the whole alphabet.
func TestNewCode(t *testing.T) {
	seen := map[rune]int{}
	for range 2000 {
		c, err := newCode(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if p, err := ParseCode(c); err != nil || p != c {
			t.Fatalf("newCode made %q, which parses as %q, %v", c, p, err)
		}
		for _, r := range strings.ReplaceAll(c, "-", "") {
			seen[r]++
		}
	}
	if len(seen) != len(alphabet) {
		t.Fatalf("2000 codes used %d characters, want all %d", len(seen), len(alphabet))
	}
	// Bytes 250 and up are skipped, so the codes stay uniform.
	c, err := newCode(bytes.NewReader(append(bytes.Repeat([]byte{255}, 16), block(1, 2, 3, 4, 5, 6)...)))
	if err != nil || c != codeFor(1, 2, 3, 4, 5, 6) {
		t.Fatalf("newCode = %q, %v; want %q", c, err, codeFor(1, 2, 3, 4, 5, 6))
	}
	if _, err := newCode(bytes.NewReader(nil)); err == nil {
		t.Fatal("newCode with no randomness succeeded")
	}
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"K7MX-4P", "k7mx4p", " K7MX 4P ", "K7M0-4P", "", "-", "ÿ", "KKKKKKK", "k7mx--4p"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCode(s)
		if err != nil {
			if !errors.Is(err, ErrBadCode) || c != "" {
				t.Fatalf("ParseCode(%q) = %q, %v", s, c, err)
			}
			return
		}
		if len(c) != codeLen+1 || c[dashAt] != '-' {
			t.Fatalf("ParseCode(%q) = %q, not shaped like K7MX-4P", s, c)
		}
		for _, in := range []string{c, strings.ToLower(c), strings.ReplaceAll(c, "-", "")} {
			if again, err := ParseCode(in); err != nil || again != c {
				t.Fatalf("ParseCode(%q) = %q but ParseCode(%q) = %q, %v", s, c, in, again, err)
			}
		}
	})
}
