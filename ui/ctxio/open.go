package ctxio

import (
	"os"
	"syscall"
)

// Open opens the file at path for reading without waiting: opening a FIFO
// normally blocks until a writer comes, which no signal could interrupt.
// Read it through Reader, which waits for the writer instead.
func Open(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
