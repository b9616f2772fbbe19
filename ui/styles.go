package ui

import (
	"fmt"
	"io"
	"reflect"
	"sync"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/ui/report"
	"github.com/jewelquiz/jewelquiz/ui/themes"
	"github.com/muesli/termenv"
)

// Styles holds every style the quiz draws with. Build it from the renderer
// of the terminal (or SSH session) it will be shown on. Styles made by
// NewStyles for the same theme and kind of terminal share drawings (see
// Drawings); a Styles changed after NewStyles must not share a Drawings
// with unchanged ones.
type Styles struct {
	Brand    lipgloss.Style
	Step     lipgloss.Style
	Heading  lipgloss.Style
	Text     lipgloss.Style
	Dim      lipgloss.Style
	Key      lipgloss.Style
	BarFull  lipgloss.Style
	BarEmpty lipgloss.Style
	Warning  lipgloss.Style
	// Button draws tappable actions; ButtonFocus the one tab moved to.
	Button      lipgloss.Style
	ButtonFocus lipgloss.Style
	Help        help.Styles
	Report      report.Styles
	// Form is the huh theme for the questions.
	Form *huh.Theme
	// Full and Empty draw the progress bar.
	Full, Empty string
	// plain is set when the terminal shows no colour (NO_COLOR): drawings
	// that bring their own colours leave them out.
	plain bool
	// id names the theme and the terminal's colours: styles with the same
	// id draw every text alike (see Drawings); "" shares nothing.
	id string
}

// DefaultStyles returns the quiz's styles in the charm theme for r.
func DefaultStyles(r *lipgloss.Renderer) Styles {
	s, _ := NewStyles(r, "charm")
	return s
}

// NewStyles returns the quiz's styles in the named theme (see themes.Names), with
// the app's own colours taken from the theme so the screens match the form.
func NewStyles(r *lipgloss.Renderer, theme string) (Styles, error) {
	form, err := namedTheme(theme) // settled below, with the rest
	if err != nil {
		return Styles{}, err
	}
	accent := form.Focused.Title.GetForeground()
	dim := form.Focused.Description.GetForeground()
	text := form.Focused.UnselectedOption.GetForeground()
	good := form.Focused.SelectedOption.GetForeground()
	bad := form.Focused.ErrorMessage.GetForeground()
	pointer := form.Focused.SelectSelector.GetForeground()

	rep := report.DefaultStyles(r)
	rep.Title = r.NewStyle().Bold(true).Foreground(accent)
	rep.Heading = r.NewStyle().Bold(true).Foreground(accent)
	rep.Pick = r.NewStyle().Bold(true).Foreground(text)
	rep.Text = r.NewStyle().Foreground(text)
	rep.Dim = r.NewStyle().Foreground(dim).Faint(true)
	rep.Bullet = r.NewStyle().Foreground(pointer)
	rep.BarFull = r.NewStyle().Foreground(pointer)
	rep.BarEmpty = r.NewStyle().Foreground(dim)
	rep.Good = r.NewStyle().Foreground(good)
	rep.Bad = r.NewStyle().Foreground(bad)

	s := Styles{
		Brand:    r.NewStyle().Bold(true).Foreground(pointer),
		Step:     r.NewStyle().Foreground(dim),
		Heading:  r.NewStyle().Bold(true).Foreground(accent),
		Text:     r.NewStyle().Foreground(text),
		Dim:      r.NewStyle().Foreground(dim),
		Key:      r.NewStyle().Bold(true).Foreground(pointer),
		BarFull:  r.NewStyle().Foreground(pointer),
		BarEmpty: r.NewStyle().Foreground(dim),
		Warning:  r.NewStyle().Bold(true).Foreground(bad),
		Button:   r.NewStyle().Foreground(accent),
		// Reverse shows the focus in colour; the label's marks show it
		// without (see buttonCell).
		ButtonFocus: r.NewStyle().Bold(true).Reverse(true).Foreground(accent),
		Help: help.Styles{
			Ellipsis:       r.NewStyle().Foreground(dim),
			ShortKey:       r.NewStyle().Foreground(accent),
			ShortDesc:      r.NewStyle().Foreground(dim),
			ShortSeparator: r.NewStyle().Foreground(dim),
			FullKey:        r.NewStyle().Foreground(accent),
			FullDesc:       r.NewStyle().Foreground(dim),
			FullSeparator:  r.NewStyle().Foreground(dim),
		},
		Report: rep,
		Form:   form,
		Full:   "█",
		Empty:  "░",
	}
	settle(reflect.ValueOf(&s), r) // the report's and help's own colours too
	s.plain = r.ColorProfile() == termenv.Ascii
	s.id = fmt.Sprintf("%s/%d/%t", theme, r.ColorProfile(), r.HasDarkBackground())
	return s, nil
}

// StyleCache builds the quiz's styles once for each theme and kind of
// terminal (colour profile and background) and hands the same styles to
// every quiz drawn on such a terminal, as a server's sessions are: building
// them (the huh theme, every colour settled) costs far more than a session's
// first frame. It is safe for concurrent use.
//
// The styles it returns are bound to a renderer of its own, which holds the
// profile and background and writes nowhere: a lipgloss style only asks its
// renderer which colours to send, so a quiz draws with them exactly as with
// styles built from its own terminal's renderer, and no session's output is
// kept after the session ends. Every Styles it returns shares its Form
// theme: treat them as read-only.
type StyleCache struct {
	mu     sync.Mutex
	styles map[styleKey]Styles
}

// styleKey is what a Styles depends on.
type styleKey struct {
	theme   string
	profile termenv.Profile
	dark    bool
}

// NewStyleCache returns an empty cache.
func NewStyleCache() *StyleCache {
	return &StyleCache{styles: map[styleKey]Styles{}}
}

// For returns the styles in the named theme for a terminal such as r's:
// the same as NewStyles(r, theme) draws, built the first time they are
// asked for. Few keys exist (themes × 4 profiles × 2 backgrounds), so the
// cache is never emptied.
func (c *StyleCache) For(r *lipgloss.Renderer, theme string) (Styles, error) {
	k := styleKey{theme: theme, profile: r.ColorProfile(), dark: r.HasDarkBackground()}
	if k.theme == "" {
		k.theme = themes.Names[0]
	}
	c.mu.Lock()
	defer c.mu.Unlock() // building under the lock: a burst of connections builds each once
	if s, ok := c.styles[k]; ok {
		return s, nil
	}
	own := lipgloss.NewRenderer(io.Discard)
	own.SetColorProfile(k.profile)
	own.SetHasDarkBackground(k.dark)
	s, err := NewStyles(own, k.theme)
	if err != nil {
		return Styles{}, err
	}
	c.styles[k] = s
	return s, nil
}
