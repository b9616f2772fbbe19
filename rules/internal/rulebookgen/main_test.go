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
	in := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(in, bytes.Replace(src, []byte("version:"), []byte("versoin:"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.go")
	err = run([]string{"-in", in, "-out", out}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "versoin") {
		t.Fatalf("got %v, want the unknown key versoin reported", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a file was written for a bad rulebook: %v", err)
	}
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
	bad := filepath.Join(dir, "bad.es.yaml")
	if err := os.WriteFile(bad, bytes.Replace(src, []byte("\nexplain:"), []byte("\nexplian:"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.go")
	err = run([]string{"-in", "../../rulebook.yaml", "-es", bad, "-out", out}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "explian") {
		t.Fatalf("got %v, want the unknown key explian reported", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a file was written for a bad translation: %v", err)
	}

	lines := strings.Split(string(src), "\n")
	short := filepath.Join(dir, "short.es.yaml")
	var kept []string
	for _, l := range lines {
		if !strings.Contains(l, "no_reason_only:") {
			kept = append(kept, l)
		}
	}
	if err := os.WriteFile(short, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
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
