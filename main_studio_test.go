package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStudioFile checks `studio check` and --studio from the command
// line: "FILE: ok" for a good file, and for a broken one exit status 2
// with the problem at its line, from the check and the quiz alike (serve
// is checked in ui/cli, where a server that starts by mistake is stopped).
func TestStudioFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config")) // no default file
	good, broken := filepath.Join(dir, "good.yaml"), filepath.Join(dir, "broken.yaml")
	files := map[string]string{
		good:   "name: Goldfaden\nbooking_url: https://example-studio.test/book?quiz={code}\n",
		broken: "name: Goldfaden\n\nbooking-url: https://example-studio.test/book?quiz={code}\n",
	}
	for path, src := range files {
		if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if r := jewelquiz(t, "", "studio", "check", good); r.code != 0 || r.stdout != good+": ok\n" || r.stderr != "" {
		t.Errorf("checking a good file: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	want := broken + `:3: unknown setting "booking-url" (did you mean "booking_url"?)`
	for _, args := range [][]string{
		{"studio", "check", broken},
		{"--studio", broken},
	} {
		r := jewelquiz(t, "", args...)
		if r.code != 2 || !strings.Contains(r.stderr, want) || r.stdout != "" {
			t.Errorf("jewelquiz %s: exit %d, stdout %q, stderr %q; want 2 and %q", strings.Join(args, " "), r.code, r.stdout, r.stderr, want)
		}
	}
}
