// Package qrtest reads a QR code drawn in a terminal back into its text,
// for tests: the half-block lines a screen shows become a picture, as a
// dark-background terminal shows it, which ZXing's decoder (gozxing)
// scans.
package qrtest

import (
	"errors"
	"image"
	"image/color"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// Pixels is a module's side in the picture; Margin the modules of
// terminal drawn around the code.
const (
	Pixels = 4
	Margin = 8
)

// Modules reads half-block lines (colours are ignored) into rows of
// modules, true where the module is drawn light.
func Modules(lines []string) ([][]bool, error) {
	var rows [][]bool
	for _, line := range lines {
		var top, bottom []bool
		for _, r := range ansi.Strip(line) {
			if !strings.ContainsRune(" ▀▄█", r) {
				return nil, errors.New("not a half-block drawing: " + string(r))
			}
			top = append(top, r == '▀' || r == '█')
			bottom = append(bottom, r == '▄' || r == '█')
		}
		rows = append(rows, top, bottom)
	}
	if len(rows) == 0 {
		return nil, errors.New("no lines")
	}
	return rows, nil
}

// Picture is rows as a terminal shows them, light modules in fg and the
// rest, with Margin modules around, in bg.
func Picture(rows [][]bool, fg, bg color.Gray) image.Image {
	w, h := len(rows[0]), len(rows)
	img := image.NewGray(image.Rect(0, 0, (w+2*Margin)*Pixels, (h+2*Margin)*Pixels))
	for y := range img.Bounds().Dy() {
		for x := range img.Bounds().Dx() {
			mx, my := x/Pixels-Margin, y/Pixels-Margin
			c := bg
			if mx >= 0 && mx < w && my >= 0 && my < len(rows) && mx < len(rows[my]) && rows[my][mx] {
				c = fg
			}
			img.SetGray(x, y, c)
		}
	}
	return img
}

// Scan decodes the QR code in img, inverting it first if asked.
func Scan(img image.Image, inverted bool) (string, error) {
	src := gozxing.NewLuminanceSourceFromImage(img)
	if inverted {
		src = src.Invert()
	}
	bmp, err := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src))
	if err != nil {
		return "", err
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_CHARACTER_SET: "UTF-8"}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}

// Read finds the QR code on a screen and decodes it as a dark terminal
// shows it. The code starts at the first line that begins (after its
// indent) with a run of at least 21 full blocks, the top of its quiet
// zone, which gives its width; it runs down while the lines hold only
// half blocks there. Text beside it is left out.
func Read(screen string) (string, error) {
	var code []string
	indent, width := 0, 0
	for _, l := range strings.Split(ansi.Strip(screen), "\n") {
		rs := []rune(l)
		if width == 0 {
			t := strings.TrimLeft(l, " ")
			run := len([]rune(t)) - len([]rune(strings.TrimLeft(t, "█")))
			if run < 21 {
				continue
			}
			indent, width = len(rs)-len([]rune(t)), run
		}
		if len(rs) < indent+width || strings.Trim(string(rs[indent:indent+width]), " ▀▄█") != "" {
			break
		}
		code = append(code, string(rs[indent:indent+width]))
	}
	rows, err := Modules(code)
	if err != nil {
		return "", err
	}
	return Scan(Picture(rows, color.Gray{0xe5}, color.Gray{0x1e}), false)
}
