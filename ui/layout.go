package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// The smallest screen the quiz lays out on, and the widest it lets text run.
const (
	MinWidth     = 40
	MinHeight    = 12
	MaxTextWidth = 76
)

// contentWidth is the width of the text column on a screen width cells wide.
func contentWidth(width int) int {
	return min(width-2, MaxTextWidth)
}

// tooSmall reports whether the screen is below the quiz's minimum size.
func tooSmall(width, height int) bool {
	return width < MinWidth || height < MinHeight
}

// enlargeView asks for a bigger window in p's language, fitting whatever
// space there is.
func enlargeView(st Styles, p *locale.Printer, width, height int) string {
	msg := st.Warning.Render(p.T("frame.enlarge")) + "\n" +
		st.Dim.Render(p.F("frame.enlarge_detail", "Width", MinWidth, "Height", MinHeight))
	if width <= 0 || height <= 0 {
		return ""
	}
	return fit(ansi.Wrap(msg, width, ""), width, height)
}

// fit cuts s to at most width cells per line and height lines.
func fit(s string, width, height int) string {
	s, _ = fitLines(s, width, height, false)
	return s
}

// fitLines cuts s to at most height lines of at most width cells, measuring
// each line once, and counts the lines it keeps; trim also leaves out the
// empty lines at the end. When nothing needs cutting it returns (part of) s
// itself, so a frame whose lines all fit allocates nothing here.
func fitLines(s string, width, height int, trim bool) (string, int) {
	if s == "" || height <= 0 {
		return "", 0
	}
	var b *strings.Builder  // the lines so far, once one has been cut
	n, kept, end := 0, 0, 0 // lines taken; up to the last kept, and where it ends
	for at := 0; n < height; n++ {
		line, _, more := strings.Cut(s[at:], "\n")
		l := line
		if cellWidth(l) > width {
			if b == nil {
				b = &strings.Builder{}
				b.Grow(len(s))
				b.WriteString(s[:at])
			}
			l = ansi.Truncate(l, width, "")
		}
		if b != nil {
			b.WriteString(l)
		}
		if l != "" || !trim {
			kept, end = n+1, at+len(l)
			if b != nil {
				end = b.Len()
			}
		}
		if !more {
			break
		}
		at += len(line) + 1
		if b != nil {
			b.WriteByte('\n')
		}
	}
	if b != nil {
		return b.String()[:end], kept
	}
	return s[:end], kept
}

// cellWidth is how many cells s takes on a terminal, as ansi.StringWidth
// counts them. The quiz's lines are mostly ASCII, SGR colours and a few
// symbols one cell wide (box drawing, blocks, arrows, bullets, Latin
// letters with accents): those are counted here byte by byte, far faster
// than by grapheme clusters; anything else is measured by ansi.
func cellWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c >= 0x20 && c < 0x7f:
			w++
			i++
		case c == 0x1b:
			n := escapeLen(s[i:])
			if n == 0 {
				return ansi.StringWidth(s)
			}
			i += n
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !narrow(r) {
				return ansi.StringWidth(s)
			}
			w++
			i += size
		default:
			return ansi.StringWidth(s)
		}
	}
	return w
}

// escapeLen is the length of the CSI (ESC [ … final) or OSC (ESC ] … BEL or
// ESC \\) sequence s starts with, or 0 for any other, an unfinished one, or
// an OSC holding another control character.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[1] {
	case '[':
		i := 2
		for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
			i++
		}
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
	case ']':
		for i := 2; i < len(s); i++ {
			switch {
			case s[i] == 0x07:
				return i + 1
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2
			case s[i] < 0x20: // ESC, or a control that cancels the sequence (CAN, SUB)
				return 0
			}
		}
	}
	return 0
}

// narrowRanges are runes one cell wide that join no neighbour into a
// grapheme cluster (TestCellWidthMatchesAnsi checks each against ansi).
var narrowRanges = [...][2]rune{
	{0xa1, 0xac}, {0xae, 0x2ff}, // Latin-1 and Latin Extended letters and signs (not the soft hyphen)
	{0x2010, 0x2027}, {0x2030, 0x205e}, // dashes, quotes, bullets, ellipsis
	{0x2190, 0x21ff},                   // arrows
	{0x2500, 0x25fc}, {0x25ff, 0x25ff}, // box drawing, blocks, geometric shapes (not ◽ and ◾: emoji)
}

// narrow reports whether r is in narrowRanges.
func narrow(r rune) bool {
	for _, nr := range narrowRanges {
		if r >= nr[0] && r <= nr[1] {
			return true
		}
	}
	return false
}

// progressBar draws done out of total questions as a bar width cells
// wide, once for all quizzes that share s's drawings.
func (s *shared) progressBar(done, total, width int) string {
	if total <= 0 || width <= 0 {
		return ""
	}
	return s.drawn.part(s.st, s.tr.Lang(), fmt.Sprintf("progress\x00%d\x00%d", done, total), width, func() string {
		n := done * width / total
		return s.st.BarFull.Render(strings.Repeat(s.st.Full, n)) + s.st.BarEmpty.Render(strings.Repeat(s.st.Empty, width-n))
	})
}

// spread puts left and right text at the two ends of a line width wide,
// dropping the right part when both do not fit.
func spread(left, right string, width int) string {
	gap := width - cellWidth(left) - cellWidth(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// wrapText wraps s to width cells, never breaking a code (an answer
// code, a consultation's) at its hyphen: see report.WrapKeepingCodes.
func wrapText(s string, width int) string { return report.WrapKeepingCodes(s, width) }
