package ui

import (
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// BenchmarkView measures drawing one frame at 80×24 in 256 colours, as a
// server's session draws it after a key, on the welcome, a question (the
// form built by a key) and the results.
func BenchmarkView(b *testing.B) {
	rb := defaultRulebook(b)
	st := colourStyles(b)
	for _, bc := range []struct {
		name string
		keys []string
	}{
		{"welcome", nil},
		{"question", []string{"enter", "down"}},
		{"results", []string{"enter", "2", "1", "2", "1", "2", "enter", "2", "1", "2", "1", "2"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			m := New(rb, st, Config{Drawings: NewDrawings(0)})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			press(m, bc.keys...)
			if v := m.View(); v == "" {
				b.Fatalf("%s: nothing drawn", bc.name)
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu := processCPU()
			for range b.N {
				_ = m.View()
			}
			// On a shared machine the wall time counts waiting for a core;
			// the process's CPU time does not.
			b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// processCPU is the CPU time this process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
