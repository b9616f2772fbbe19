package ctxio

import (
	"context"
	"io/fs"
	"os"
	"os/signal"
	"sync"
)

// quick is the largest regular file read without watching for signals:
// one is read and answered in a moment, and a signal that arrives
// meanwhile ends the program as it would any program.
const quick = 64 << 10

// watcherKey finds a context's watcher.
type watcherKey struct{}

// watcher turns signals into the end of a context, from the first Watch
// on: listening for signals starts a goroutine on a thread of its own and
// costs about half a millisecond, a third of a short command's run.
type watcher struct {
	once   sync.Once
	sigs   []os.Signal
	ch     chan os.Signal  // set once Notify is called
	root   context.Context // the context the signals end
	cancel context.CancelFunc
	mu     sync.Mutex
	done   bool // stop was called, and Stop with it
}

// listening reports whether Notify was called and Stop not yet; w.mu is
// held.
func (w *watcher) listening() bool { return w.ch != nil && !w.done }

// Interruptible returns a context that ends when one of sigs arrives,
// once something has called Watch on it (or on a context made from it),
// and a stop that ends it and stops listening. Until then the signals do
// what they do by default, which for ctrl+c, SIGTERM and SIGHUP is to end
// the program at once. A signal ignored when the program started, as nohup
// ignores SIGHUP, stays ignored.
func Interruptible(parent context.Context, sigs ...os.Signal) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	w := &watcher{sigs: sigs, root: ctx, cancel: cancel}
	stop := func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.listening() {
			signal.Stop(w.ch)
		}
		w.done = true
		cancel()
	}
	return context.WithValue(ctx, watcherKey{}, w), stop
}

// Watch makes ctx end when one of its signals arrives, if Interruptible
// made it; it does nothing for any other context. Call it before
// anything that may wait or run long: a command that runs a quiz or a
// server, or waits for input.
func Watch(ctx context.Context) {
	w, ok := ctx.Value(watcherKey{}).(*watcher)
	if !ok {
		return
	}
	w.once.Do(func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.done {
			return
		}
		// A signal ignored when the program started (nohup ignores
		// SIGHUP) stays ignored: Notify would catch it.
		var sigs []os.Signal
		for _, sig := range w.sigs {
			if !signal.Ignored(sig) {
				sigs = append(sigs, sig)
			}
		}
		if len(sigs) == 0 {
			return // Notify with no signals would catch every one
		}
		w.ch = make(chan os.Signal, 1)
		signal.Notify(w.ch, sigs...)
		go func() {
			select {
			case <-w.ch:
				w.cancel()
			case <-w.root.Done():
			}
		}()
	})
}

// watchUnlessQuick calls Watch unless fi is a regular file read in a
// moment.
func watchUnlessQuick(ctx context.Context, fi fs.FileInfo) {
	if fi == nil || !fi.Mode().IsRegular() || fi.Size() > quick {
		Watch(ctx)
	}
}

// watching reports whether ctx ends on a signal: Interruptible made it and
// Watch has been called, and stop not yet.
func watching(ctx context.Context) bool {
	w, ok := ctx.Value(watcherKey{}).(*watcher)
	if !ok {
		return false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.listening()
}
