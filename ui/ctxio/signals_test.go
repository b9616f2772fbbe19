package ctxio

import (
	"context"
	"errors"
	"os"
	"os/signal"
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
	if watching(ctx) {
		t.Fatal("watching before Watch")
	}
	Watch(child)
	Watch(child) // twice is once
	if !watching(ctx) {
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
	if watching(ctx) {
		t.Error("Watch after stop listens for signals")
	}
}

// Watch does nothing to a context Interruptible did not make.
func TestWatchPlainContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	Watch(ctx)
	if ctx.Err() != nil || watching(ctx) {
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
		if got := watching(ctx); got != c.watch {
			t.Errorf("%s: watching = %v, want %v", filepath.Base(c.path), got, c.watch)
		}
		stop()
	}
}

// blockingPipe is a pipe whose read end is in blocking mode, as standard
// input usually is, so that Reader reads it through a goroutine.
func blockingPipe(t *testing.T) (*os.File, *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Fd() // makes the descriptor blocking
	t.Cleanup(func() { r.Close(); w.Close() })
	return r, w
}

// A pipe whose input is already there is read at once, without listening
// for signals; a read that has to wait starts listening first, and ends
// when the context does.
func TestPipeWatchesOnlyWhenItWaits(t *testing.T) {
	r, w := blockingPipe(t)
	if _, err := w.Write([]byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	ctx, stop := Interruptible(context.Background(), syscall.SIGUSR2)
	defer stop()
	rd := Reader(ctx, r)
	buf := make([]byte, 16)
	if n, err := rd.Read(buf); err != nil || string(buf[:n]) != "{}\n" {
		t.Fatalf("read %q, %v", buf[:n], err)
	}
	if watching(ctx) {
		t.Error("reading input that was there started listening for signals")
	}

	got := make(chan error, 1)
	go func() {
		_, err := rd.Read(buf) // nothing more is written: this one waits
		got <- err
	}()
	for deadline := time.Now().Add(10 * time.Second); !watching(ctx); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("a read that waits did not start listening for signals")
		}
	}
	stop()
	select {
	case err := <-got:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("the waiting read ended with %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the waiting read did not end with its context")
	}
}

// A signal the program was started ignoring stays ignored once watched:
// nohup jewelquiz serve survives a SIGHUP.
func TestWatchKeepsIgnoredSignalsIgnored(t *testing.T) {
	signal.Ignore(syscall.SIGWINCH)
	defer signal.Reset(syscall.SIGWINCH)
	ctx, stop := Interruptible(context.Background(), syscall.SIGWINCH)
	defer stop()
	Watch(ctx)
	if watching(ctx) {
		t.Fatal("watching a context whose only signal is ignored")
	}
	if !signal.Ignored(syscall.SIGWINCH) {
		t.Fatal("Watch stopped ignoring SIGWINCH")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGWINCH); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	if ctx.Err() != nil {
		t.Fatal("an ignored signal ended the context")
	}
}
