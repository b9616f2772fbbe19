package events

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
)

// writerEnv, when set, makes the test binary a writer process: it appends
// writerLines events to the log in that directory and exits.
const writerEnv = "JEWELQUIZ_EVENTS_WRITER"

const writerLines = 500

func TestMain(m *testing.M) {
	if dir := os.Getenv(writerEnv); dir != "" {
		os.Exit(writer(dir))
	}
	os.Exit(m.Run())
}

func writer(dir string) int {
	l, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer l.Close()
	if n, err := strconv.Atoi(os.Getenv(writerEnv + "_MAX")); err == nil {
		l.max = int64(n)
	}
	s := NewSession()
	for range writerLines {
		if err := l.Append(Event{Session: s, Kind: Finished, Pick: "welded-necklace", Confidence: "weak", Secs: 77}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	return 0
}

// TestProcessesNeverInterleave runs writer processes at once on one log,
// with and without rotation, and reads every line whole.
func TestProcessesNeverInterleave(t *testing.T) {
	for _, max := range []int{MaxSize, 20000} {
		dir := t.TempDir()
		const procs = 6
		var wg sync.WaitGroup
		for range procs {
			wg.Go(func() {
				cmd := exec.Command(os.Args[0], "-test.run=^$")
				cmd.Env = append(os.Environ(), writerEnv+"="+dir, fmt.Sprintf("%s_MAX=%d", writerEnv, max))
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("writer: %v: %s", err, out)
				}
			})
		}
		wg.Wait()
		got, skipped := readAll(t, dir)
		switch {
		case skipped != 0:
			t.Fatalf("max %d: %d lines skipped", max, skipped)
		case max == MaxSize && len(got) != procs*writerLines:
			t.Fatalf("read %d events, want %d", len(got), procs*writerLines)
		case len(got) == 0:
			t.Fatalf("max %d: nothing read", max)
		}
	}
}
