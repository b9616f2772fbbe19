package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// On every screen size, in every language and setting, the welcome's
// privacy promise shows whole: a smaller screen drops the introduction,
// then the facts and the title, never part of the promise.
func TestWelcomeKeepsThePrivacyPromiseWhole(t *testing.T) {
	store := &fakeStore{}
	settings := []struct {
		name string
		cfg  Config
		id   string
	}{
		{"at home", Config{}, "welcome.privacy"},
		{"over SSH", Config{RemoteAddr: "192.0.2.1:5000"}, "welcome.privacy_served"},
		{"kiosk that saves", Config{Kiosk: true, StaffPIN: testPIN, Save: store.save}, "welcome.privacy_save"},
	}
	for _, lang := range locale.Langs {
		for _, set := range settings {
			for _, size := range [][2]int{{40, 12}, {44, 12}, {50, 13}, {80, 24}} {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang, set.name, size[0], size[1]), func(t *testing.T) {
					cfg := set.cfg
					cfg.Lang = lang
					m := New(defaultRulebook(t), plainStyles(t), cfg)
					m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					view := strings.Join(strings.Fields(m.View()), " ")
					promise := locale.For(lang).T(set.id)
					if !strings.Contains(view, promise) {
						t.Errorf("the welcome lacks %q whole:\n%s", promise, m.View())
					}
				})
			}
		}
	}
}
