package ctxio

import (
	"context"
	"os"
	"syscall"
)

// Open opens the file at path for reading without waiting: opening a FIFO
// normally blocks until a writer comes, which no signal could interrupt.
// Read it through Reader, which waits for the writer instead. Unless the
// file is a small regular file, it first makes ctx end on a signal (see
// Watch), so that a signal sent once the file is open ends the wait.
func Open(ctx context.Context, path string) (*os.File, error) {
	fi, _ := os.Stat(path) // a failure is Open's to report
	watchUnlessQuick(ctx, fi)
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
