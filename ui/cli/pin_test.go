//go:build !headless

package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A staff PIN file is read up to a small limit, not whole: /dev/zero or a
// mistaken huge file is refused with a clear error.
func TestStaffPINFileIsBounded(t *testing.T) {
	ok := filepath.Join(t.TempDir(), "pin")
	if err := os.WriteFile(ok, []byte("2468\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if pin, err := staffPIN(context.Background(), ok); err != nil || pin != "2468" {
		t.Fatalf("a PIN file: %q, %v", pin, err)
	}
	for _, path := range []string{"/dev/zero", filepath.Join(t.TempDir(), "missing")} {
		_, err := staffPIN(context.Background(), path)
		var input *InputError
		if !errors.As(err, &input) || !strings.Contains(err.Error(), "staff PIN file") {
			t.Errorf("%s: %v, want an input error about the staff PIN file", path, err)
		}
	}
}
