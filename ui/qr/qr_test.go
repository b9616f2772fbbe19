package qr

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

const booking = "https://example-studio.test/book?quiz=A9PT-ECYK"

var urls = []string{
	booking,
	"http://x.test/A9PT-ECYK",
	"HTTPS://EXAMPLE-STUDIO.TEST/BOOK/A9PT-ECYK", // alphanumeric mode
	"https://example-studio.test/réserver?quiz=A9PT-ECYK",
	"https://www.goldfaden-permanent-jewelry.example/termine/buchen?quelle=quiz&code=A9PT-ECYK",
}

// TestRenderScans draws each link at 80×24 and scans it back off the
// screen, in the rendering's colours and without them.
func TestRenderScans(t *testing.T) {
	for _, url := range urls {
		s, ok := Render(url, 80, 24)
		if !ok {
			t.Fatalf("%s does not fit 80×24", url)
		}
		rows := modules(t, s)
		for _, sc := range []screen{coloured, plainDark, plainLite} {
			got, err := scan(picture(rows, sc), sc.inverted)
			if err != nil || got != url {
				t.Errorf("%s, %s: scanned %q, %v", url, sc.name, got, err)
			}
		}
	}
}

// TestScanCanFail checks the scan test would notice a broken code: with
// its top left finder pattern wiped, it does not scan.
func TestScanCanFail(t *testing.T) {
	s, _ := Render(booking, 80, 24)
	rows := modules(t, s)
	for y := StdQuiet; y < StdQuiet+7; y++ {
		for x := StdQuiet; x < StdQuiet+7; x++ {
			rows[y][x] = true
		}
	}
	if got, err := scan(picture(rows, coloured), false); err == nil {
		t.Fatalf("a code without a finder pattern scanned as %q", got)
	}
}

// TestRenderFits checks the size of the drawing: the standard quiet zone
// when there is room, a narrower one down to two modules when not, and
// nothing when even that does not fit.
func TestRenderFits(t *testing.T) {
	long := "https://www.goldfaden-permanent-jewelry.example/termine/buchen?quelle=quiz&code=A9PT-ECYK"
	tests := []struct {
		name          string
		text          string
		width, height int
		ok            bool
		quiet         int
		cols, lines   int
	}{
		{"the booking link at 80×24", booking, 80, 24, true, 4, 37, 19},
		{"exactly its size", booking, 37, 19, true, 4, 37, 19},
		{"one line short", booking, 80, 18, true, 3, 35, 18},
		{"one column short", booking, 36, 24, true, 3, 35, 18},
		{"the narrowest quiet zone", booking, 33, 17, true, 2, 33, 17},
		{"too narrow", booking, 32, 24, false, 0, 0, 0},
		{"too low", booking, 80, 16, false, 0, 0, 0},
		{"a long link at 80×24", long, 80, 24, true, 4, 45, 23},
		{"a long link at 80×20", long, 80, 20, false, 0, 0, 0},
		{"no room", booking, 0, 0, false, 0, 0, 0},
		{"too long to encode", strings.Repeat("x", 3000), 1000, 1000, false, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := Render(tt.text, tt.width, tt.height)
			if ok != tt.ok {
				t.Fatalf("fits: %v, want %v", ok, tt.ok)
			}
			if !ok {
				if s != "" {
					t.Errorf("drew %q when it did not fit", s)
				}
				return
			}
			lines := strings.Split(s, "\n")
			for i, l := range lines {
				if w := ansi.StringWidth(l); w != tt.cols {
					t.Errorf("line %d is %d cells wide, want %d", i+1, w, tt.cols)
				}
			}
			if len(lines) != tt.lines {
				t.Errorf("%d lines, want %d", len(lines), tt.lines)
			}
			if top, left := quietZone(modules(t, s)); top != tt.quiet || left != tt.quiet {
				t.Errorf("quiet zone %d modules at the top and %d at the left, want %d", top, left, tt.quiet)
			}
		})
	}
}

// quietZone counts the light rows at the top and the light columns at the
// left of rows.
func quietZone(rows [][]bool) (top, left int) {
	allLight := func(bs []bool) bool { return !slices.Contains(bs, false) }
	for top < len(rows) && allLight(rows[top]) {
		top++
	}
	column := func(x int) []bool {
		var c []bool
		for _, r := range rows {
			c = append(c, r[x])
		}
		return c
	}
	for left < len(rows[0]) && allLight(column(left)) {
		left++
	}
	return top, left
}
