package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestDeskTable lays out list's table: aligned columns within 80 columns,
// names cut short and flags wrapped only when they would not fit.
func TestDeskTable(t *testing.T) {
	row := func(name, pick, allergy, flags string) []string {
		return []string{"K7MX-4P", "2026-11-29 20:16", name, pick, allergy, flags}
	}
	for _, tc := range []struct {
		name string
		rows [][]string
		want string
	}{
		{"fits", [][]string{row("Ana", "Welded bracelet", "nickel", "pregnant, under-18"), row("-", "Piercing", "none", "-")}, `
CODE     SAVED             NAME  PICK             ALLERGY  FLAGS
K7MX-4P  2026-11-29 20:16  Ana   Welded bracelet  nickel   pregnant, under-18
K7MX-4P  2026-11-29 20:16  -     Piercing         none     -
`},
		{"flags wrap", [][]string{row("Ana", "(all ruled out)", "sensitive", "pacemaker, pregnant, slow-healing, under-18, live-electrical")}, `
CODE     SAVED             NAME  PICK             ALLERGY    FLAGS
K7MX-4P  2026-11-29 20:16  Ana   (all ruled out)  sensitive  pacemaker,
                                                             pregnant,
                                                             slow-healing,
                                                             under-18,
                                                             live-electrical
`},
		{"long name cut", [][]string{row("Maria-Fernanda Alexandrovna", "Welded necklace", "sensitive", "live-electrical")}, `
CODE     SAVED             NAME     PICK             ALLERGY    FLAGS
K7MX-4P  2026-11-29 20:16  Maria-…  Welded necklace  sensitive  live-electrical
`},
		{"wide characters", [][]string{row("美咲さん", "Implant", "unsure", "-")}, `
CODE     SAVED             NAME      PICK     ALLERGY  FLAGS
K7MX-4P  2026-11-29 20:16  美咲さん  Implant  unsure   -
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := deskTable(tc.rows, deskWidth)
			if want := strings.TrimPrefix(tc.want, "\n"); got != want {
				t.Fatalf("got\n%s\nwant\n%s", got, want)
			}
			for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
				if w := ansi.StringWidth(line); w > deskWidth {
					t.Errorf("a line is %d columns wide, more than %d: %q", w, deskWidth, line)
				}
			}
		})
	}
}

// TestWrapList breaks a list after its commas, never inside an item.
func TestWrapList(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"a, b, c", 7, []string{"a, b, c"}},
		{"a, b, c", 6, []string{"a, b,", "c"}},
		{"a, b, c", 5, []string{"a, b,", "c"}},
		{"a, b, c", 4, []string{"a,", "b, c"}},
		{"a, b, c", 3, []string{"a,", "b,", "c"}},
		{"pregnant, under-18", 9, []string{"pregnant,", "under-18"}},
		{"live-electrical", 5, []string{"live-electrical"}},
		{"-", 10, []string{"-"}},
	} {
		if got := wrapList(tc.in, tc.width); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrapList(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}
