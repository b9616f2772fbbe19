package consult

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestCorruptFile puts garbage, and a record under the wrong name, beside
// good consultations.
func TestCorruptFile(t *testing.T) {
	s := openTest(t)
	a := save(t, s, sample(t, 1))
	b := save(t, s, sample(t, 2))
	garbage := filepath.Join(s.Dir(), "K7MX-4P.json")
	if err := os.WriteFile(garbage, []byte("{\"code\": \"K7MX-4P\", garb"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := s.Load("k7mx4p")
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.File != garbage {
		t.Fatalf("Load(garbage) = %v, want a *CorruptError naming %s", err, garbage)
	}
	// Not consultations, so not errors either.
	for _, name := range []string{"notes.json", ".tmp-123", "K7MX4P.json"} {
		if err := os.WriteFile(filepath.Join(s.Dir(), name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	recs, errs := s.List(time.Time{})
	if len(recs) != 2 || len(errs) != 1 || !errors.As(errs[0], &ce) || ce.File != garbage {
		t.Fatalf("List = %v, %v; want %s and %s, and one *CorruptError naming %s", codesOf(recs), errs, a.Code, b.Code, garbage)
	}
	// A good record copied under another code is corrupt too.
	data, err := os.ReadFile(filepath.Join(s.Dir(), a.Code+".json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(garbage, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load("K7MX-4P"); !errors.As(err, &ce) {
		t.Fatalf("Load(misnamed) = %v, want a *CorruptError", err)
	}
	// So is a good record followed by more.
	data, err = os.ReadFile(filepath.Join(s.Dir(), b.Code+".json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.Dir(), b.Code+".json"), append(data, "{}"...), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(b.Code); !errors.As(err, &ce) {
		t.Fatalf("Load(record and more) = %v, want a *CorruptError", err)
	}
	if err := os.WriteFile(filepath.Join(s.Dir(), b.Code+".json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	// Purge keeps what it cannot read, and says so.
	n, err := s.Purge(testTime.Add(time.Hour))
	if n != 2 || !errors.As(err, &ce) || ce.File != garbage {
		t.Fatalf("Purge = %d, %v; want 2 and a *CorruptError naming %s", n, err, garbage)
	}
	if _, err := os.Stat(garbage); err != nil {
		t.Fatalf("Purge removed the corrupt file: %v", err)
	}
}
