package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz/events"
)

// TestEventLogCountsEverySession runs 200 quizzes at once (20 with -short)
// against a server logging the shop's events, as a quiz and as a kiosk,
// and checks the log counts every session exactly once: each started and
// finished, none abandoned, no line skipped, one line of each per session.
func TestEventLogCountsEverySession(t *testing.T) {
	n := 200
	if testing.Short() {
		n = 20
	}
	for _, kiosk := range []bool{false, true} {
		dir := t.TempDir()
		start := time.Now()
		res, err := Run(context.Background(), Options{N: n, Timeout: 2 * time.Minute, Kiosk: kiosk, EventLog: dir})
		if err != nil {
			t.Fatalf("kiosk %v: %v", kiosk, err)
		}
		if res.Clients.Completed != n {
			t.Fatalf("kiosk %v: %d/%d completed: %v", kiosk, res.Clients.Completed, n, res.Clients.Examples)
		}
		st, err := events.Read(dir, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		picks := 0
		for _, c := range st.Confidence {
			picks += c
		}
		if st.Started != n || st.Finished != n || picks != n || len(st.DroppedAt) != 0 || st.SkippedLines != 0 || st.Saved != 0 || st.Resumed != 0 {
			t.Fatalf("kiosk %v, %d sessions: %+v", kiosk, n, st)
		}
		data, err := os.ReadFile(filepath.Join(dir, events.File))
		if err != nil {
			t.Fatal(err)
		}
		perKind := map[string]int{}
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			e, err := events.Parse([]byte(l))
			if err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			perKind[string(e.Kind)]++
		}
		if perKind["started"] != n || perKind["finished"] != n || perKind["abandoned"] != 0 {
			t.Fatalf("kiosk %v: lines by kind %v, want %d started and finished", kiosk, perKind, n)
		}
		t.Logf("kiosk %v: %d sessions in %v, %d lines", kiosk, n, time.Since(start).Round(time.Millisecond), len(strings.Split(string(data), "\n"))-1)
	}
}
