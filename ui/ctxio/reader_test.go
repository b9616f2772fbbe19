package ctxio

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// guard bounds how long a test waits for a read that should end; it only
// catches a hang, it does not time anything.
const guard = 5 * time.Second

// mkfifo makes a named pipe in a fresh directory.
func mkfifo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	return path
}

// readAllAsync reads r to its end in a goroutine.
func readAllAsync(r io.Reader) <-chan result {
	ch := make(chan result, 1)
	go func() {
		data, err := io.ReadAll(r)
		ch <- result{len(data), err}
	}()
	return ch
}

// awaitCancelled cancels and checks the read ends with context.Canceled.
func awaitCancelled(t *testing.T, cancel context.CancelFunc, got <-chan result) {
	t.Helper()
	cancel()
	select {
	case res := <-got:
		if !errors.Is(res.err, context.Canceled) {
			t.Fatalf("read ended with %v, want context.Canceled", res.err)
		}
	case <-time.After(guard):
		t.Fatal("the read did not end when the context was cancelled")
	}
}

func TestCancelWhileWaiting(t *testing.T) {
	tests := []struct {
		name string
		open func(t *testing.T) io.Reader
	}{
		{"FIFO without a writer", func(t *testing.T) io.Reader {
			f, err := Open(context.Background(), mkfifo(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.Close() })
			return f
		}},
		{"FIFO whose writer sends nothing", func(t *testing.T) io.Reader {
			path := mkfifo(t)
			f, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			w, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { w.Close(); f.Close() })
			return f
		}},
		{"pipe in blocking mode", func(t *testing.T) io.Reader {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := syscall.SetNonblock(int(r.Fd()), false); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { w.Close(); r.Close() })
			return r
		}},
		{"io.Pipe", func(t *testing.T) io.Reader {
			r, w := io.Pipe()
			t.Cleanup(func() { w.Close() })
			return r
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			got := readAllAsync(Reader(ctx, tt.open(t)))
			awaitCancelled(t, cancel, got)
		})
	}
}

// TestFIFOWaitsForItsWriter checks a FIFO opened before its writer comes
// is not read as empty, and is read whole once the writer is done.
func TestFIFOWaitsForItsWriter(t *testing.T) {
	path := mkfifo(t)
	f, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := readAllAsync(Reader(context.Background(), f))
	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteString("hello\n"); err != nil {
		t.Fatal(err)
	}
	w.Close()
	select {
	case res := <-got:
		if res.err != nil || res.n != len("hello\n") {
			t.Fatalf("read %d bytes, %v; want 6 bytes", res.n, res.err)
		}
	case <-time.After(guard):
		t.Fatal("the read did not end when the writer closed")
	}
}

func TestRegularFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("some text"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(Reader(context.Background(), f))
	if err != nil || string(data) != "some text" {
		t.Fatalf("read %q, %v", data, err)
	}
}
