package consult

import (
	"errors"
	"fmt"
)

// ErrNotFound means there is no consultation with the code asked for.
var ErrNotFound = errors.New("no such consultation")

// ErrBadCode means a string is not a consultation code.
var ErrBadCode = errors.New("not a consultation code")

// ErrNotRegular means an entry named like a consultation is not a regular
// file: a FIFO, a device, a directory or a symbolic link.
var ErrNotRegular = errors.New("not a regular file")

// CorruptError means a consultation file exists but cannot be understood.
type CorruptError struct {
	// File is the path of the file.
	File string
	// Err says what is wrong with it.
	Err error
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("%s: corrupt consultation file: %v", e.File, e.Err)
}

// Unwrap returns what is wrong with the file.
func (e *CorruptError) Unwrap() error { return e.Err }
