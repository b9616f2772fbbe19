package ui

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// Themes lists the names accepted by --theme, the first being the default.
var Themes = []string{"charm", "dracula", "catppuccin", "base16", "base"}

// huhTheme builds the named huh theme with every style bound to r, so that
// colours follow r's terminal rather than the process's standard output.
func huhTheme(name string, r *lipgloss.Renderer) (*huh.Theme, error) {
	var t *huh.Theme
	switch name {
	case "", "charm":
		t = huh.ThemeCharm()
	case "dracula":
		t = huh.ThemeDracula()
	case "catppuccin":
		t = huh.ThemeCatppuccin()
	case "base16":
		t = huh.ThemeBase16()
	case "base":
		t = huh.ThemeBase()
	default:
		return nil, fmt.Errorf("unknown theme %q (themes: %s)", name, strings.Join(Themes, ", "))
	}
	rehome(reflect.ValueOf(t).Elem(), r)
	return t, nil
}

var styleType = reflect.TypeOf(lipgloss.Style{})

// rehome binds every lipgloss.Style reachable in v (a struct) to r.
func rehome(v reflect.Value, r *lipgloss.Renderer) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if !f.CanSet() {
			continue
		}
		switch {
		case f.Type() == styleType:
			f.Set(reflect.ValueOf(f.Interface().(lipgloss.Style).Renderer(r)))
		case f.Kind() == reflect.Struct:
			rehome(f, r)
		}
	}
}
