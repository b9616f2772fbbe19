package consult

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDelete deletes consultations by their code as staff type it, and
// refuses codes that are malformed or unknown, leaving the others.
func TestDelete(t *testing.T) {
	for _, tc := range []struct {
		name  string
		typed func(code string) string
		want  error // nil: the consultation is deleted
	}{
		{"as shown", func(c string) string { return c }, nil},
		{"lower case, no dash", func(c string) string { return strings.ToLower(strings.ReplaceAll(c, "-", "")) }, nil},
		{"unknown", func(string) string { return "ACDE-FG" }, ErrNotFound},
		{"malformed", func(string) string { return "K7M0-4P" }, ErrBadCode},
		{"empty", func(string) string { return "" }, ErrBadCode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t)
			r := save(t, s, sample(t, 1))
			other := save(t, s, sample(t, 2))
			err := s.Delete(tc.typed(r.Code))
			if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Fatalf("Delete = %v, want %v", err, tc.want)
			}
			want := []string{other.Code + ".json", other.Code + ".md"}
			if tc.want != nil {
				want = append(want, r.Code+".json", r.Code+".md")
			}
			slices.Sort(want)
			if got := names(t, s.Dir()); !slices.Equal(got, want) {
				t.Fatalf("after Delete the directory holds %v, want %v", got, want)
			}
		})
	}
}

// TestDeleteCorrupt deletes a consultation whose file cannot be read: it
// may still hold health information.
func TestDeleteCorrupt(t *testing.T) {
	s := openTest(t)
	r := save(t, s, sample(t, 1))
	if err := os.WriteFile(s.path(r.Code, ".json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(r.Code); err != nil {
		t.Fatal(err)
	}
	if left := names(t, s.Dir()); len(left) != 0 {
		t.Fatalf("left %v", left)
	}
}

// TestOpenFinishesDeletes: Open finishes a deletion a crash left half
// done, and leaves a new save of the same code alone.
func TestOpenFinishesDeletes(t *testing.T) {
	s := openTest(t)
	gone := save(t, s, sample(t, 1))
	kept := save(t, s, sample(t, 2))
	if err := os.Rename(s.path(gone.Code, ".json"), s.path(gone.Code, markerExt)); err != nil {
		t.Fatal(err)
	}
	// A marker beside a complete consultation: the Markdown is the new one's.
	if err := os.WriteFile(s.path(kept.Code, markerExt), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(s.Dir(), testBank()); err != nil {
		t.Fatal(err)
	}
	want := []string{kept.Code + ".json", kept.Code + ".md"}
	if got := names(t, s.Dir()); !slices.Equal(got, want) {
		t.Fatalf("after Open the directory holds %v, want %v", got, want)
	}
}

// TestSaveSkipsACodeBeingDeleted: Save never takes a code whose deletion
// is not finished.
func TestSaveSkipsACodeBeingDeleted(t *testing.T) {
	s := openTest(t)
	busy, free := codeFor(0), codeFor(1)
	s.rand = &repeatReader{blocks: [][]byte{block(0), block(1)}}
	if err := os.WriteFile(s.path(busy, markerExt), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := save(t, s, sample(t, 1)); r.Code != free {
		t.Fatalf("saved as %s, want %s (%s is being deleted)", r.Code, free, busy)
	}
}

// TestPurgeDeletesCarefully: Purge removes through the same steps as
// Delete, so the marker is what stands between the two files.
func TestPurgeDeletesCarefully(t *testing.T) {
	s := openTest(t)
	r := save(t, s, sample(t, 1))
	var steps []string
	beforeDeleteStep = func(step string) { steps = append(steps, step) }
	defer func() { beforeDeleteStep = func(string) {} }()
	if n, err := s.Purge(testTime.Add(time.Second)); n != 1 || err != nil {
		t.Fatalf("Purge = %d, %v", n, err)
	}
	if !slices.Equal(steps, deleteSteps) {
		t.Fatalf("Purge of %s went through %v, want %v", r.Code, steps, deleteSteps)
	}
}

// deleteSteps are the steps of a deletion, in order.
var deleteSteps = []string{"rename", "sync marker", "remove markdown", "remove marker", "sync"}
