package quiz

import (
	"strconv"
	"unicode/utf8"
)

// QuoteLimit is how many characters of a value Quote shows.
const QuoteLimit = 60

// Quote is s in Go quotes for an error message, cut with "…" so that it
// shows at most QuoteLimit characters between the quotes, so a huge or
// hostile value cannot flood the message. Invalid UTF-8 and control
// characters show as escapes, and count at their escaped length.
func Quote(s string) string {
	n := QuoteLimit
	q := strconv.Quote(Cut(s, n))
	for {
		shown := utf8.RuneCountInString(q) - 3 // quotes and "…" aside
		if shown <= QuoteLimit || n <= 1 {
			return q
		}
		n = max(min(n-1, n*QuoteLimit/shown), 1) // escapes are longer than what they stand for
		q = strconv.Quote(Cut(s, n))
	}
}

// Cut is s cut after n characters (runes), ending with "…" when it was
// longer. It never splits a character.
func Cut(s string, n int) string {
	i := 0
	for at := range s {
		if i == n {
			return s[:at] + "…"
		}
		i++
	}
	return s
}
