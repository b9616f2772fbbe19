package studio

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// FuzzParse checks Parse never panics (nor needs its recover), and keeps
// its promises: a studio it accepts has settings that pass its checks,
// and every problem it reports is on a line of the file.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"", "name: Goldfaden\nbooking_url: " + goodURL + "\n",
		"name: a\nname: b\n", "- a\n", "name: [a\n", "\tname: a\n", "a: *b\n",
		"name: &n x\nbooking_url: *n\n", "name: a\n---\nname: b\n",
		"booking_url: https://u@x/{code}\n", "name: \"\\u202e\"\n", "? [a]\n: b\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("f.yaml", data, testVocabulary)
		if err == nil {
			if at, _ := control(s.Name); at > 0 || ansi.StringWidth(s.Name) > MaxName {
				t.Errorf("accepted a name that fails its checks: %q", s.Name)
			}
			if s.BookingURL != "" && !strings.Contains(s.BookingURL, Placeholder) {
				t.Errorf("accepted a booking URL without %s: %q", Placeholder, s.BookingURL)
			}
			return
		}
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) == 0 {
			t.Fatalf("error %v, want a *LoadError with problems", err)
		}
		if s != (Studio{}) {
			t.Errorf("a file with problems gave %+v", s)
		}
		lines := 1 // at most: YAML also breaks lines at \r, NEL, LS and PS
		for _, br := range []string{"\n", "\r", "\u0085", "\u2028", "\u2029"} {
			lines += bytes.Count(data, []byte(br))
		}
		for _, p := range le.Problems {
			if strings.Contains(p.Msg, "the YAML parser failed") {
				t.Fatalf("the YAML parser panicked: %s", p.Msg)
			}
			if p.Line < 0 || p.Line > lines+1 {
				t.Errorf("problem on line %d of a file of at most %d lines: %s", p.Line, lines, p.Msg)
			}
		}
	})
}
