package ctxio

import (
	"context"
	"errors"
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// Reader returns a reader of r whose reads end with ctx's error once ctx is
// done, even while one is waiting for input.
//
// A file the runtime can poll (a FIFO or a terminal opened by Open, a pipe
// in non-blocking mode) is read with a read deadline that ctx's end moves
// to the past. A regular file never waits, so it is only checked between
// reads. Anything else (standard input in blocking mode, an io.Pipe) is
// read in a goroutine; a read abandoned when ctx ends stays blocked until
// its input ends, which is fine for a program about to exit.
//
// Unless r is a small regular file, a read that may wait first makes ctx
// end on a signal (see Watch): a pipe whose input is already there (echo
// '{...}' | jewelquiz recommend --answers -) is read at once, on the
// caller's goroutine, without listening for signals.
func Reader(ctx context.Context, r io.Reader) io.Reader {
	f, ok := r.(*os.File)
	if !ok {
		return &goReader{ctx: ctx, r: r, done: make(chan result, 1)}
	}
	fi, err := f.Stat()
	if err == nil && fi.Mode().IsRegular() {
		watchUnlessQuick(ctx, fi)
		return &checkReader{ctx: ctx, r: f}
	}
	if err == nil && nonBlocking(f) && f.SetReadDeadline(time.Time{}) == nil {
		Watch(ctx)
		context.AfterFunc(ctx, func() { f.SetReadDeadline(time.Unix(1, 0)) })
		// A pipe read without blocking reads as empty until its writer
		// comes (a FIFO opened by Open); wait for it first.
		return &deadlineReader{ctx: ctx, f: f, waitWriter: fi.Mode()&os.ModeNamedPipe != 0}
	}
	return &goReader{ctx: ctx, r: r, f: f, done: make(chan result, 1)}
}

// ready reports whether a read of f would return at once: input, its end
// or an error is there. A file that cannot be asked is not ready.
func ready(f *os.File) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	ok := false
	ctlErr := rc.Control(func(fd uintptr) { ok, _ = pollIn(fd) })
	return ctlErr == nil && ok
}

// pollIn reports whether a read of fd would return at once, asking
// without waiting.
func pollIn(fd uintptr) (bool, error) {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(fds, 0)
		if err != unix.EINTR {
			return err == nil && n > 0 && fds[0].Revents != 0, err
		}
	}
}

// nonBlocking reports whether f's descriptor is in non-blocking mode, so
// that its reads wait in the runtime's poller, where a deadline reaches
// them. A file whose descriptor was made blocking (by its Fd method, or by
// whoever handed it over) waits in the kernel instead, where no deadline
// does.
func nonBlocking(f *os.File) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	flags := 0
	if err := rc.Control(func(fd uintptr) {
		flags, err = unix.FcntlInt(fd, unix.F_GETFL, 0)
	}); err != nil {
		return false
	}
	return err == nil && flags&unix.O_NONBLOCK != 0
}

// checkReader reads a reader that never waits long, checking ctx first.
type checkReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *checkReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// deadlineReader reads a pollable file whose read deadline passes when ctx
// ends.
type deadlineReader struct {
	ctx context.Context
	f   *os.File
	// waitWriter makes the first read wait until the file is readable: a
	// FIFO opened without blocking reads as empty until a writer comes.
	waitWriter bool
}

func (d *deadlineReader) Read(p []byte) (int, error) {
	if err := d.ctx.Err(); err != nil {
		return 0, err
	}
	if d.waitWriter {
		if err := d.waitReadable(); err != nil {
			return 0, d.cancelled(err)
		}
		d.waitWriter = false
	}
	n, err := d.f.Read(p)
	return n, d.cancelled(err)
}

// waitReadable waits, through the runtime's poller, until the file has
// data or its writer has come and gone.
//
// The poller forgets a readiness it saw before the wait began, so each
// turn first asks the kernel itself (poll with no timeout): a writer that
// came, wrote and left before the wait is still seen.
func (d *deadlineReader) waitReadable() error {
	rc, err := d.f.SyscallConn()
	if err != nil {
		return err
	}
	var pollErr error
	err = rc.Read(func(fd uintptr) bool {
		ok, err := pollIn(fd)
		if err != nil {
			pollErr = err
			return true
		}
		return ok
	})
	if err != nil {
		return err
	}
	return pollErr
}

// cancelled turns the deadline error of a read cut short by ctx into ctx's
// error.
func (d *deadlineReader) cancelled(err error) error {
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) && d.ctx.Err() != nil {
		return d.ctx.Err()
	}
	return err
}

// result is what one read in a goroutine got.
type result struct {
	n   int
	err error
}

// goReader reads in a goroutine, one read at a time, and stops waiting for
// it when ctx ends; a read of a file that is ready is made directly.
type goReader struct {
	ctx     context.Context
	r       io.Reader
	f       *os.File // r as a file that can be asked whether it is ready, or nil
	buf     []byte
	done    chan result
	pending bool // a read is under way and its result not yet taken
}

func (g *goReader) Read(p []byte) (int, error) {
	if err := g.ctx.Err(); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if !g.pending && g.f != nil && ready(g.f) {
		return g.r.Read(p) // returns at once
	}
	Watch(g.ctx) // the read may wait
	if !g.pending {
		if cap(g.buf) < len(p) {
			g.buf = make([]byte, len(p))
		}
		buf := g.buf[:len(p)]
		g.pending = true
		go func() {
			n, err := g.r.Read(buf)
			g.done <- result{n, err}
		}()
	}
	select {
	case res := <-g.done:
		g.pending = false
		n := copy(p, g.buf[:res.n])
		return n, res.err
	case <-g.ctx.Done():
		return 0, g.ctx.Err()
	}
}
