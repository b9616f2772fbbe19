package ui

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestSharedFormsDrawAlike drives two quizzes with the same keys: one whose
// questions come from a cache other quizzes filled, and one that builds
// every form itself. After every key, at several sizes, in colour and
// without, both must show the same screen and hold the same answers.
func TestSharedFormsDrawAlike(t *testing.T) {
	rb := defaultRulebook(t)
	keys := []string{"1", "2", "3", "4", "down", "down", "up", "enter", "enter", "shift+tab", "esc", "e", "r", "?", "pgdown"}
	sizes := [][2]int{{80, 24}, {40, 12}, {120, 40}, {52, 16}}
	for _, styles := range []struct {
		name string
		st   func(testing.TB) Styles
	}{{"plain", plainStyles}, {"256", colourStyles}} {
		st := styles.st(t)
		shared := NewFormCache(0)
		for seed := range uint64(60) {
			t.Run(fmt.Sprintf("%s/%d", styles.name, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 7))
				size := sizes[rng.IntN(len(sizes))]
				cached := New(rb, st, Config{Forms: shared})
				fresh := New(rb, st, Config{Forms: NewFormCache(0)})
				var log []string
				for _, m := range []*Model{cached, fresh} {
					m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					press(m, "enter")
				}
				for step := 0; step < 40; step++ {
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
						t.Fatalf("after %v the screens differ:\nshared forms:\n%s\nits own forms:\n%s", log, a, b)
					}
					if a, b := fmt.Sprint(cached.Answers()), fmt.Sprint(fresh.Answers()); a != b {
						t.Fatalf("after %v the answers differ: %s and %s", log, a, b)
					}
				}
			})
		}
		if len(shared.screens) == 0 {
			t.Fatalf("%s: no question was drawn into the shared cache", styles.name)
		}
	}
}

// TestFormCacheIsBounded fills a cache past its size from many sessions at
// once (run with -race in CI) and checks it never holds more than its size.
func TestFormCacheIsBounded(t *testing.T) {
	rb := defaultRulebook(t)
	st := plainStyles(t)
	forms := NewFormCache(10)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := New(rb, st, Config{Forms: forms})
			for w := 40; w < 60; w++ {
				m.Update(tea.WindowSizeMsg{Width: w + g, Height: 20})
				if m.screen == screenWelcome {
					press(m, "enter")
				}
			}
		}()
	}
	wg.Wait()
	if n := len(forms.screens); n > 10 || n == 0 {
		t.Fatalf("the cache holds %d screens; want 1 to 10", n)
	}
}
