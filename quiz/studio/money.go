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

// money writes a sum without its currency, as the language writes
// numbers: whole units grouped by thousands (1,200 in English, 1.200 in
// Spanish), cents only when there are some (12.50, 12,50).
func money(a Amount, w *words) string {
	whole := strconv.FormatInt(int64(a/100), 10)
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(w.thousands)
		}
		b.WriteRune(d)
	}
	if c := a % 100; c != 0 {
		b.WriteString(w.decimal + strconv.FormatInt(int64(c)+100, 10)[1:])
	}
	return b.String()
}

// Format writes a sum in the currency, in English: the symbol before the
// number, with a space after a symbol of letters ($95, CHF 95).
func (c Currency) Format(a Amount) string { return c.FormatIn(English, a) }

// FormatRange writes a range of sums in the currency, in English, the
// symbol once: $95–130, or $95 when both ends are the same.
func (c Currency) FormatRange(r Range) string { return c.FormatRangeIn(English, r) }

// FormatIn writes a sum in the currency as language lang ("en", "es")
// writes it: $1,250.50 in English, 1.250,50 $ in Spanish. A language not
// spoken is English.
func (c Currency) FormatIn(lang string, a Amount) string {
	w := wordsFor(lang)
	return c.around(w, money(a, w))
}

// FormatRangeIn writes a range of sums in the currency as FormatIn does,
// the symbol once: $95–130 in English, 95–130 $ in Spanish; one sum when
// both ends are the same.
func (c Currency) FormatRangeIn(lang string, r Range) string {
	w := wordsFor(lang)
	if r.Low == r.High {
		return c.around(w, money(r.Low, w))
	}
	return c.around(w, money(r.Low, w)+"–"+money(r.High, w))
}

// around puts the currency's symbol where the language puts it: before
// the number in English (a space after a symbol of letters), after it
// with a space in Spanish.
func (c Currency) around(w *words, number string) string {
	s := c.Symbol
	if s == "" {
		s = c.Code
	}
	if w.symbolAfter {
		return number + " " + s
	}
	if r := []rune(s); len(r) > 0 && unicode.IsLetter(r[len(r)-1]) {
		s += " "
	}
	return s + number
}
