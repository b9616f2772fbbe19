package rules

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MarshalJSON writes the recommendation in the documented JSON shape (see
// AppendJSON).
func (r Recommendation) MarshalJSON() ([]byte, error) {
	return r.AppendJSON(nil), nil
}

// AppendJSON appends the recommendation to dst in the documented JSON
// shape, compact, with "pick": null when every type is ruled out, and
// returns the extended buffer. It writes the same bytes encoding/json
// would for the shape's structs (HTML characters escaped, empty lists as
// []), in one pass: encoding/json re-reads and compacts whatever a
// MarshalJSON returns, which took most of the time of `recommend --format
// json`.
func (r Recommendation) AppendJSON(dst []byte) []byte {
	b := append(dst, `{"pick":`...)
	if r.Pick != "" {
		b = appendString(b, r.Pick)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"confidence":`...)
	b = appendString(b, string(r.Confidence))
	b = append(b, `,"flags":[`...)
	for i, f := range r.Flags {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendString(b, f.ID)
		b = append(b, `,"text":`...)
		b = appendString(b, f.Text)
		b = append(b, '}')
	}
	b = append(b, `],"ranking":[`...)
	for i, t := range r.Ranking {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendRanked(b, t)
	}
	b = append(b, `],"metals":`...)
	b = appendMetals(b, r.Metals)
	b = append(b, `,"summary":`...)
	b = appendString(b, r.Summary)
	b = append(b, `,"versus":`...)
	b = appendString(b, r.Versus)
	b = append(b, `,"ask":`...)
	b = appendStrings(b, r.Ask)
	b = append(b, `,"scans":`...)
	b = appendString(b, r.Scans)
	b = append(b, `,"fit":`...)
	if r.Pick != "" {
		b = appendFit(b, r.Fit)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"runner_up":`...)
	if a := r.RunnerUp; a != nil {
		b = append(b, `{"type":`...)
		b = appendString(b, a.Type)
		b = append(b, `,"name":`...)
		b = appendString(b, a.Name)
		b = append(b, `,"metals":`...)
		b = appendMetals(b, a.Metals)
		b = append(b, `,"ask":`...)
		b = appendStrings(b, a.Ask)
		b = append(b, `,"scans":`...)
		b = appendString(b, a.Scans)
		b = append(b, `,"fit":`...)
		b = appendFit(b, a.Fit)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"rulebook_version":`...)
	b = appendString(b, r.RulebookVersion)
	return append(b, '}')
}

func appendRanked(b []byte, t Ranked) []byte {
	b = append(b, `{"type":`...)
	b = appendString(b, t.Type)
	b = append(b, `,"name":`...)
	b = appendString(b, t.Name)
	b = append(b, `,"score":`...)
	b = strconv.AppendInt(b, int64(t.Score), 10)
	b = append(b, `,"excluded":`...)
	b = strconv.AppendBool(b, t.Excluded)
	b = append(b, `,"excluded_because":`...)
	b = appendString(b, t.ExcludedBecause)
	b = append(b, `,"reasons":`...)
	b = appendStrings(b, t.Reasons)
	b = append(b, `,"cautions":`...)
	b = appendStrings(b, t.Cautions)
	b = append(b, `,"base":`...)
	b = strconv.AppendInt(b, int64(t.Base), 10)
	b = append(b, `,"trace":[`...)
	for i, s := range t.Trace {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"question":`...)
		b = appendString(b, s.Question)
		b = append(b, `,"answer":`...)
		b = appendString(b, s.Answer)
		b = append(b, `,"effect":`...)
		if s.Excludes {
			b = append(b, `"excluded"`...)
		} else {
			b = strconv.AppendInt(b, int64(s.Points), 10)
		}
		b = append(b, `,"because":`...)
		b = appendString(b, s.Because)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// appendMetals appends metal advice: metal ids, and empty lists rather
// than null.
func appendMetals(b []byte, m MetalReport) []byte {
	ids := func(b []byte, ms []Metal) []byte {
		b = append(b, '[')
		for i, x := range ms {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, x.ID)
		}
		return append(b, ']')
	}
	b = append(b, `{"recommended":`...)
	b = ids(b, m.Recommended)
	b = append(b, `,"avoid":`...)
	b = ids(b, m.Avoid)
	b = append(b, `,"note":`...)
	b = appendString(b, m.Note)
	return append(b, '}')
}

func appendFit(b []byte, f Fit) []byte {
	b = append(b, `{"advice":`...)
	b = appendString(b, f.Advice)
	b = append(b, `,"season":`...)
	b = appendString(b, f.Season)
	return append(b, '}')
}

// appendStrings appends a list of strings, [] for none.
func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// AppendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it (HTML characters, U+2028 and U+2029, invalid UTF-8 as
// U+FFFD).
func AppendJSONString(b []byte, s string) []byte { return appendString(b, s) }

// appendString copies s between quotes when nothing in it needs escaping,
// the usual case, and leaves every other string to encoding/json.
func appendString(b []byte, s string) []byte {
	if !plainJSON(s) {
		q, _ := json.Marshal(s) // a string always encodes
		return append(b, q...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// safeASCII marks the ASCII bytes encoding/json copies as they are.
var safeASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 0x20 && !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainJSON reports whether encoding/json writes s as it is, between
// quotes: no control character, quote, backslash or HTML character, valid
// UTF-8, no U+2028 or U+2029. It looks at eight bytes at a time: most of a
// recommendation's JSON is such strings.
func plainJSON(s string) bool {
	ascii := true
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// A byte below 0x20 or equal to one of the five; bytes of 0x80
		// and up are never reported here, only in x&highs.
		if hasLess(x, 0x20) || hasByte(x, '"') || hasByte(x, '\\') || hasByte(x, '<') || hasByte(x, '>') || hasByte(x, '&') {
			return false
		}
		if x&highs != 0 {
			ascii = false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
		} else if !safeASCII[c] {
			return false
		}
	}
	return ascii || utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
}

// hasLess reports whether a byte of x is below n (n at most 0x80).
func hasLess(x, n uint64) bool { return (x-ones*n)&^x&highs != 0 }

// hasByte reports whether a byte of x is c (below 0x80).
func hasByte(x, c uint64) bool { return hasLess(x^(ones*c), 1) }
