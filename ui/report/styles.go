// Package report renders a recommendation as a readable report: the same
// code draws the results screen of the quiz and the text printed by
// `jewelquiz recommend`.
package report

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/muesli/termenv"
)

// Styles are the styles a report is drawn with.
type Styles struct {
	Title    lipgloss.Style
	Pick     lipgloss.Style
	Heading  lipgloss.Style
	Text     lipgloss.Style
	Dim      lipgloss.Style
	Bullet   lipgloss.Style
	BarFull  lipgloss.Style
	BarEmpty lipgloss.Style
	Good     lipgloss.Style
	Bad      lipgloss.Style
	// Full and Empty are the characters of the score bar; Mark starts a bullet.
	Full, Empty, Mark string
	// Spoken writes each score as words ("Welded bracelet: 80 out of 100")
	// instead of a bar, for a screen reader, which would read a bar out
	// character by character. The zero value keeps the bars.
	Spoken bool
	// Lang is the language of the report's own words: its titles,
	// headings and labels (the rulebook's words come translated with the
	// rulebook). The zero value is English.
	Lang locale.Lang
	// wrapped keeps what plain styles have wrapped. Only PlainStyles
	// sets it: its styles have no properties, so drawing with them leaves
	// text as it is, and the report skips lipgloss (which takes most of
	// the time of a long batch) for styles that have it (see plain).
	wrapped *wrapCache
}

// plain reports whether st are PlainStyles, drawn without lipgloss.
func (st Styles) plain() bool { return st.wrapped != nil }

// tr says the report's own words in st's language.
func (st Styles) tr() *locale.Printer { return locale.For(st.Lang) }

// PlainStyles draws with no colour or emphasis and ASCII score bars, for
// text that is piped, saved or printed. The report draws them as plain
// text whatever properties its styles are later given.
func PlainStyles() Styles {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii) // no escape codes at all
	s := r.NewStyle()
	return Styles{Title: s, Pick: s, Heading: s, Text: s, Dim: s, Bullet: s, BarFull: s, BarEmpty: s, Good: s, Bad: s, Full: "#", Empty: ".", Mark: "-",
		wrapped: &wrapCache{m: map[wrapKey]string{}}}
}

// SpokenStyles are PlainStyles with the scores in words, for a screen
// reader.
func SpokenStyles() Styles {
	st := PlainStyles()
	st.Spoken = true
	return st
}

// DefaultStyles draws with colour (adapting to light and dark backgrounds)
// from the given renderer, so each terminal or SSH session gets its own.
func DefaultStyles(r *lipgloss.Renderer) Styles {
	accent := lipgloss.AdaptiveColor{Light: "#8E3B8B", Dark: "#F3A6E8"}
	text := lipgloss.AdaptiveColor{Light: "#2B2B2B", Dark: "#E6E6E6"}
	dim := lipgloss.AdaptiveColor{Light: "#8A8A8A", Dark: "#7A7A7A"}
	good := lipgloss.AdaptiveColor{Light: "#2E7D32", Dark: "#8BD68F"}
	bad := lipgloss.AdaptiveColor{Light: "#B35C00", Dark: "#F2B36B"}
	return Styles{
		Title:    r.NewStyle().Bold(true).Foreground(accent),
		Pick:     r.NewStyle().Bold(true).Foreground(text),
		Heading:  r.NewStyle().Bold(true).Foreground(accent),
		Text:     r.NewStyle().Foreground(text),
		Dim:      r.NewStyle().Foreground(dim),
		Bullet:   r.NewStyle().Foreground(accent),
		BarFull:  r.NewStyle().Foreground(accent),
		BarEmpty: r.NewStyle().Foreground(dim),
		Good:     r.NewStyle().Foreground(good),
		Bad:      r.NewStyle().Foreground(bad),
		Full:     "█",
		Empty:    "░",
		Mark:     "•",
	}
}
