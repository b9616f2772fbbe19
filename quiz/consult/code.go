package consult

import (
	"fmt"
	"github.com/jewelquiz/jewelquiz/quiz"
	"io"
	"strings"
	"unicode/utf8"
)

// alphabet holds the characters of a code: no look-alikes (no 0/O, 1/I/L,
// 2/Z, 5/S, 8/B), so a code read aloud or off a screen is typed right.
const alphabet = "ACDEFGHJKMNPQRTUVWXY34679"

// codeLen is the number of characters in a code, not counting its dash.
const codeLen = 6

// dashAt is where the dash goes when a code is shown: "K7MX-4P".
const dashAt = 4

// codeHelp says what a code looks like, for error messages.
const codeHelp = "a code is 6 letters and digits such as K7MX-4P (the dash is optional; 0, O, 1, I, L, 2, Z, 5, S, 8 and B are never used)"

// newCode draws a code uniformly from the alphabet, reading random bytes
// from r.
func newCode(r io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 16)
	for b.Len() < codeLen+1 {
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", fmt.Errorf("making a code: %w", err)
		}
		for _, c := range buf {
			// Reject bytes past the last whole multiple of the alphabet's
			// size, so every character is equally likely.
			if int(c) >= 256/len(alphabet)*len(alphabet) {
				continue
			}
			if b.Len() == dashAt {
				b.WriteByte('-')
			}
			b.WriteByte(alphabet[int(c)%len(alphabet)])
			if b.Len() == codeLen+1 {
				break
			}
		}
	}
	return b.String(), nil
}

// ParseCode normalises a code typed by a person: it trims spaces, upper-cases
// and accepts the code with or without its dash. It returns the code as
// shown ("K7MX-4P"), or an error wrapping ErrBadCode that says what a code
// looks like.
func ParseCode(s string) (string, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.ReplaceAll(t, "-", "")
	t = strings.ReplaceAll(t, " ", "")
	if t == "" {
		return "", fmt.Errorf("%s is %w: it is empty; %s", quiz.Quote(s), ErrBadCode, codeHelp)
	}
	for _, c := range t {
		if c >= utf8.RuneSelf || !strings.ContainsRune(alphabet, c) {
			return "", fmt.Errorf("%s is %w: %q is never used in codes; %s", quiz.Quote(s), ErrBadCode, c, codeHelp)
		}
	}
	if len(t) != codeLen {
		return "", fmt.Errorf("%s is %w: it has %d characters; %s", quiz.Quote(s), ErrBadCode, len(t), codeHelp)
	}
	return t[:dashAt] + "-" + t[dashAt:], nil
}
