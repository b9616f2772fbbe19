package studio

import (
	"strconv"
	"strings"
	"unicode"
)

// plain writes a as a plain number, as a studio file would: 7, 7.5, 12.25.
func plain(a Amount) string {
	s := strconv.FormatInt(int64(a/100), 10)
	if c := a % 100; c != 0 {
		s += strings.TrimRight("."+strconv.FormatInt(int64(c)+100, 10)[1:], "0")
	}
	return s
}

// money writes a sum without its currency: whole units grouped by
// thousands (1,200), cents only when there are some (12.50).
func money(a Amount) string {
	whole := strconv.FormatInt(int64(a/100), 10)
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if c := a % 100; c != 0 {
		b.WriteString("." + strconv.FormatInt(int64(c)+100, 10)[1:])
	}
	return b.String()
}

// Format writes a sum in the currency: the symbol before the number, with
// a space after a symbol of letters ($95, CHF 95).
func (c Currency) Format(a Amount) string {
	return c.prefix() + money(a)
}

// FormatRange writes a range of sums in the currency, the symbol once:
// $95–130, or $95 when both ends are the same.
func (c Currency) FormatRange(r Range) string {
	if r.Low == r.High {
		return c.Format(r.Low)
	}
	return c.prefix() + money(r.Low) + "–" + money(r.High)
}

// prefix is what comes before a number: the symbol, and a space after one
// that ends in a letter.
func (c Currency) prefix() string {
	s := c.Symbol
	if s == "" {
		s = c.Code
	}
	if r := []rune(s); len(r) > 0 && unicode.IsLetter(r[len(r)-1]) {
		s += " "
	}
	return s
}
