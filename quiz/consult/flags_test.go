package consult

import (
	"encoding/json"
	"slices"
	"testing"
)

// TestFlagIDs reads the flags' ids from stored recommendations, old and
// broken ones included.
func TestFlagIDs(t *testing.T) {
	for _, tc := range []struct {
		name string
		rec  string
		want []string
	}{
		{"two flags", `{"flags":[{"id":"pregnant","text":"…"},{"id":"under-18","text":"…"}]}`, []string{"pregnant", "under-18"}},
		{"none raised", `{"flags":[]}`, nil},
		{"saved before flags", `{"pick":"piercing"}`, nil},
		{"null", `null`, nil},
		{"not an object", `[1]`, nil},
		{"flag without an id", `{"flags":[{"text":"x"},{"id":"pacemaker"}]}`, []string{"pacemaker"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Record{Recommendation: json.RawMessage(tc.rec)}.FlagIDs()
			if !slices.Equal(got, tc.want) {
				t.Fatalf("FlagIDs = %q, want %q", got, tc.want)
			}
		})
	}
}
