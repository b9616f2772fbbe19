package consult

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSaveFailsCleanly makes Save fail in several ways; each time it
// returns an error and leaves no file behind.
func TestSaveFailsCleanly(t *testing.T) {
	t.Run("read-only directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root ignores directory permissions; the hooks below cover the failure")
		}
		s := openTest(t)
		if err := os.Chmod(s.Dir(), 0o500); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(s.Dir(), 0o700)
		if _, err := s.Save(sample(t, 1)); err == nil {
			t.Fatal("Save into a read-only directory succeeded")
		}
		if left := names(t, s.Dir()); len(left) != 0 {
			t.Fatalf("left %v", left)
		}
	})
	t.Run("directory gone", func(t *testing.T) {
		s := openTest(t)
		if err := os.Remove(s.Dir()); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(s.Dir(), nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(sample(t, 1)); err == nil {
			t.Fatal("Save into a file succeeded")
		}
		if left := names(t, filepath.Dir(s.Dir())); len(left) != 1 {
			t.Fatalf("left %v", left)
		}
	})
	for call, what := range []string{"Markdown", "JSON"} {
		t.Run("writing the "+what+" fails", func(t *testing.T) {
			s := openTest(t)
			n := 0
			afterTempWrite = func(tmp string) {
				if n == call {
					os.Remove(tmp) // so linking it fails
				}
				n++
			}
			defer func() { afterTempWrite = func(string) {} }()
			_, err := s.Save(sample(t, 1))
			if err == nil || !strings.Contains(err.Error(), "consultation ") {
				t.Fatalf("Save = %v, want an error naming the consultation", err)
			}
			if left := names(t, s.Dir()); len(left) != 0 {
				t.Fatalf("left %v", left)
			}
		})
	}
	t.Run("invalid recommendation", func(t *testing.T) {
		s := openTest(t)
		r := sample(t, 1)
		r.Recommendation = []byte("{")
		if _, err := s.Save(r); err == nil {
			t.Fatal("Save with broken JSON succeeded")
		}
		if left := names(t, s.Dir()); len(left) != 0 {
			t.Fatalf("left %v", left)
		}
	})
}
