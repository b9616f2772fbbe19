package ui

import (
	"fmt"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// TestSharedDrawingsDrawAlike drives two quizzes with the same keys: one
// drawing from a cache that other quizzes filled, and one that draws every
// part and builds every form itself. After every key, at several sizes, in
// colour and without, as a kiosk, with saving and without, both must show
// the same screen and hold the same answers.
func TestSharedDrawingsDrawAlike(t *testing.T) {
	rb := defaultRulebook(t)
	keys := []string{"1", "2", "3", "4", "8", "down", "down", "up", "up", "enter", "enter", "shift+tab", "esc", "e", "r", "?", "pgdown", "pgup", "s", "n", "q", "j", "k", "ctrl+n", "tab", "home", "end", "G"}
	sizes := [][2]int{{80, 24}, {40, 12}, {120, 40}, {52, 16}}
	save := func(r consult.Record) (consult.Record, error) { return r, nil }
	configs := map[string]Config{"plain": {}, "kiosk": {Kiosk: true, StaffPIN: "2468", Idle: time.Hour}, "save": {Save: save}}
	for _, styles := range []struct {
		name string
		st   func(testing.TB) Styles
	}{{"plain", plainStyles}, {"256", colourStyles}} {
		st := styles.st(t)
		own := st
		own.id = "" // shares nothing: draws every part itself
		shared := NewDrawings(0)
		for cname, cfg := range configs {
			// 30 random walks per style and config; 6 under the race
			// detector, which makes each several times slower.
			seeds := uint64(30)
			if raceEnabled {
				seeds = 6
			}
			for seed := range seeds {
				t.Run(fmt.Sprintf("%s/%s/%d", styles.name, cname, seed), func(t *testing.T) {
					rng := rand.New(rand.NewPCG(seed, 7))
					size := sizes[rng.IntN(len(sizes))]
					cfg := cfg
					cfg.Drawings = shared
					cached := New(rb, st, cfg)
					cfg.Drawings = nil
					fresh := New(rb, own, cfg)
					var log []string
					for _, m := range []*Model{cached, fresh} {
						m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
						press(m, "enter")
					}
					for step := 0; step < 60; step++ {
						k := keys[rng.IntN(len(keys))]
						if rng.IntN(12) == 0 {
							size = sizes[rng.IntN(len(sizes))]
							k = fmt.Sprintf("resize %dx%d", size[0], size[1])
						}
						log = append(log, k)
						for _, m := range []*Model{cached, fresh} {
							if k[0] == 'r' && len(k) > 1 {
								_, cmd := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
								deliver(m, cmd, 0)
							} else {
								press(m, k)
							}
						}
						if a, b := cached.View(), fresh.View(); a != b {
							t.Fatalf("after %v the screens differ:\nshared drawings:\n%s\nits own:\n%s", log, a, b)
						}
						if a, b := fmt.Sprint(cached.Answers()), fmt.Sprint(fresh.Answers()); a != b {
							t.Fatalf("after %v the answers differ: %s and %s", log, a, b)
						}
					}
				})
			}
		}
		if len(shared.drawn) == 0 {
			t.Fatalf("%s: nothing was drawn into the shared cache", styles.name)
		}
	}
}

// TestDrawingsIsBounded fills a cache past its size from many sessions at
// once (run with -race in CI) and checks it never holds more than its size.
func TestDrawingsIsBounded(t *testing.T) {
	rb := defaultRulebook(t)
	st := plainStyles(t)
	forms := NewDrawings(10)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := New(rb, st, Config{Drawings: forms})
			for w := 40; w < 60; w++ {
				m.Update(tea.WindowSizeMsg{Width: w + g, Height: 20})
				if m.Screen() == "welcome" {
					press(m, "enter")
				}
			}
		}()
	}
	wg.Wait()
	if n := len(forms.drawn); n > 10 || n == 0 {
		t.Fatalf("the cache holds %d screens; want 1 to 10", n)
	}
}
