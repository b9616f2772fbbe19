package qr

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/qr/qrtest"
)

// The test reads a rendering back as a screen shows it and scans it with
// ZXing's decoder (gozxing), an implementation other than the encoder's.

const (
	pixels = 4 // a module's side in the picture
	margin = 8 // modules of terminal around the code
)

// screen is how a terminal shows a rendering: the colour of a block's
// foreground, of a space's background, and of the screen around the code.
type screen struct {
	name             string
	block, space, bg color.Gray
	inverted         bool // the picture is light on dark: scan it inverted
}

// The grey levels of a terminal: xterm's white (SGR 37) and black (40), a
// dark theme's background and a light one's.
var (
	white, black    = color.Gray{0xe5}, color.Gray{0}
	darkBG, lightBG = color.Gray{0x1e}, color.Gray{0xff}
)

// screens: in the rendering's colours on a light terminal, and without
// colours on a dark one and on a light one.
var (
	coloured  = screen{"in its colours on a light terminal", white, black, lightBG, false}
	plainDark = screen{"uncoloured on a dark terminal", white, darkBG, darkBG, false}
	plainLite = screen{"uncoloured on a light terminal", black, lightBG, lightBG, true}
)

// modules reads a rendering back into rows of modules, true for light,
// failing the test on anything but the four characters and the colours.
func modules(t *testing.T, s string) [][]bool {
	t.Helper()
	var rows [][]bool
	for i, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(line, colours) || !strings.HasSuffix(line, reset) {
			t.Fatalf("line %d is not drawn in the code's colours: %q", i+1, line)
		}
		top, bottom := []bool{}, []bool{}
		for _, r := range ansi.Strip(line) {
			n := strings.Index("0 ▀▄█", string(r)) // byte offsets: 1, 2, 5, 8
			if n < 1 {
				t.Fatalf("line %d has %q, not a block or a space", i+1, r)
			}
			top = append(top, r == '▀' || r == '█')
			bottom = append(bottom, r == '▄' || r == '█')
		}
		rows = append(rows, top, bottom)
	}
	return rows
}

// picture is the rendering as sc shows it, with the screen around it.
func picture(rows [][]bool, sc screen) image.Image {
	img := qrtest.Picture(rows, sc.block, sc.space).(*image.Gray)
	w, h := len(rows[0]), len(rows)
	for y := range img.Bounds().Dy() {
		for x := range img.Bounds().Dx() {
			mx, my := x/qrtest.Pixels-qrtest.Margin, y/qrtest.Pixels-qrtest.Margin
			if mx < 0 || mx >= w || my < 0 || my >= h {
				img.SetGray(x, y, sc.bg)
			}
		}
	}
	return img
}

// scan decodes the QR code in img, inverting it first if asked.
func scan(img image.Image, inverted bool) (string, error) { return qrtest.Scan(img, inverted) }
