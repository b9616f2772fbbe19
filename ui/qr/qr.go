// Package qr draws a QR code in the terminal, for a phone to scan off the
// screen: the booking link, say.
//
// A text line holds two rows of modules, drawn with the half blocks ▀ and
// ▄, the full block █ and a space. A terminal cell is about twice as tall
// as it is wide, so each module comes out square.
//
// A QR code is dark modules on a light ground, and a reader may not take it
// the other way round. The terminal's own colours cannot be trusted for
// that: a light background is common. So every line is drawn in explicit
// colours, white on black (SGR 37 and 40, the eight colours every colour
// terminal has), with the light modules and the quiet zone as blocks in
// the foreground colour and the dark modules as spaces showing the
// background. Where the colours are not shown, the same characters still
// give a true code on a dark terminal; only on a light one, uncoloured, do
// they come out inverted, which readers that try both ways (many phones'
// cameras, ZXing with inversion) still read.
//
// The block characters are "ambiguous width" in Unicode: a terminal set to
// draw those two columns wide (some East Asian setups) breaks the code.
package qr

import (
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// The quiet zone is the light margin a reader needs around the code, in
// modules: the standard's, narrowed down to MinQuiet to fit a small screen.
const (
	StdQuiet = 4
	MinQuiet = 2
)

// The colours every line is drawn in, and the reset to the terminal's own.
const (
	colours = "\x1b[37;40m"
	reset   = "\x1b[39;49m"
)

// Render draws the QR code of text to fit in maxWidth × maxHeight terminal
// cells, with the widest quiet zone from StdQuiet down to MinQuiet that
// fits. Each line is the same width; the lines are joined by "\n", with
// none after the last, and hold escape codes for their colours (measure
// them with lipgloss.Width or ansi.StringWidth). It returns false when the
// code does not fit, or text cannot be encoded: show the text instead.
//
// The code uses the lowest error correction level, L: a screen is neither
// torn nor dirty, and every level up makes the code larger, so smaller
// modules or no room at all.
func Render(text string, maxWidth, maxHeight int) (string, bool) {
	code, err := qrcode.New(text, qrcode.Low)
	if err != nil {
		return "", false
	}
	code.DisableBorder = true
	modules := code.Bitmap()
	for quiet := StdQuiet; quiet >= MinQuiet; quiet-- {
		side := len(modules) + 2*quiet
		if side <= maxWidth && (side+1)/2 <= maxHeight {
			return draw(modules, quiet), true
		}
	}
	return "", false
}

// halves are the characters for a cell's two modules, by which are light:
// none, the top one, the bottom one, both.
var halves = [4]string{" ", "▀", "▄", "█"}

// draw renders a code's modules (true is dark, rows then columns) with a
// quiet zone of quiet modules all round. The side is odd, so the last
// line's bottom half, below the quiet zone, is drawn light too: one more
// row of quiet zone, rather than a dark strip under a code on a light
// screen.
func draw(modules [][]bool, quiet int) string {
	n := len(modules)
	side := n + 2*quiet
	light := func(x, y int) bool { // x and y from the quiet zone's corner
		x, y = x-quiet, y-quiet
		return x < 0 || y < 0 || x >= n || y >= n || !modules[y][x] // outside the code is light
	}
	var b strings.Builder
	for y := 0; y < side; y += 2 {
		if y > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(colours)
		for x := range side {
			i := 0
			if light(x, y) {
				i |= 1
			}
			if light(x, y+1) {
				i |= 2
			}
			b.WriteString(halves[i])
		}
		b.WriteString(reset)
	}
	return b.String()
}
