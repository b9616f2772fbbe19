package report

import "unicode/utf8"

// appendWrapped appends text word-wrapped to limit cells, the same bytes
// ansi.Wrap(text, limit, "") gives, and reports true; it does this only
// for text of printable ASCII, newlines, and the Latin-1 letters and
// punctuation (’ — é …) of a one-cell rune that is its own grapheme,
// and otherwise appends nothing and reports false, leaving the text to
// ansi.Wrap. It follows ansi.Wrap step by step without its parser, and
// without its grapheme segmentation, which takes most of its time.
func appendWrapped(dst []byte, text string, limit int) ([]byte, bool) {
	if limit < 1 {
		return append(dst, text...), true
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
	buf := dst
	var word, space []byte
	curWidth, wordLen, spaceWidth := 0, 0, 0
	addSpace := func() {
		curWidth += spaceWidth
		buf = append(buf, space...)
		space, spaceWidth = space[:0], 0
	}
	addWord := func() {
		if len(word) == 0 {
			return
		}
		addSpace()
		curWidth += wordLen
		buf = append(buf, word...)
		word, wordLen = word[:0], 0
	}
	addNewline := func() {
		buf = append(buf, '\n')
		curWidth = 0
		space, spaceWidth = space[:0], 0
	}
	// endLine is what ansi.Wrap does at a newline and at the end: spaces
	// after the last word stay unless they overflow.
	endLine := func() {
		if wordLen == 0 {
			if curWidth+spaceWidth > limit {
				curWidth = 0
			} else {
				buf = append(buf, space...)
			}
			space, spaceWidth = space[:0], 0
		}
		addWord()
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			// A one-cell rune, not a space (no-break space included).
			_, n := utf8.DecodeRuneInString(text[i:])
			if wordLen+1 > limit {
				addWord()
			}
			word = append(word, text[i:i+n]...)
			wordLen++
			if curWidth+wordLen+spaceWidth > limit {
				addNewline()
			}
			if wordLen == limit {
				addWord()
			}
			i += n
			continue
		}
		switch c {
		case '\n':
			endLine()
			addNewline()
		case ' ':
			addWord()
			space = append(space, ' ')
			spaceWidth++
		case '-':
			addSpace()
			if curWidth+wordLen >= limit {
				word = append(word, '-')
				wordLen++
			} else {
				addWord()
				buf = append(buf, '-')
				curWidth++
			}
		default:
			if curWidth == limit {
				addNewline()
			}
			word = append(word, c)
			wordLen++
			if wordLen == limit {
				addWord()
			}
			if curWidth+wordLen+spaceWidth > limit {
				addNewline()
			}
		}
		i++
	}
	endLine()
	return buf, true
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
