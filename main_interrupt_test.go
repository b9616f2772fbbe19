package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// hangGuard bounds the wait for a command that should end; it catches a
// hang and times nothing.
const hangGuard = 10 * time.Second

// mkfifo makes a named pipe in a fresh directory.
func mkfifo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "input.fifo")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	return path
}

// startedReader tells when its first read has begun.
type startedReader struct {
	r    io.Reader
	once sync.Once
	ch   chan struct{}
}

func (s *startedReader) Read(p []byte) (int, error) {
	s.once.Do(func() { close(s.ch) })
	return s.r.Read(p)
}

// TestInterruptedWhileWaiting runs commands that wait for input that never
// comes, on a FIFO or on standard input, cancels their context as ctrl+c or
// SIGTERM would, and checks they end as interrupted (exit status 130).
func TestInterruptedWhileWaiting(t *testing.T) {
	answersFile := filepath.Join(t.TempDir(), "answers.json")
	if err := os.WriteFile(answersFile, []byte(answersJSON(t, sampleAnswers(t, 1)[0])), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args func(fifo string) []string
	}{
		{"rules check on a FIFO", func(f string) []string { return []string{"rules", "check", f} }},
		{"rules check on standard input", func(string) []string { return []string{"rules", "check", "-"} }},
		{"recommend on a FIFO", func(f string) []string { return []string{"recommend", "--answers", f} }},
		{"recommend on standard input", func(string) []string { return []string{"recommend", "--answers", "-"} }},
		{"recommend with a rulebook FIFO", func(f string) []string { return []string{"recommend", "--answers", answersFile, "--rules", f} }},
		{"recommend with a rulebook on standard input", func(string) []string { return []string{"recommend", "--answers", answersFile, "--rules", "-"} }},
		{"types with a rulebook FIFO", func(f string) []string { return []string{"types", "--rules", f} }},
		{"accessible quiz on standard input", func(string) []string { return []string{"--accessible"} }},
		{"kiosk with a staff PIN FIFO", func(f string) []string {
			return []string{"--kiosk", "--staff-pin-file", f, "--data-dir", filepath.Join(filepath.Dir(f), "data")}
		}},
		{"serve with a staff PIN FIFO", func(f string) []string {
			return []string{"serve", "--addr", "127.0.0.1:0", "--kiosk", "--staff-pin-file", f, "--host-key", filepath.Join(filepath.Dir(f), "key")}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fifo := mkfifo(t)
			pr, pw := io.Pipe()
			defer pw.Close()
			stdin := &startedReader{r: pr, ch: make(chan struct{})}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var out, errb bytes.Buffer
			done := make(chan int, 1)
			go func() {
				err := run(ctx, tt.args(fifo), stdin, &out, &errb)
				done <- exitCode(err, &errb)
			}()
			if !strings.Contains(strings.Join(tt.args(fifo), " "), fifo) {
				select { // the command reads standard input: cancel once it waits there
				case <-stdin.ch:
				case <-time.After(hangGuard):
					t.Fatal("the command never read standard input")
				}
			} else {
				time.Sleep(50 * time.Millisecond) // let it start waiting on the FIFO
			}
			cancel()
			select {
			case code := <-done:
				if code != 130 || !strings.Contains(errb.String(), "jewelquiz: interrupted") {
					t.Fatalf("exit %d, stderr %q; want 130 and \"jewelquiz: interrupted\"", code, errb.String())
				}
			case <-time.After(hangGuard):
				t.Fatal("the command kept waiting for input after it was interrupted")
			}
		})
	}
}

// buildBinary builds jewelquiz into a test's temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "jewelquiz")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building jewelquiz: %v\n%s", err, out)
	}
	return bin
}

// awaitReader waits until a process opens the FIFO at path to read it,
// and returns the FIFO's write end, which sends nothing until closed. The
// program opens its input after setting up its signal handling, so a
// signal sent next is not one that arrives before.
func awaitReader(t *testing.T, path string) *os.File {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for {
		w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			return w
		}
		if !errors.Is(err, syscall.ENXIO) || time.Now().After(deadline) {
			t.Fatalf("waiting for the program to open %s: %v", path, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSignalWhileWaiting runs the program as a process waiting on a FIFO
// whose writer sends nothing, sends it SIGINT or SIGTERM, and checks it
// exits with status 130.
func TestSignalWhileWaiting(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		for _, args := range [][]string{{"rules", "check"}, {"recommend", "--answers"}} {
			t.Run(sig.String()+" "+strings.Join(args, " "), func(t *testing.T) {
				fifo := mkfifo(t)
				cmd := exec.Command(bin, append(args, fifo)...)
				var errb bytes.Buffer
				cmd.Stderr = &errb
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				w := awaitReader(t, fifo)
				defer w.Close()
				if err := cmd.Process.Signal(sig); err != nil {
					t.Fatal(err)
				}
				exited := make(chan error, 1)
				go func() { exited <- cmd.Wait() }()
				select {
				case <-exited:
				case <-time.After(hangGuard):
					cmd.Process.Kill()
					<-exited
					t.Fatalf("%v did not end the program waiting on a FIFO", sig)
				}
				if code := cmd.ProcessState.ExitCode(); code != 130 || !strings.Contains(errb.String(), "jewelquiz: interrupted") {
					t.Fatalf("exit %d, stderr %q; want 130 and \"jewelquiz: interrupted\"", code, errb.String())
				}
			})
		}
	}
}
