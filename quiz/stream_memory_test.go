package quiz_test

import (
	"io"
	"runtime"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// repeat is a reader of n copies of line, made as they are read, so the
// input itself takes no memory.
type repeat struct {
	n       int
	line    []byte
	pending []byte
}

func (r *repeat) Read(p []byte) (int, error) {
	if len(r.pending) == 0 {
		if r.n == 0 {
			return 0, io.EOF
		}
		r.n--
		r.pending = r.line
	}
	n := copy(p, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// liveHeap is the heap still in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestStreamMemoryIsBounded reads 20,000 answer sets and checks the live heap
// hardly grows between the 1,000th and the last. Holding on to each set (its
// JSON and its map) would take well over 10 MiB; the margin is 2 MiB.
func TestStreamMemoryIsBounded(t *testing.T) {
	const (
		total      = 20000
		checkpoint = 1000
		margin     = 2 << 20
	)
	s := quiz.NewStream(&repeat{n: total, line: []byte(object(validPairs()) + "\n")}, defaultBank())
	var early, late uint64
	for i := 1; i <= total; i++ {
		_, line, err := s.Next()
		if err != nil {
			t.Fatalf("set %d: %v", i, err)
		}
		if line != i {
			t.Fatalf("set %d reported line %d", i, line)
		}
		switch i {
		case checkpoint:
			early = liveHeap()
		case total:
			late = liveHeap()
		}
	}
	if _, _, err := s.Next(); err != io.EOF {
		t.Fatalf("after %d sets: %v, want io.EOF", total, err)
	}
	runtime.KeepAlive(s)
	t.Logf("live heap after %d sets: %d bytes; after %d: %d bytes", checkpoint, early, total, late)
	if late > early+margin {
		t.Errorf("live heap grew by %d bytes from set %d to set %d (allowed %d)", late-early, checkpoint, total, margin)
	}
}
