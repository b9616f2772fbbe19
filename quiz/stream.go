package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxAnswerSet bounds one answer set in a stream, with the space before
// it, in bytes; a real one is a few hundred. The stream itself may be as
// long as it likes.
const MaxAnswerSet = 64 << 10

// Stream reads a sequence of answer objects (one object, or JSON Lines, or
// objects spread over several lines) one at a time, so memory does not grow
// with the length of the input.
type Stream struct {
	bank  []Question
	dec   *json.Decoder
	lines *lineCounter
	bound *boundedReader
	err   error // a syntax error or an oversized answer set ends the stream
}

// NewStream reads answer objects from r, checking them against bank.
func NewStream(r io.Reader, bank []Question) *Stream {
	lc := &lineCounter{r: r}
	b := &boundedReader{r: lc}
	return &Stream{bank: bank, dec: json.NewDecoder(b), lines: lc, bound: b}
}

// Next returns the next answer set and the line it starts on. It returns
// io.EOF at the end of the input. A *LineError carries the line of a bad
// answer set; after a syntax error every later call returns the same error,
// while after any other error the stream goes on with the next object.
func (s *Stream) Next() (Answers, int, error) {
	raw, start, err := s.NextRaw()
	if err != nil {
		return nil, start, err
	}
	a, err := Decode(raw, s.bank)
	if err != nil {
		return nil, start, &LineError{Line: start, Err: err}
	}
	return a, start, nil
}

// NextRaw is Next without checking the answer set: it returns the next
// JSON value as read, a fresh copy, and the line it starts on, for the
// caller to check with Decode (on another goroutine, say). Errors are
// Next's, but for those of the answers themselves.
func (s *Stream) NextRaw() (json.RawMessage, int, error) {
	if s.err != nil {
		return nil, 0, s.err
	}
	var raw json.RawMessage
	s.bound.limit = s.dec.InputOffset() + MaxAnswerSet
	if err := s.dec.Decode(&raw); err != nil {
		start := s.lines.lineAt(s.dec, true)
		if errors.Is(err, io.EOF) {
			return nil, 0, io.EOF
		}
		if errors.Is(err, errTooLarge) {
			s.err = &LineError{Line: start, Err: &TooLargeError{Limit: MaxAnswerSet}}
			return nil, start, s.err
		}
		msg := err.Error()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			msg = "the input ends in the middle of an answers object"
		}
		var read *readError
		if errors.As(err, &read) {
			s.err = read.err
			return nil, start, s.err
		}
		s.err = &LineError{Line: start, Err: &SyntaxError{Msg: msg}}
		return nil, start, s.err
	}
	start := s.lines.lineAt(s.dec, false) - bytes.Count(raw, []byte{'\n'})
	return raw, start, nil
}

// TooLargeError is an answer set longer than Limit bytes. It ends the
// stream: where the next set starts cannot be known without reading it all.
type TooLargeError struct{ Limit int }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("the answer set is larger than the %d KiB limit", e.Limit>>10)
}

// LineError is a problem with the answer set that starts on Line.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the problem itself.
func (e *LineError) Unwrap() error { return e.Err }

// lineCounter counts the newlines of everything the decoder has read, so the
// line of the decoder's position can be worked out from what it still buffers.
type lineCounter struct {
	r        io.Reader
	newlines int
}

type readError struct{ err error }

func (e *readError) Error() string { return "reading answers: " + e.err.Error() }
func (e *readError) Unwrap() error { return e.err }

func (l *lineCounter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.newlines += bytes.Count(p[:n], []byte{'\n'})
	if err != nil && err != io.EOF {
		return n, &readError{err: err}
	}
	return n, err
}

// lineAt is the 1-based line of the decoder's position; with skipSpace, of
// the first byte after any white space there (where the next value starts).
func (l *lineCounter) lineAt(dec *json.Decoder, skipSpace bool) int {
	// The decoder's buffer, seen without copying it: a bytes.Reader
	// writes its slice straight to WriteTo's writer.
	var buf []byte
	if r, ok := dec.Buffered().(io.WriterTo); ok {
		r.WriteTo(peek{&buf})
	} else {
		buf, _ = io.ReadAll(dec.Buffered())
	}
	line := l.newlines - bytes.Count(buf, []byte{'\n'}) + 1
	if skipSpace {
		trimmed := bytes.TrimLeft(buf, " \t\r\n")
		line += bytes.Count(buf[:len(buf)-len(trimmed)], []byte{'\n'})
	}
	return line
}

// peek keeps the slice written to it, which it must not change.
type peek struct{ p *[]byte }

func (w peek) Write(b []byte) (int, error) {
	*w.p = b
	return len(b), nil
}

// errTooLarge is boundedReader's refusal to read past its limit.
var errTooLarge = errors.New("answer set too large")

// boundedReader reads up to limit, an offset in its input, and no
// further, so the decoder never holds more than one answer set's worth.
type boundedReader struct {
	r     io.Reader
	read  int64 // bytes read so far
	limit int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	left := b.limit - b.read
	if left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := b.r.Read(p)
	b.read += int64(n)
	return n, err
}
