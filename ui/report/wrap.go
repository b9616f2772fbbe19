package report

import (
	"slices"
	"unicode/utf8"
)

// appendWrapped appends text word-wrapped to limit cells, as ansi.Wrap(text,
// limit, "") wraps it, with first before the first line, rest before each
// other, and no spaces at the end of a line; and reports true. It does
// this only for text of printable ASCII, newlines, and the Latin-1
// letters and punctuation (’ — é …) of a one-cell rune that is its own
// grapheme, and otherwise appends nothing and reports false, leaving the
// text to ansi.Wrap. It follows ansi.Wrap step by step without its
// parser, and without its grapheme segmentation, which takes most of its
// time.
func appendWrapped(dst []byte, text string, limit int, first, rest string) ([]byte, bool) {
	if limit < 1 {
		return dst, false // ansi.Wrap leaves the text as it is
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return dst, false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !oneCell(r) {
			return dst, false
		}
		i += n
	}
	// Room for the text, and a line break and indent every limit cells.
	w := wrapper{buf: slices.Grow(dst, len(first)+len(text)+(len(text)/limit+2)*(len(rest)+1)), text: text, limit: limit, rest: rest}
	w.buf = append(w.buf, first...)
	w.line = len(w.buf)
	w.run()
	w.trim()
	return w.buf, true
}

// wrapper is ansi.Wrap's state. Its word is always a run of text, and its
// space one of spaces, so both are kept as their length.
type wrapper struct {
	buf                           []byte
	text                          string
	limit                         int
	rest                          string // the indent of every line but the first
	line                          int    // where the line's text starts in buf
	word                          int    // where the word starts in text
	wordBytes                     int
	curWidth, wordLen, spaceWidth int
}

func (w *wrapper) addSpace() {
	w.curWidth += w.spaceWidth
	w.spaces()
}

// spaces writes out the pending spaces.
func (w *wrapper) spaces() {
	for range w.spaceWidth {
		w.buf = append(w.buf, ' ')
	}
	w.spaceWidth = 0
}

func (w *wrapper) addWord() {
	if w.wordBytes == 0 {
		return
	}
	w.addSpace()
	w.curWidth += w.wordLen
	w.buf = append(w.buf, w.text[w.word:w.word+w.wordBytes]...)
	w.wordBytes, w.wordLen = 0, 0
}

func (w *wrapper) addNewline() {
	w.trim()
	w.buf = append(append(w.buf, '\n'), w.rest...)
	w.line = len(w.buf)
	w.curWidth, w.spaceWidth = 0, 0
}

// trim drops the spaces at the end of the line.
func (w *wrapper) trim() {
	for len(w.buf) > w.line && w.buf[len(w.buf)-1] == ' ' {
		w.buf = w.buf[:len(w.buf)-1]
	}
}

// endLine is what ansi.Wrap does at a newline and at the end: spaces
// after the last word stay unless they overflow.
func (w *wrapper) endLine() {
	if w.wordLen == 0 {
		if w.curWidth+w.spaceWidth > w.limit {
			w.curWidth, w.spaceWidth = 0, 0
		} else {
			w.spaces()
		}
	}
	w.addWord()
}

// grow adds the n bytes at i, one cell, to the word.
func (w *wrapper) grow(i, n int) {
	if w.wordBytes == 0 {
		w.word = i
	}
	w.wordBytes += n
	w.wordLen++
}

func (w *wrapper) run() {
	text, limit := w.text, w.limit
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			// A one-cell rune, not a space (no-break space included).
			_, n := utf8.DecodeRuneInString(text[i:])
			if w.wordLen+1 > limit {
				w.addWord()
			}
			w.grow(i, n)
			if w.curWidth+w.wordLen+w.spaceWidth > limit {
				w.addNewline()
			}
			if w.wordLen == limit {
				w.addWord()
			}
			i += n
			continue
		}
		switch c {
		case '\n':
			w.endLine()
			w.addNewline()
		case ' ':
			w.addWord()
			w.spaceWidth++
		case '-':
			w.addSpace()
			if w.curWidth+w.wordLen >= limit {
				w.grow(i, 1)
			} else {
				w.addWord()
				w.buf = append(w.buf, '-')
				w.curWidth++
			}
		default:
			if w.curWidth == limit {
				w.addNewline()
			}
			w.grow(i, 1)
			if w.wordLen == limit {
				w.addWord()
			}
			if w.curWidth+w.wordLen+w.spaceWidth > limit {
				w.addNewline()
			}
		}
		i++
	}
	w.endLine()
}

// oneCell reports whether r is one cell wide, is never part of a longer
// grapheme cluster with its neighbours in appendWrapped's text, and is not
// white space that breaks a line: the Latin-1 letters and signs (the
// no-break space among them, which ansi.Wrap keeps in a word) and the
// general punctuation of dashes, quotes, bullets and ellipses.
func oneCell(r rune) bool {
	switch {
	case r >= 0xA0 && r <= 0xFF:
		return r != 0xAD // a soft hyphen has no width
	case r >= 0x2010 && r <= 0x2027:
		return true
	case r >= 0x2030 && r <= 0x203E:
		return true
	}
	return false
}
