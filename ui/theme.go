package ui

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/ui/themes"
)

// huhTheme builds the named huh theme with every style bound to r, so that
// colours follow r's terminal rather than the process's standard output,
// and its colours settled for that terminal.
func huhTheme(name string, r *lipgloss.Renderer) (*huh.Theme, error) {
	t, err := namedTheme(name)
	if err != nil {
		return nil, err
	}
	settle(reflect.ValueOf(t), r)
	return t, nil
}

// namedTheme is the named theme as huh builds it.
func namedTheme(name string) (*huh.Theme, error) {
	switch name {
	case "", "charm":
		return huh.ThemeCharm(), nil
	case "dracula":
		return huh.ThemeDracula(), nil
	case "catppuccin":
		return huh.ThemeCatppuccin(), nil
	case "base16":
		return huh.ThemeBase16(), nil
	case "base":
		return huh.ThemeBase(), nil
	}
	return nil, fmt.Errorf("unknown theme %q (themes: %s)", name, strings.Join(themes.Names, ", "))
}
