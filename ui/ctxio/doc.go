// Package ctxio reads input that may never come (a terminal, a pipe, a FIFO
// nobody writes to) so that the wait ends when a context does: ctrl+c,
// SIGTERM or a caller's cancel stops a read with the context's error. The
// signals end a context made by Interruptible only once something may wait
// (see Watch), since listening for them is a good part of a short
// command's start-up.
package ctxio
