package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/rules"
)

// rulebookWith writes the embedded rulebook to a directory with a
// translation beside it, and returns the rulebook's path.
func rulebookWith(t *testing.T, es []byte) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "rulebook.yaml")
	if err := os.WriteFile(path, rules.DefaultSource(), 0o600); err != nil {
		t.Fatal(err)
	}
	if es != nil {
		if err := os.WriteFile(filepath.Join(dir, "rulebook.es.yaml"), es, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestRulesCheckLangGolden: a translation with one mistake of each kind
// (testdata/translation) is reported in one pass, every problem as
// FILE:LINE: problem, with exit status 2 (regenerate with -update).
func TestRulesCheckLangGolden(t *testing.T) {
	broken, err := os.ReadFile("testdata/translation/rulebook.es.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := rulebookWith(t, broken)
	out, errOut, err := runMain("rules", "check", "--lang", "es", path)
	var ie *InputError
	if !errors.As(err, &ie) || out != "" || errOut != "" {
		t.Fatalf("%v (%T), stdout %q, stderr %q", err, err, out, errOut)
	}
	got := strings.ReplaceAll(err.Error(), filepath.Dir(path), "DIR")
	for _, want := range []string{`did you mean "sleep"?`, "lacks {score}", "short: not translated", "expected text here", "given twice", "has no text here", "did you mean \"It can snag"} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(got+"\n"))
}

// The embedded translation, and a good one beside a rulebook file, pass;
// --rules uses the one beside the file, and refuses a broken one.
func TestRulesCheckLang(t *testing.T) {
	good := rulebookWith(t, rules.SpanishSource())
	for _, args := range [][]string{{"--lang", "es"}, {"--lang", "ES", good}} {
		out, _, err := runMain(append([]string{"rules", "check"}, args...)...)
		if err != nil || !strings.Contains(out, ": OK, every text of rulebook version ") {
			t.Errorf("%q: %v, %q", args, err, out)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "fr"}, "can be translated into es"},
		{[]string{"--lang", "es", rulebookWith(t, nil)}, "rulebook.es.yaml"},
		{[]string{"--lang", "es", "-"}, "as a file"},
		{[]string{"--lang", "es", good, good}, "at most one"},
	} {
		_, _, err := runMain(append([]string{"rules", "check"}, c.args...)...)
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want an input error saying %q", c.args, err, c.want)
		}
	}
	rb, err := LoadRulebook(t.Context(), good, nil)
	if err != nil {
		t.Fatal(err)
	}
	if es := rb.In("es"); es == rb || es.Types[0].Name != "Pulsera soldada" {
		t.Fatal("--rules did not read the translation beside the rulebook")
	}
	bad := rulebookWith(t, []byte("lang: es\nquestions: {slep: {title: Hola}}\n"))
	if _, err := LoadRulebook(t.Context(), bad, nil); err == nil || !strings.Contains(err.Error(), `did you mean "sleep"?`) {
		t.Fatalf("a broken translation beside the rulebook: %v", err)
	}
	plain, err := LoadRulebook(t.Context(), rulebookWith(t, nil), nil)
	if err != nil || plain.In("es") != plain {
		t.Fatalf("a rulebook with no translation beside it: %v", err)
	}
}
