package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// The generator writes formatted Go holding every message, and replaces
// the file it is given only when it succeeds.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "messages"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"a.en.yaml": "greet: \"Hi {{.Name}}\"\nplain: \"Hello \\\"you\\\"\"\n",
		"a.es.yaml": "greet: \"Hola {{.Name}}\"\nplain: \"Hola\"\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, "messages", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "gen.go")
	if err := run([]string{"-dir", dir, "-out", out}, os.Stderr); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), out, src, 0); err != nil {
		t.Fatalf("generated source does not parse: %v", err)
	}
	for _, want := range []string{
		`case "es":`, `var messagesEs = []catalogue.Message{`,
		`{ID: "greet", Other: "Hi {{.Name}}"}`, `{ID: "plain", Other: "Hello \"you\"", Plain: true}`,
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated source lacks %s:\n%s", want, src)
		}
	}

	// A broken file: an error, and the old file is left whole.
	if err := os.WriteFile(filepath.Join(dir, "messages", "a.es.yaml"), []byte("greet: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-dir", dir, "-out", out}, os.Stderr); err == nil {
		t.Fatal("a broken catalogue generated")
	}
	if again, _ := os.ReadFile(out); string(again) != string(src) {
		t.Error("a failed run changed the generated file")
	}
}

func TestGenerateRefusesOddLanguage(t *testing.T) {
	fsys := fstest.MapFS{"messages/a.en-GB.yaml": {Data: []byte("x: \"y\"\n")}}
	if _, err := generate(fsys); err == nil || !strings.Contains(err.Error(), "not a language code") {
		t.Errorf("en-GB: %v", err)
	}
}
