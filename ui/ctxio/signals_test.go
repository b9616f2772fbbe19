package ctxio

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// awaitDone waits for ctx to end, failing the test if it does not.
func awaitDone(t *testing.T, ctx context.Context) {
	t.Helper()
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the signal did not end the context")
	}
	if !errors.Is(ctx.Err(), context.Canceled) {
		t.Fatalf("ctx.Err() = %v, want context.Canceled", ctx.Err())
	}
}

// Once watched, a signal ends the context, also when Watch was given a
// context made from it, which may end first.
func TestWatchEndsContextOnSignal(t *testing.T) {
	ctx, stop := Interruptible(context.Background(), syscall.SIGUSR1)
	defer stop()
	child, cancelChild := context.WithCancel(ctx)
	if Watching(ctx) {
		t.Fatal("watching before Watch")
	}
	Watch(child)
	Watch(child) // twice is once
	if !Watching(ctx) {
		t.Fatal("not watching after Watch")
	}
	cancelChild()
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	awaitDone(t, ctx)
}

// stop ends the context, and a Watch after it listens for nothing.
func TestStopEndsAndStopsListening(t *testing.T) {
	ctx, stop := Interruptible(context.Background(), syscall.SIGUSR2)
	stop()
	if ctx.Err() == nil {
		t.Fatal("stop left the context running")
	}
	Watch(ctx)
	if Watching(ctx) {
		t.Error("Watch after stop listens for signals")
	}
}

// Watch does nothing to a context Interruptible did not make.
func TestWatchPlainContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	Watch(ctx)
	if ctx.Err() != nil || Watching(ctx) {
		t.Fatal("Watch ended or watches a plain context")
	}
}

// Open and Reader start watching for anything that may wait or take long,
// and leave a small regular file alone.
func TestOpenWatchesUnlessQuick(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.json")
	large := filepath.Join(dir, "large.json")
	if err := os.WriteFile(small, []byte("{}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(large, []byte(strings.Repeat("{}\n", quick)), 0o600); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "in.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, c := range []struct {
		path  string
		watch bool
	}{{small, false}, {large, true}, {fifo, true}, {filepath.Join(dir, "missing"), true}} {
		ctx, stop := Interruptible(context.Background(), syscall.SIGUSR2)
		f, err := Open(ctx, c.path)
		if err == nil {
			Reader(ctx, f)
			f.Close()
		}
		if got := Watching(ctx); got != c.watch {
			t.Errorf("%s: watching = %v, want %v", filepath.Base(c.path), got, c.watch)
		}
		stop()
	}
}
