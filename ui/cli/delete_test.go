package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeleteCommand deletes one consultation, both its files, by its code
// as staff type it, and refuses what is not a code of one with exit
// status 2, deleting nothing.
func TestDeleteCommand(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    func(dir, code string) []string
		deleted bool
		says    string // in the output when deleted, else in the error
	}{
		{"as shown", func(d, c string) []string { return []string{c, "--data-dir", d} }, true, "deleted CODE (saved TIME): CODE.json, CODE.md\n"},
		{"typed loosely", func(d, c string) []string {
			return []string{"--data-dir", d, strings.ToLower(strings.ReplaceAll(c, "-", ""))}
		}, true, "deleted CODE (saved TIME): CODE.json, CODE.md\n"},
		{"unknown", func(d, _ string) []string { return []string{"ACDE-FG", "--data-dir", d} }, false, "no consultation ACDE-FG in DIR"},
		{"malformed", func(d, _ string) []string { return []string{"K7M0-4P", "--data-dir", d} }, false, `"K7M0-4P" is not a consultation code`},
		{"no code", func(d, _ string) []string { return []string{"--data-dir", d} }, false, "jewelquiz delete K7MX-4P"},
		{"two codes", func(d, c string) []string { return []string{c, "ACDE-FG", "--data-dir", d} }, false, `"ACDE-FG"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, r, old := saveConsultations(t)
			expand := strings.NewReplacer("CODE", r.Code, "TIME", r.Created.Local().Format(consultTime), "DIR", dir).Replace
			out, _, err := runConsult(Delete, tc.args(dir, r.Code)...)
			if tc.deleted {
				if err != nil || out != expand(tc.says) {
					t.Fatalf("delete = %v, %q; want %q", err, out, expand(tc.says))
				}
			} else {
				var ie *InputError
				if !errors.As(err, &ie) || !strings.Contains(err.Error(), expand(tc.says)) || out != "" {
					t.Fatalf("delete = %v, %q; want an InputError saying %q", err, out, expand(tc.says))
				}
			}
			for _, ext := range []string{".json", ".md"} {
				_, err := os.Stat(filepath.Join(dir, r.Code+ext))
				if gone := errors.Is(err, os.ErrNotExist); gone != tc.deleted {
					t.Errorf("%s%s gone = %v, want %v", r.Code, ext, gone, tc.deleted)
				}
				if _, err := os.Stat(filepath.Join(dir, old.Code+ext)); err != nil {
					t.Errorf("the other consultation's %s: %v", ext, err)
				}
			}
		})
	}
}

// TestDeleteUnreadable deletes a consultation whose record cannot be read,
// and says so; in a directory that is not there it deletes nothing and
// creates nothing.
func TestDeleteUnreadable(t *testing.T) {
	dir, r, _ := saveConsultations(t)
	if err := os.WriteFile(filepath.Join(dir, r.Code+".json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err := runConsult(Delete, r.Code, "--data-dir", dir)
	want := "deleted " + r.Code + " (its record could not be read): " + r.Code + ".json, " + r.Code + ".md\n"
	if err != nil || out != want {
		t.Fatalf("delete = %v, %q; want %q", err, out, want)
	}
	missing := filepath.Join(t.TempDir(), "none")
	var ie *InputError
	if _, _, err := runConsult(Delete, r.Code, "--data-dir", missing); !errors.As(err, &ie) {
		t.Fatalf("delete in a missing directory = %v, want an InputError", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("delete created the data directory: %v", err)
	}
}
