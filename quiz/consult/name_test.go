package consult

import (
	"os"
	"testing"
	"time"
)

// TestNamesLoseControlAndFormatCharacters checks a client's name is
// stored, and read back from an older file, without control or format
// characters: a right-to-left override (U+202E), a zero width space
// (U+200B), a bidi isolate (U+2066), a BOM (U+FEFF) or an escape.
func TestNamesLoseControlAndFormatCharacters(t *testing.T) {
	tests := []struct{ typed, want string }{
		{"Ana", "Ana"},
		{"\u202Eana", "ana"},
		{"An\u200Ba", "Ana"},
		{"\u2066Ana\u2069 Lu\uFEFFz", "Ana Luz"},
		{"Ana\x1b[2J", "Ana[2J"},
		{"Zoë  María", "Zoë María"},
	}
	for _, tt := range tests {
		s := openTest(t)
		r := sample(t, 0)
		r.Name = tt.typed
		saved := save(t, s, r)
		if saved.Name != tt.want {
			t.Errorf("saved %q as %q, want %q", tt.typed, saved.Name, tt.want)
		}

		// A file written before names were cleaned this way.
		old := sample(t, 0)
		old.Code, old.Name, old.Created, old.Recommendation = "K7MX-4P", tt.typed, time.Now(), []byte("null")
		data, err := JSON(old, testBank())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(s.path(old.Code, ".json"), data, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := s.Load(old.Code)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != tt.want {
			t.Errorf("loaded %q as %q, want %q", tt.typed, got.Name, tt.want)
		}
		recs, errs := s.List(time.Time{})
		for _, rec := range recs {
			if rec.Name != tt.want {
				t.Errorf("listed %q as %q, want %q", tt.typed, rec.Name, tt.want)
			}
		}
		if len(errs) > 0 {
			t.Errorf("List: %v", errs)
		}
	}
}
