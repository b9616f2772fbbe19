package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The generated rulebook in the rules package is what the generator makes
// of rulebook.yaml now: edit the YAML without running go generate and this
// fails.
func TestGeneratedFileUpToDate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "generated_rulebook.go")
	var stderr bytes.Buffer
	if err := run([]string{"-in", "../../rulebook.yaml", "-es", "../../rulebook.es.yaml", "-out", out}, &stderr); err != nil {
		t.Fatalf("rulebookgen: %v\n%s", err, stderr.String())
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../generated_rulebook.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("rules/generated_rulebook.go is not what rules/rulebook.yaml generates: run `go generate ./rules/`")
	}
}

// A rulebook with a problem is reported as rules.Load reports it, and
// nothing is written.
func TestRunRejectsBadRulebook(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../rulebook.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in := writeFile(t, dir, "bad.yaml", bytes.Replace(src, []byte("version:"), []byte("versoin:"), 1))
	out := filepath.Join(dir, "out.go")
	wantRejected(t, []string{"-in", in, "-out", out}, "versoin", out)
}

// wantRejected runs the generator with args and fails unless it reports
// the unknown key and writes nothing to out.
func wantRejected(t *testing.T, args []string, key, out string) {
	t.Helper()
	err := run(args, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), key) {
		t.Fatalf("got %v, want the unknown key %s reported", err, key)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a file was written for %s: %v", args, err)
	}
}

// writeFile writes data to dir/name and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A Spanish translation with a problem is reported as Translate reports
// it, and nothing is written; one that leaves texts out is generated with
// them in English, and says how many.
func TestRunSpanish(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../rulebook.es.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := writeFile(t, dir, "bad.es.yaml", bytes.Replace(src, []byte("\nexplain:"), []byte("\nexplian:"), 1))
	out := filepath.Join(dir, "out.go")
	wantRejected(t, []string{"-in", "../../rulebook.yaml", "-es", bad, "-out", out}, "explian", out)

	lines := strings.Split(string(src), "\n")
	var kept []string
	for _, l := range lines {
		if !strings.Contains(l, "no_reason_only:") {
			kept = append(kept, l)
		}
	}
	short := writeFile(t, dir, "short.es.yaml", []byte(strings.Join(kept, "\n")))
	var stderr bytes.Buffer
	if err := run([]string{"-in", "../../rulebook.yaml", "-es", short, "-out", out}, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "texts not translated, left in English: 1 ") {
		t.Errorf("stderr: %q", stderr.String())
	}
	gen, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(gen), "func generatedSpanish() *Rulebook {\n\treturn &Rulebook{") {
		t.Fatalf("no Spanish rulebook generated: %v", err)
	}
}
