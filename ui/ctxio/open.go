package ctxio

import (
	"fmt"
	"os"
	"syscall"
)

// File is a file opened for reading by Open.
type File struct {
	*os.File
	// fifo is set for a named pipe, whose first read waits for a writer.
	fifo bool
}

// Open opens the file at path for reading without waiting: opening a FIFO
// normally blocks until a writer comes, which no signal could interrupt.
// Read it through Reader, which waits for the writer instead.
func Open(path string) (*File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &File{File: f, fifo: fi.Mode()&os.ModeNamedPipe != 0}, nil
}
