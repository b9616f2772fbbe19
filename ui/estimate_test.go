package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/ui/themes"
)

// pricedStudio is the example studio file: prices for every type.
func pricedStudio(t *testing.T) studio.Studio {
	t.Helper()
	st, err := studio.Parse("example.yaml", studio.Example(), studio.VocabularyOf(testRulebook, themes.Names))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestEstimateScreens compares the results of a close result in a studio
// with prices, scrolled to the estimates, with golden files at 80×24 and
// 40×12: each of the two close matches shows its estimate in the studio's
// currency and its fit; without prices, the same results say nothing
// about money.
func TestEstimateScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("estimate_%dx%d", w, h), func(t *testing.T) {
			m := New(testRulebook, plainStyles(t), Config{Studio: pricedStudio(t)})
			m.Update(tea.WindowSizeMsg{Width: w, Height: h})
			answerAll(t, m, setA)
			whole := wholePage(m, w, h)
			for _, want := range []string{"Price and fit for Welded anklet", "About $70–75 for a 9.5-inch welded anklet in implant-grade titanium, weld included.", "Price and fit for Welded necklace", "two fingers' space"} {
				if !strings.Contains(strings.Join(strings.Fields(whole), " "), want) {
					t.Fatalf("the results do not say %q:\n%s", want, whole)
				}
			}
			// Scroll the pick's estimate to the top of the screen.
			const heading = "Price and fit for Welded anklet"
			for i, seen := 0, false; ; i++ {
				if i > 200 {
					t.Fatalf("scrolling never brings the estimate to the top:\n%s", m.View())
				}
				press(m, "down")
				in := strings.Contains(m.View(), heading)
				if seen && !in {
					press(m, "up")
					break
				}
				seen = seen || in
			}
			v := m.View()
			checkFits(t, "estimate", v, w, h)
			golden.RequireEqual(t, []byte(v))
		})
	}
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	if whole := wholePage(m, 80, 24); strings.Contains(whole, "$") || strings.Contains(whole, "Price") || strings.Contains(whole, "Fit") {
		t.Fatalf("with no prices, the results speak of money or fit:\n%s", whole)
	}
}
