package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// TestLongInputIsCutInErrors gives each command a 100,000-character value
// where it expects a short one, and checks the error quotes at most
// quiz.QuoteLimit characters of it, ending with "…".
func TestLongInputIsCutInErrors(t *testing.T) {
	long := strings.Repeat("W", 100_000) // W is never used in codes, nor in any flag
	good := answersJSON(t, sampleAnswers(t, 1)[0])
	longValue := strings.Replace(good, `"machinery":"`, `"machinery":"`+long[:50_000]+`","was":"`, 1)
	longKey := strings.Replace(good, `{`, `{"`+long[:50_000]+`":"x",`, 1)
	rulebook := filepath.Join(t.TempDir(), "rules.yaml")
	src := strings.Replace(string(rules.DefaultSource()), "question: allergy", "question: "+long[:50_000], 1)
	if err := os.WriteFile(rulebook, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"show a long code", "", []string{"show", long, "--data-dir", t.TempDir()}},
		{"show a long code of valid letters", "", []string{"show", strings.Repeat("K", 100_000), "--data-dir", t.TempDir()}},
		{"a long unknown flag", "", []string{"recommend", "--" + long}},
		{"a long flag value", "", []string{"recommend", "--answers", "-", "--format", long}},
		{"a long flag value the flag package escapes", "", []string{"serve", "--idle", long + `"`}},
		{"a long argument", "", []string{"types", long}},
		{"a long unknown command", "", []string{long}},
		{"a long theme", "", []string{"--theme", long}},
		{"a long length of time", "", []string{"list", "--since", long, "--data-dir", t.TempDir()}},
		{"a long answer", longValue, []string{"recommend", "--answers", "-"}},
		{"a long question", longKey, []string{"recommend", "--answers", "-"}},
		{"a long name in a rulebook", "", []string{"rules", "check", rulebook}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := jewelquiz(t, tt.stdin, tt.args...)
			if r.code != 2 {
				t.Fatalf("exit %d, want 2 (stderr %.300q)", r.code, r.stderr)
			}
			for _, c := range []string{"W", "K"} {
				if strings.Contains(r.stderr, strings.Repeat(c, quiz.QuoteLimit+1)) {
					t.Fatalf("stderr (%d bytes) quotes more than %d characters of the input: %.300q", len(r.stderr), quiz.QuoteLimit, r.stderr)
				}
			}
			if len(r.stderr) > 4000 {
				t.Fatalf("stderr is %d bytes: %.300q", len(r.stderr), r.stderr)
			}
			if !strings.Contains(r.stderr, "…") {
				t.Errorf("stderr does not show the input was cut: %.300q", r.stderr)
			}
		})
	}
}
