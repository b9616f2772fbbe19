package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// defaultBank is the built-in rulebook's questions.
func defaultBank(t testing.TB) []quiz.Question {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rb.Bank()
}

// rewording is a change to the built-in rulebook's wording of one question:
// its title, short name and the label of its first option.
var rewording = []struct{ old, new string }{
	{"title: How do you sleep?\n", "title: How do you usually fall asleep?\n"},
	{"short: Sleep\n", "short: Sleeping position\n"},
	{"label: On my back\n", "label: Flat on my back\n"},
}

// rewordedRulebook writes the built-in rulebook, with its sleep question
// reworded, to a file and returns the file's path.
func rewordedRulebook(t *testing.T) string {
	t.Helper()
	src := string(rules.DefaultSource())
	for _, r := range rewording {
		if strings.Count(src, r.old) != 1 {
			t.Fatalf("the rulebook does not have %q once: update this test", r.old)
		}
		src = strings.Replace(src, r.old, r.new, 1)
	}
	path := filepath.Join(t.TempDir(), "reworded.yaml")
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// shows fails unless out has every new wording and none of the old.
func shows(t *testing.T, what, out string, words ...string) {
	t.Helper()
	for _, w := range words {
		if !strings.Contains(out, w) {
			t.Errorf("%s lacks the rulebook's wording %q:\n%s", what, w, out)
		}
	}
	for _, old := range []string{"How do you sleep?", "On my back"} {
		if strings.Contains(out, old) {
			t.Errorf("%s still shows the built-in wording %q:\n%s", what, old, out)
		}
	}
}

// `questions --rules FILE` words the questions as that rulebook does.
func TestQuestionsUseTheRulebooksWording(t *testing.T) {
	path := rewordedRulebook(t)
	text, _, err := runConsult(Questions, "--rules", path)
	if err != nil {
		t.Fatal(err)
	}
	shows(t, "questions", text, "sleep — How do you usually fall asleep?", "Flat on my back: I rarely roll onto my side.")
	js, _, err := runConsult(Questions, "--format", "json", "--rules", path)
	if err != nil {
		t.Fatal(err)
	}
	shows(t, "questions --format json", js, `"title": "How do you usually fall asleep?"`, `"short": "Sleeping position"`, `"label": "Flat on my back"`)
}

// `show --rules FILE` words a saved consultation's answers as that
// rulebook does, in text and in Markdown.
func TestShowUsesTheRulebooksWording(t *testing.T) {
	dir, recent, _ := saveConsultations(t)
	path := rewordedRulebook(t)
	text, _, err := runConsult(Show, recent.Code, "--data-dir", dir, "--rules", path)
	if err != nil {
		t.Fatal(err)
	}
	shows(t, "show", text, "  Sleeping position  Flat on my back\n")
	md, _, err := runConsult(Show, recent.Code, "--format", "markdown", "--data-dir", dir, "--rules", path)
	if err != nil {
		t.Fatal(err)
	}
	shows(t, "show --format markdown", md, "| Sleeping position | Flat on my back |")
}

// A rulebook that does not load stops `questions` with its problems.
func TestQuestionsRejectsABrokenRulebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.yaml")
	src := strings.Replace(string(rules.DefaultSource()), "    short: Sleep\n", "", 1)
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := runConsult(Questions, "--rules", path)
	if err == nil || !strings.Contains(err.Error(), `question "sleep" has no short`) {
		t.Fatalf("questions with a broken rulebook: %v, want its problem", err)
	}
}
