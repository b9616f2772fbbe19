package main

import (
	"context"
	"sync"
)

// barrier holds sessions at a point of the quiz until every session has
// reached it or failed, then runs onAll (a measurement) and lets them on.
type barrier struct {
	name  string
	onAll func(name string, arrived int)

	mu      sync.Mutex
	pending int
	arrived int
	open    chan struct{}
}

func newBarrier(name string, parties int, onAll func(string, int)) *barrier {
	return &barrier{name: name, onAll: onAll, pending: parties, open: make(chan struct{})}
}

// arrive waits at the barrier until it opens or ctx is done.
func (b *barrier) arrive(ctx context.Context) error {
	b.mu.Lock()
	b.arrived++
	b.pending--
	last := b.pending == 0
	b.mu.Unlock()
	if last {
		b.release()
	}
	select {
	case <-b.open:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// leave is a session that will never arrive.
func (b *barrier) leave() {
	b.mu.Lock()
	b.pending--
	last := b.pending == 0
	b.mu.Unlock()
	if last {
		b.release()
	}
}

func (b *barrier) release() {
	if b.onAll != nil && b.arrived > 0 {
		b.onAll(b.name, b.arrived)
	}
	close(b.open)
}
