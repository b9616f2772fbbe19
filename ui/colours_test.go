package ui

import (
	"fmt"
	"io"
	"reflect"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/ui/themes"
	"github.com/muesli/termenv"
)

// styles collects every lipgloss.Style reachable in v, by path.
func styles(v reflect.Value, path string, out map[string]lipgloss.Style) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), path+"."+v.Type().Field(i).Name
		switch {
		case !f.CanInterface():
		case f.Type() == styleType:
			out[name] = f.Interface().(lipgloss.Style)
		case f.Kind() == reflect.Struct, f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.Struct:
			styles(f, name, out)
		}
	}
}

// TestSettledThemesDrawAlike checks that settling a theme's colours for a
// terminal changes no byte that terminal is sent: every style of every
// theme, on every colour profile and both backgrounds, draws the same text
// settled as lipgloss draws it from the theme as written.
func TestSettledThemesDrawAlike(t *testing.T) {
	profiles := map[string]termenv.Profile{"truecolor": termenv.TrueColor, "256": termenv.ANSI256, "16": termenv.ANSI, "none": termenv.Ascii}
	for _, theme := range themes.Names {
		for pname, p := range profiles {
			for _, dark := range []bool{true, false} {
				t.Run(fmt.Sprintf("%s/%s/dark=%v", theme, pname, dark), func(t *testing.T) {
					r := lipgloss.NewRenderer(io.Discard)
					r.SetColorProfile(p)
					r.SetHasDarkBackground(dark)
					settled, err := huhTheme(theme, r)
					if err != nil {
						t.Fatal(err)
					}
					raw, err := namedTheme(theme)
					if err != nil {
						t.Fatal(err)
					}
					want, got := map[string]lipgloss.Style{}, map[string]lipgloss.Style{}
					styles(reflect.ValueOf(raw), "theme", want)
					styles(reflect.ValueOf(settled), "theme", got)
					if len(want) < 20 || len(want) != len(got) {
						t.Fatalf("found %d styles as written and %d settled", len(want), len(got))
					}
					coloured := 0
					for path, w := range want {
						a, b := w.Renderer(r).Render("ab"), got[path].Render("ab")
						if a != b {
							t.Errorf("%s: draws %q settled, %q as written", path, b, a)
						}
						if a != "ab" {
							coloured++
						}
					}
					if p != termenv.Ascii && coloured == 0 {
						t.Errorf("no style drew any colour on %s: the comparison proves nothing", pname)
					}
				})
			}
		}
	}
}
