// Package ctxio reads input that may never come (a terminal, a pipe, a FIFO
// nobody writes to) so that the wait ends when a context does: ctrl+c,
// SIGTERM or a caller's cancel stops a read with the context's error.
package ctxio
