package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuote(t *testing.T) {
	long := strings.Repeat("a", 100_000)
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"busy", `"busy"`},
		{strings.Repeat("é", QuoteLimit), `"` + strings.Repeat("é", QuoteLimit) + `"`},
		{strings.Repeat("é", QuoteLimit+1), `"` + strings.Repeat("é", QuoteLimit) + `…"`},
		{long, `"` + long[:QuoteLimit] + `…"`},
		{"a\x00\xff", `"a\x00\xff"`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%.20q…) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// Escapes count at the length they show: a value of control characters
// is cut to QuoteLimit characters of escapes, not four times that.
func TestQuoteCountsEscapes(t *testing.T) {
	for _, s := range []string{strings.Repeat("\x01", 300), strings.Repeat("\xff", 300), strings.Repeat("a\x00", 300)} {
		q := Quote(s)
		if n := utf8.RuneCountInString(q); n > QuoteLimit+3 {
			t.Errorf("Quote of %d bytes shows %d characters: %s", len(s), n, q)
		}
		if !strings.HasSuffix(q, `…"`) {
			t.Errorf("Quote does not say it cut: %s", q)
		}
	}
}
