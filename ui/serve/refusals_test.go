package serve

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/log"
)

// A flood of refusals from one address logs one line an interval, saying
// how many it left out; another address or reason gets its own line.
func TestRefusalLogIsSampled(t *testing.T) {
	logs := &syncBuffer{}
	r := newRefusalLog(log.New(logs), 10*time.Second)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	r.now = func() time.Time { return now }
	for range 500 {
		r.warn("refused", "too many", "10.0.0.1")
	}
	r.warn("refused", "too many", "10.0.0.2")
	r.warn("closed", "timeout", "10.0.0.1")
	now = now.Add(11 * time.Second)
	r.warn("refused", "too many", "10.0.0.1")
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4:\n%s", len(lines), logs.String())
	}
	if !strings.Contains(lines[3], "more_since_last_line=499") {
		t.Fatalf("the interval's last line does not count the 499 left out: %s", lines[3])
	}
}
