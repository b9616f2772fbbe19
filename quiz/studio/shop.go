package studio

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"

	"go.yaml.in/yaml/v3"
)

// DefaultRetention is how long saved consultations are kept when the
// studio file does not say.
const DefaultRetention = 30 * 24 * time.Hour

// MaxRetention is the longest a studio may keep consultations.
const MaxRetention = 3650 * 24 * time.Hour

// Currency is how a studio's prices are written.
type Currency struct {
	// Code is the ISO 4217 code, e.g. USD.
	Code string
	// Symbol is written with amounts, e.g. $.
	Symbol string
}

// currencies are the currencies a studio file may name.
var currencies = []Currency{
	{"USD", "$"}, {"CAD", "$"}, {"AUD", "$"}, {"NZD", "$"}, {"MXN", "$"},
	{"EUR", "€"}, {"GBP", "£"}, {"CHF", "CHF"},
}

// RetentionOr is how long consultations are kept: the studio's setting,
// or DefaultRetention.
func (s Studio) RetentionOr() time.Duration {
	if s.Retention > 0 {
		return s.Retention
	}
	return DefaultRetention
}

// readTheme checks and keeps the colour theme: one of the quiz's.
func readTheme(r *reading, key string, v *yaml.Node) []Problem {
	name, ps := text(key, v)
	if ps != nil || name == "" {
		return ps
	}
	if len(r.v.Themes) > 0 && !slices.Contains(r.v.Themes, name) {
		return problemf(key, v, "unknown theme %s%s; the themes are %s", quiz.Quote(name), suggestAmong(name, r.v.Themes), strings.Join(r.v.Themes, ", "))
	}
	r.s.Theme = name
	return nil
}

// readCurrency checks and keeps the currency: an ISO 4217 code the quiz
// knows how to write.
func readCurrency(r *reading, key string, v *yaml.Node) []Problem {
	code, ps := text(key, v)
	if ps != nil || code == "" {
		return ps
	}
	for _, c := range currencies {
		if c.Code == strings.ToUpper(code) {
			r.s.Currency = c
			return nil
		}
	}
	codes := make([]string, len(currencies))
	for i, c := range currencies {
		codes[i] = c.Code
	}
	return problemf(key, v, "unknown currency %s; the currencies are %s", quiz.Quote(code), strings.Join(codes, ", "))
}

// readRetention checks and keeps how long consultations are kept: whole
// days, written "30d" or 30.
func readRetention(r *reading, key string, v *yaml.Node) []Problem {
	raw, ps := text(key, v)
	if ps != nil || raw == "" {
		return ps
	}
	days, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(raw), "d"))
	switch {
	case err != nil:
		return problemf(key, v, "%s is not a number of days; write it like 30d", quiz.Quote(raw))
	case days < 1:
		return problemf(key, v, "keep consultations at least 1 day (1d); to save none, run the quiz without --data-dir")
	case time.Duration(days)*24*time.Hour > MaxRetention:
		return problemf(key, v, "%d days is longer than the %d days a studio may keep health information here", days, int(MaxRetention.Hours()/24))
	}
	r.s.Retention = time.Duration(days) * 24 * time.Hour
	return nil
}
