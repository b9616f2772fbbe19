package serve

import "io"

// Bracketed paste markers: a terminal wraps pasted text in these.
const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)

// inputGuard is what a session's quiz reads its input through. It passes
// the input on unchanged except inside a bracketed paste, of which it passes
// at most limit bytes: past that it ends the paste itself, with the end
// marker, and drops the rest up to the client's own end marker. bubbletea's
// reader keeps a paste whole until its end marker and re-scans it on every
// read, so a paste with no end would cost time in the square of its length;
// cut, it costs at most limit bytes of buffer and time in proportion to
// what the client sends.
//
// bubbletea does the same with a run of letters that fills its whole read
// buffer (it waits for the rest of the run), so no read here ever fills the
// caller's buffer, and none ends inside an escape sequence or a character
// when more input is waiting.
type inputGuard struct {
	r     io.Reader
	limit int
	// onRead is told of every read that brought something, dropped or not.
	onRead func()
	// onEnd, if set, is called once when the input ends (the client closed
	// it, or the connection went).
	onEnd func()
	ended bool

	buf     []byte
	pending []byte

	inPaste bool
	matched int // bytes of the marker being looked for matched so far
	passed  int // bytes of the current paste passed on
	cut     bool
}

func newInputGuard(r io.Reader, limit int, onRead func()) *inputGuard {
	return &inputGuard{r: r, limit: limit, onRead: onRead, buf: make([]byte, 4096)}
}

// Read reads from the session, filtered.
func (p *inputGuard) Read(out []byte) (int, error) {
	for len(p.pending) == 0 {
		n, err := p.r.Read(p.buf)
		if n > 0 {
			if p.onRead != nil {
				p.onRead()
			}
			p.filter(p.buf[:n])
		}
		if err != nil {
			if len(p.pending) > 0 {
				break
			}
			if !p.ended && p.onEnd != nil {
				p.ended = true
				p.onEnd()
			}
			return 0, err
		}
	}
	n := safeCut(p.pending, min(len(out)-1, len(p.pending)))
	if n <= 0 {
		n = min(len(out), len(p.pending))
	}
	n = copy(out, p.pending[:n])
	p.pending = p.pending[n:]
	if len(p.pending) == 0 {
		p.pending = p.pending[:0:0] // let a large pending buffer go
	}
	return n, nil
}

// safeCut moves a cut at n in b, where b goes on past n, back to before an
// escape sequence or a character that would straddle it; it returns n when
// b ends at n or nothing better is near.
func safeCut(b []byte, n int) int {
	if n >= len(b) || n <= 0 {
		return n
	}
	// An escape sequence (the longest, a mouse report, is under 32 bytes)
	// begun near the cut goes whole into the next read.
	for i := n - 1; i > 0 && i >= n-32; i-- {
		if b[i] == 0x1b {
			return i
		}
	}
	// A UTF-8 character is not split.
	for i := n; i > n-4 && i > 0; i-- {
		if b[i]&0xc0 != 0x80 {
			return i
		}
	}
	return n
}

// filter moves what passes of in to pending.
func (p *inputGuard) filter(in []byte) {
	for _, b := range in {
		if !p.inPaste {
			p.pending = append(p.pending, b)
			if p.step(pasteStart, b) {
				p.inPaste, p.passed, p.cut = true, 0, false
			}
			continue
		}
		end := p.step(pasteEnd, b)
		// The end marker's own bytes may take the paste past the limit by
		// the marker's length, so a paste that fits is never cut mid-marker.
		marker := p.matched > 0 || end
		switch {
		case !p.cut && (p.passed < p.limit || marker && p.passed < p.limit+len(pasteEnd)):
			p.pending = append(p.pending, b)
			p.passed++
		case !p.cut:
			// Over the limit: end the paste here for the quiz, and drop
			// the rest of it.
			p.pending = append(p.pending, pasteEnd...)
			p.cut = true
		}
		if end {
			// The client's end marker: passed on with the paste, or
			// dropped after the one sent in its place.
			p.inPaste = false
		}
	}
}

// step advances the match of marker by b, reporting a whole match.
func (p *inputGuard) step(marker string, b byte) bool {
	switch {
	case b == marker[p.matched]:
		p.matched++
	case b == marker[0]:
		p.matched = 1
	default:
		p.matched = 0
	}
	if p.matched == len(marker) {
		p.matched = 0
		return true
	}
	return false
}
