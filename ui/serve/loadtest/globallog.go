package main

import (
	"bytes"
	"sync"

	"github.com/charmbracelet/log"
)

// lineCounter counts the lines written to it by their text.
type lineCounter struct {
	mu    sync.Mutex
	lines map[string]int
}

// captureGlobalLog sends the package-level charmbracelet/log logger, which
// wish's middlewares use whatever Config.Logger says, to a counter instead
// of stderr, so the report stays readable and says what was logged.
func captureGlobalLog() *lineCounter {
	c := &lineCounter{lines: map[string]int{}}
	log.SetReportTimestamp(false)
	log.SetOutput(c)
	return c
}

// Write counts each line of p.
func (c *lineCounter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for line := range bytes.Lines(p) {
		if l := string(bytes.TrimSpace(line)); l != "" {
			c.lines[l]++
		}
	}
	return len(p), nil
}

// counts returns a copy of the counts.
func (c *lineCounter) counts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.lines))
	for l, n := range c.lines {
		out[l] = n
	}
	return out
}
