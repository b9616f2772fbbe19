package cli

import "testing"

// TestOneLineDropsFormatCharacters checks text shown at the desk loses
// control and format characters, which would reorder or hide parts of a
// line and break list's columns.
func TestOneLineDropsFormatCharacters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ana", "Ana"},
		{"\u202Eana", "ana"},
		{"An\u200Ba", "Ana"},
		{"\u2066Ana\u2069\tLuz\n", "Ana Luz"},
		{"Ana\x1b[2J", "Ana[2J"},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
