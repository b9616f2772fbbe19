package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// TestFitLines checks the cutting of a body to its space: lines, cells,
// trailing empty lines, colours kept, and the count of lines kept.
func TestFitLines(t *testing.T) {
	red := "\x1b[31m"
	for _, c := range []struct {
		in            string
		width, height int
		trim          bool
		want          string
		lines         int
	}{
		{"", 10, 5, true, "", 0},
		{"abc", 10, 0, true, "", 0},
		{"abc", 10, 5, true, "abc", 1},
		{"abc\n", 10, 5, false, "abc\n", 2},
		{"abc\n", 10, 5, true, "abc", 1},
		{"abc\n\n\n", 10, 5, true, "abc", 1},
		{"a\n\nb\n", 10, 5, true, "a\n\nb", 3},
		{"a\n \n", 10, 5, true, "a\n ", 2},
		{"\n\n", 10, 5, true, "", 0},
		{"1\n2\n3\n4", 10, 2, true, "1\n2", 2},
		{"1\n2\n\n4", 10, 3, true, "1\n2", 2},
		{"abcdef\nab\nabcdef", 4, 5, false, "abcd\nab\nabcd", 3},
		{"ab\nabcdef\n", 4, 5, true, "ab\nabcd", 2},
		{red + "abcdef" + "\x1b[0m\nok", 3, 5, false, red + "abc\x1b[0m\nok", 2},
		{"┃ niño ◆ █░ → •…", 9, 1, true, "┃ niño ◆ ", 1},
		{"漢字かな", 5, 1, true, "漢字", 1},
	} {
		got, n := fitLines(c.in, c.width, c.height, c.trim)
		if got != c.want || n != c.lines {
			t.Errorf("fitLines(%q, %d, %d, %v) = %q, %d; want %q, %d", c.in, c.width, c.height, c.trim, got, n, c.want, c.lines)
		}
		if !c.trim {
			if old := oldFit(c.in, c.width, c.height); got != old && c.in != "" {
				t.Errorf("fit(%q) = %q, was %q", c.in, got, old)
			}
		}
	}
}

// oldFit is fit as it was before it measured each line once.
func oldFit(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

// TestCellWidthMatchesAnsi checks cellWidth against ansi.StringWidth: every
// rune it counts itself, alone and between letters, and lines as the quiz
// draws them, in colour, with links and with what it leaves to ansi.
func TestCellWidthMatchesAnsi(t *testing.T) {
	for _, nr := range narrowRanges {
		for r := nr[0]; r <= nr[1]; r++ {
			for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + string(r), "\x1b[1;38;5;99m" + string(r) + "\x1b[0m"} {
				if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
					t.Errorf("%U in %q: %d cells, ansi says %d", r, s, got, want)
					break
				}
			}
		}
	}
	for _, s := range []string{
		"", "plain", " ┃ \x1b[38;5;212m> \x1b[0m\x1b[38;5;36mNo dress code\x1b[0m ",
		"\x1b]8;;https://example.com\x07link\x1b]8;;\x07", "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",
		"tab\there", "e\u0301", "👍🏽 ok", "❤️", "漢字", "\x1b[", "\x1b[31", "\x1bM", "\x1b", "\x1b]8;;x", "a\u200db",
		"soft\u00adhyphen", "\x7f", "¿Sigues ahí? ¡Sí! Pulsera soldada, Tobillera, niño",
	} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("%q: %d cells, ansi says %d", s, got, want)
		}
	}
}

// FuzzCellWidth checks cellWidth against ansi.StringWidth on any text.
func FuzzCellWidth(f *testing.F) {
	for _, s := range []string{"abc", "\x1b[1;31mé┃◆\x1b[0m", "e\u0301x", "\x1b]8;;u\x07l\x1b]8;;\x07", "█░→•…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Fatalf("%q: %d cells, ansi says %d", s, got, want)
		}
	})
}
