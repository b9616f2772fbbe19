// Package studio reads a studio's own settings for the quiz: its name,
// shown on the welcome, the booking link the results offer with the
// customer's answer code in it, and its prices, which the results turn
// into an estimate for the pick (see EstimateFor). The settings live in a small YAML file
// (DefaultPath unless told otherwise), read strictly by Parse and Load:
// every mistake is reported with its line.
package studio

import (
	"net/url"
	"strings"
	"time"
)

// Placeholder is where a booking URL takes the answer code.
const Placeholder = "{code}"

// Studio is a studio's settings. The zero value is a studio with none:
// no name shown and no booking link.
type Studio struct {
	// Name is shown on the welcome.
	Name string `yaml:"name"`
	// BookingURL is a template with Placeholder, e.g.
	// https://example-studio.test/book?quiz={code}.
	BookingURL string `yaml:"booking_url"`
	// Theme is the quiz's colour theme ("" for the default).
	Theme string `yaml:"theme"`
	// Currency writes prices; the zero value is none.
	Currency Currency `yaml:"currency"`
	// Retention is how long saved consultations are kept; 0 means
	// DefaultRetention (see RetentionOr).
	Retention time.Duration `yaml:"retention"`
	// Prices are what each type costs at the studio; nil when the file
	// sets none, and then nothing about money is shown.
	Prices *Prices `yaml:"prices"`
}

// Booking is the booking link for an answer code, "" when the studio has
// no booking URL.
func (s Studio) Booking(code string) string {
	if s.BookingURL == "" {
		return ""
	}
	return strings.ReplaceAll(s.BookingURL, Placeholder, url.QueryEscape(code))
}
