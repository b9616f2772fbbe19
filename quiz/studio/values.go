package studio

import (
	"errors"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"go.yaml.in/yaml/v3"
)

// Limits on a studio's settings.
const (
	// MaxName is how many terminal columns a name may take: it shares the
	// welcome's top line on an 80-column screen.
	MaxName = 60
	// MaxURL is how many characters a booking URL may have, the longest
	// link browsers and QR readers all take.
	MaxURL = 2000
)

// sampleCode stands for an answer code when a booking URL is checked.
const sampleCode = "ABCD-EFGH"

// readName checks and keeps the studio's name: one line of text that fits
// the welcome.
func readName(r *reading, key string, v *yaml.Node) []Problem {
	name, ps := text(key, v)
	if ps != nil {
		return ps
	}
	if at, r := control(name); at > 0 {
		return problemf(key, v, "character %d is a control character (%U); a name is one line of plain text", at, r)
	}
	if w := ansi.StringWidth(name); w > MaxName {
		return problemf(key, v, "too long: %d columns wide, at most %d fit on the welcome (a wide character such as 店 takes two)", w, MaxName)
	}
	r.s.Name = name
	return nil
}

// readBookingURL checks and keeps the booking URL: an absolute http(s)
// link with Placeholder where the answer code goes. Placeholder may come
// more than once (Booking fills in each), e.g. once in the path and once
// in a tracking parameter.
func readBookingURL(r *reading, key string, v *yaml.Node) []Problem {
	raw, ps := text(key, v)
	if ps != nil || raw == "" {
		return ps
	}
	if n := utf8.RuneCountInString(raw); n > MaxURL {
		return problemf(key, v, "too long: %d characters, at most %d", n, MaxURL)
	}
	if at, r := control(raw); at > 0 {
		return problemf(key, v, "character %d is a control character (%U); a link is one line of plain text", at, r)
	}
	if at := strings.IndexFunc(raw, unicode.IsSpace); at >= 0 {
		return problemf(key, v, "character %d is a space; write a space in a link as %%20", utf8.RuneCountInString(raw[:at])+1)
	}
	u, err := url.Parse(strings.ReplaceAll(raw, Placeholder, sampleCode))
	if ue := (*url.Error)(nil); errors.As(err, &ue) {
		err = ue.Err // url.Error repeats the whole link
	}
	switch {
	case err != nil:
		return problemf(key, v, "not a link: %v", err)
	case u.Scheme == "":
		return problemf(key, v, "not a whole link: start it with https:// (or http://)")
	case u.Scheme != "https" && u.Scheme != "http":
		return problemf(key, v, "must start with https:// (or http://), not %s:", u.Scheme)
	case u.Host == "":
		return problemf(key, v, "no host: write it as https://your-studio.example/…, with both slashes")
	case u.User != nil:
		return problemf(key, v, "has a user name or password (before @) that every customer would see; take it out")
	case !strings.Contains(raw, Placeholder) && strings.Contains(strings.ToLower(raw), Placeholder):
		return problemf(key, v, "write %s in lower case", Placeholder)
	case !strings.Contains(raw, Placeholder):
		return problemf(key, v, "no %s in it: put %s where the booking page takes the quiz's answer code, e.g. https://your-studio.example/book?quiz=%s", Placeholder, Placeholder, Placeholder)
	}
	r.s.BookingURL = raw
	return nil
}

// control finds the first character of s that would upset a terminal
// line: a control character (newline and tab included), a line or
// paragraph separator, or a bidirectional control that reorders what
// follows. It returns its position, from 1, and the character; 0 if none.
func control(s string) (int, rune) {
	i := 0
	for _, r := range s {
		i++
		if unicode.IsControl(r) || unicode.In(r, unicode.Zl, unicode.Zp, unicode.Bidi_Control) {
			return i, r
		}
	}
	return 0, 0
}
