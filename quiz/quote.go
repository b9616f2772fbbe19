package quiz

import "strconv"

// QuoteLimit is how many characters of a value Quote shows.
const QuoteLimit = 60

// Quote is s in Go quotes for an error message, cut after QuoteLimit
// characters with "…" when longer, so a huge or hostile value cannot flood
// the message. Invalid UTF-8 and control characters show as escapes.
func Quote(s string) string {
	return strconv.Quote(Cut(s, QuoteLimit))
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
