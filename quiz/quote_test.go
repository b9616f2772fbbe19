package quiz

import (
	"strings"
	"testing"
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
