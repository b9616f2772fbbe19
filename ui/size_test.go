package ui

import (
	"math"
	"runtime"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A terminal that claims an enormous size gets a screen no larger than
// MaxWidth×MaxHeight, on every screen a key reaches, and drawing it costs
// no more memory than drawing the largest screen does.
func TestHugeWindowIsClamped(t *testing.T) {
	// The smallest overshoot first: without a clamp it fails at once,
	// before the enormous sizes would exhaust the machine's memory.
	for _, size := range []struct{ w, h int }{
		{MaxWidth + 1, MaxHeight + 1},
		{10_000_000, 24},
		{80, 50_000_000},
		{math.MaxInt32, math.MaxInt32},
	} {
		m := newSized(t, 80, 24)
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		m.Update(tea.WindowSizeMsg{Width: size.w, Height: size.h})
		views := []string{m.View()}
		press(m, "enter", "1")
		views = append(views, m.View())
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		wantW, wantH := min(size.w, MaxWidth), min(size.h, MaxHeight)
		indent := strings.Repeat(" ", (wantW-contentWidth(wantW))/2) + "◆ jewelquiz"
		for i, v := range views {
			if !strings.HasPrefix(v, indent) {
				t.Fatalf("%dx%d, view %d: not laid out %d wide:\n%s", size.w, size.h, i, wantW, v)
			}
			checkFits(t, "clamped view", v, wantW, wantH)
		}
		// Two screens of 500×300 cells, drawn a few times over, with room
		// for the styles' escape codes: far below what one unclamped
		// frame of 50,000,000 lines would take (over 50 MB).
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
			t.Errorf("%dx%d: drawing allocated %d MB", size.w, size.h, alloc>>20)
		}
	}
}

func TestClampSize(t *testing.T) {
	for _, c := range []struct{ w, h, wantW, wantH int }{
		{80, 24, 80, 24},
		{-5, -1, 0, 0},
		{MaxWidth, MaxHeight, MaxWidth, MaxHeight},
		{math.MaxInt, math.MaxInt, MaxWidth, MaxHeight},
		{1, 1, 1, 1},
	} {
		if w, h := ClampSize(c.w, c.h); w != c.wantW || h != c.wantH {
			t.Errorf("ClampSize(%d, %d) = %d, %d; want %d, %d", c.w, c.h, w, h, c.wantW, c.wantH)
		}
	}
}
