package ui

import (
	"reflect"
	"strconv"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// settle binds every lipgloss.Style reachable in v (a struct, or a pointer
// to one) to r, and replaces each of its colours with the colour r's
// terminal will be sent. lipgloss converts a colour each time a style
// renders: an adaptive colour asks which background r has, and a hex colour
// on a 256- or 16-colour terminal is matched to the nearest palette entry by
// a perceptual distance. Done once here, a render only reads a number.
func settle(v reflect.Value, r *lipgloss.Renderer) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if !f.CanSet() {
			continue
		}
		switch {
		case f.Type() == styleType:
			f.Set(reflect.ValueOf(settleStyle(f.Interface().(lipgloss.Style), r)))
		case f.Kind() == reflect.Struct, f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.Struct:
			settle(f, r)
		}
	}
}

var styleType = reflect.TypeOf(lipgloss.Style{})

// settleStyle is s bound to r with its colours resolved for r.
func settleStyle(s lipgloss.Style, r *lipgloss.Renderer) lipgloss.Style {
	s = s.Renderer(r)
	type colour struct {
		get func() lipgloss.TerminalColor
		set func(lipgloss.TerminalColor) lipgloss.Style
	}
	for _, c := range []colour{
		{s.GetForeground, s.Foreground},
		{s.GetBackground, s.Background},
		{s.GetBorderTopForeground, s.BorderTopForeground},
		{s.GetBorderRightForeground, s.BorderRightForeground},
		{s.GetBorderBottomForeground, s.BorderBottomForeground},
		{s.GetBorderLeftForeground, s.BorderLeftForeground},
		{s.GetBorderTopBackground, s.BorderTopBackground},
		{s.GetBorderRightBackground, s.BorderRightBackground},
		{s.GetBorderBottomBackground, s.BorderBottomBackground},
		{s.GetBorderLeftBackground, s.BorderLeftBackground},
	} {
		if tc := c.get(); !isNoColor(tc) {
			s = c.set(resolve(tc, r))
		}
	}
	return s
}

func isNoColor(c lipgloss.TerminalColor) bool {
	_, no := c.(lipgloss.NoColor)
	return c == nil || no
}

// resolve is c as r will send it: one of r's profile's own colours, so
// that rendering it converts nothing.
func resolve(c lipgloss.TerminalColor, r *lipgloss.Renderer) lipgloss.TerminalColor {
	var spec string
	switch c := c.(type) {
	case lipgloss.Color:
		spec = string(c)
	case lipgloss.ANSIColor:
		spec = strconv.Itoa(int(c))
	case lipgloss.AdaptiveColor:
		spec = c.Light
		if r.HasDarkBackground() {
			spec = c.Dark
		}
	case lipgloss.CompleteColor:
		spec = complete(c, r.ColorProfile())
	case lipgloss.CompleteAdaptiveColor:
		cc := c.Light
		if r.HasDarkBackground() {
			cc = c.Dark
		}
		spec = complete(cc, r.ColorProfile())
	default:
		return c // a kind of colour this does not know: leave it to lipgloss
	}
	switch tc := r.ColorProfile().Color(spec).(type) {
	case termenv.ANSIColor:
		return lipgloss.Color(strconv.Itoa(int(tc)))
	case termenv.ANSI256Color:
		return lipgloss.Color(strconv.Itoa(int(tc)))
	case termenv.RGBColor:
		return lipgloss.Color(string(tc))
	default:
		return lipgloss.NoColor{}
	}
}

// complete picks the form of c meant for profile p, as lipgloss does.
func complete(c lipgloss.CompleteColor, p termenv.Profile) string {
	switch p {
	case termenv.TrueColor:
		return c.TrueColor
	case termenv.ANSI256:
		return c.ANSI256
	case termenv.ANSI:
		return c.ANSI
	}
	return ""
}
