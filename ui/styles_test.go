package ui

import (
	"fmt"
	"io"
	"reflect"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/ui/themes"
	"github.com/muesli/termenv"
)

// drawsOf is what every style reachable in st draws for the same text, by
// path: two Styles that draw alike have equal drawsOf.
func drawsOf(st Styles) map[string]string {
	found := map[string]lipgloss.Style{}
	styles(reflect.ValueOf(&st), "styles", found)
	out := make(map[string]string, len(found))
	for path, s := range found {
		out[path] = s.Render("ab")
	}
	out["full/empty"] = st.Full + st.Empty
	return out
}

// terminalKinds is a renderer for each colour profile and background.
func terminalKinds() map[string]*lipgloss.Renderer {
	kinds := map[string]*lipgloss.Renderer{}
	for pname, p := range map[string]termenv.Profile{"truecolor": termenv.TrueColor, "256": termenv.ANSI256, "16": termenv.ANSI, "none": termenv.Ascii} {
		for _, dark := range []bool{true, false} {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(p)
			r.SetHasDarkBackground(dark)
			kinds[fmt.Sprintf("%s/dark=%v", pname, dark)] = r
		}
	}
	return kinds
}

// TestStyleCacheDrawsAsNewStyles checks that the cached styles of every
// theme draw each text as NewStyles does from the terminal's own renderer,
// that a second terminal of the same kind gets the very same styles, and
// that another kind of terminal gets styles of its own.
func TestStyleCacheDrawsAsNewStyles(t *testing.T) {
	c := NewStyleCache()
	kinds := terminalKinds()
	for _, theme := range themes.Names {
		forms := map[string]bool{}
		for kind, r := range kinds {
			want, err := NewStyles(r, theme)
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.For(r, theme)
			if err != nil {
				t.Fatal(err)
			}
			wd, gd := drawsOf(want), drawsOf(got)
			if len(wd) < 40 || len(wd) != len(gd) {
				t.Fatalf("%s %s: %d styles built, %d cached", theme, kind, len(wd), len(gd))
			}
			for path, w := range wd {
				if gd[path] != w {
					t.Errorf("%s %s: %s draws %q cached, %q built", theme, kind, path, gd[path], w)
				}
			}
			if got.id != want.id || got.plain != want.plain {
				t.Errorf("%s %s: cached id %q plain %v, built %q %v", theme, kind, got.id, got.plain, want.id, want.plain)
			}
			again, _ := c.For(r, theme)
			if again.Form != got.Form {
				t.Errorf("%s %s: built twice", theme, kind)
			}
			forms[fmt.Sprintf("%p", got.Form)] = true
		}
		if len(forms) != len(kinds) {
			t.Errorf("%s: %d kinds of terminal share %d styles", theme, len(kinds), len(forms))
		}
	}
	if _, err := c.For(kinds["256/dark=true"], "nosuch"); err == nil {
		t.Error("an unknown theme was cached")
	}
}

// TestSharedStylesUnchangedByQuizzes runs quizzes at once on every kind of
// terminal, all drawing with the cache's styles, through keys that build
// forms, answer, go back and show the help; afterwards every style draws as
// a fresh build does. Under -race, a quiz that wrote to the styles it
// shares fails it sooner.
func TestSharedStylesUnchangedByQuizzes(t *testing.T) {
	c := NewStyleCache()
	rb := defaultRulebook(t)
	kinds := terminalKinds()
	var wg sync.WaitGroup
	for kind, r := range kinds {
		for i := range 3 {
			st, err := c.For(r, "charm")
			if err != nil {
				t.Fatal(err)
			}
			wg.Go(func() {
				m := New(rb, st, Config{})
				m.Update(tea.WindowSizeMsg{Width: 80 - 10*i, Height: 24})
				press(m, "enter", "down", "down", "up", "2", "1", "?", "?", "shift+tab", "down", "enter", "3")
				if m.Screen() != "question" {
					t.Errorf("%s: on %s, not a question", kind, m.Screen())
				}
			})
		}
	}
	wg.Wait()
	for kind, r := range kinds {
		want, err := NewStyles(r, "charm")
		if err != nil {
			t.Fatal(err)
		}
		got, _ := c.For(r, "charm")
		wd, gd := drawsOf(want), drawsOf(got)
		for path, w := range wd {
			if gd[path] != w {
				t.Errorf("%s: after the quizzes %s draws %q, a fresh build %q", kind, path, gd[path], w)
			}
		}
	}
}
