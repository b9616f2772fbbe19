package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/rules"
)

// result is what one run of the program did.
type result struct {
	code           int
	stdout, stderr string
}

// jewelquiz runs the program with args and stdin as a person would from a
// shell, and returns its exit status and output.
func jewelquiz(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code := exitCode(err, &errb)
	return result{code, out.String(), errb.String()}
}

// sampleAnswers picks n answer sets spread over the answer space.
func sampleAnswers(t *testing.T, n int) []quiz.Answers {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var all []quiz.Answers
	for a := range quiz.Space(rb.Bank()) {
		all = append(all, a)
	}
	var out []quiz.Answers
	for i := range n {
		out = append(out, all[(2*i+1)*len(all)/(2*n)])
	}
	return out
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// answersJSON is a as an answers file holds it: a many answer as a list.
func answersJSON(t *testing.T, a quiz.Answers) string {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return string(quiz.Encode(a, rb.Bank()))
}

func engine(t *testing.T, a quiz.Answers) rules.Recommendation {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rb.Recommend(a)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// recommendJSON is what recommend --format json writes for a with no
// studio file: the engine's recommendation, then every type's estimate
// (null), then the answer code as its last key.
func recommendJSON(t *testing.T, a quiz.Answers) string {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	code, err := answercode.New(rb.Bank()).Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	rec := engine(t, a)
	var none []string
	for _, r := range rec.Ranking {
		none = append(none, `"`+r.Type+`":null`)
	}
	js := mustJSON(t, rec)
	return strings.TrimSuffix(js, "}") + `,"estimates":{` + strings.Join(none, ",") + `},"code":"` + code + `"}`
}

func TestRecommendText(t *testing.T) {
	for _, a := range sampleAnswers(t, 4) {
		rec := engine(t, a)
		r := jewelquiz(t, answersJSON(t, a), "recommend", "--answers", "-")
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", a, r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, rec.Ranking[0].Name) {
			t.Errorf("%v: the report does not name the pick %q:\n%s", a, rec.Ranking[0].Name, r.stdout)
		}
	}
}

func TestRecommendJSON(t *testing.T) {
	a := sampleAnswers(t, 1)[0]
	rec := engine(t, a)
	r := jewelquiz(t, answersJSON(t, a), "recommend", "--answers", "-", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var got struct {
		Pick    *string           `json:"pick"`
		Ranking []json.RawMessage `json:"ranking"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, r.stdout)
	}
	if got.Pick == nil || *got.Pick != rec.Pick {
		t.Errorf("pick = %v, want %q", got.Pick, rec.Pick)
	}
	if len(got.Ranking) != 6 {
		t.Errorf("ranking has %d types, want 6", len(got.Ranking))
	}
}

func TestRecommendJSONLines(t *testing.T) {
	sets := sampleAnswers(t, 3)
	var in, want strings.Builder
	for _, a := range sets {
		in.WriteString(answersJSON(t, a) + "\n")
		want.WriteString(recommendJSON(t, a) + "\n")
	}
	r := jewelquiz(t, in.String(), "recommend", "--answers", "-", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "\n"); n != len(sets) {
		t.Fatalf("got %d lines, want %d", n, len(sets))
	}
	if r.stdout != want.String() {
		t.Errorf("output is not the engine's recommendations in order:\ngot  %s\nwant %s", r.stdout, want.String())
	}
}

func TestRecommendFromFile(t *testing.T) {
	a := sampleAnswers(t, 1)[0]
	path := filepath.Join(t.TempDir(), "answers.json")
	if err := os.WriteFile(path, []byte(answersJSON(t, a)), 0o644); err != nil {
		t.Fatal(err)
	}
	r := jewelquiz(t, "", "recommend", "--answers", path, "--format", "json")
	if r.code != 0 || strings.TrimSpace(r.stdout) != recommendJSON(t, a) {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestRecommendErrors(t *testing.T) {
	good := answersJSON(t, sampleAnswers(t, 1)[0])
	bad := strings.Replace(good, `"machinery":"`, `"machinery":"always","was":"`, 1)
	missing := filepath.Join(t.TempDir(), "no-such-rules.yaml")
	tests := []struct {
		name     string
		stdin    string
		args     []string
		stderr   []string // words stderr must contain
		outLines int      // lines expected on stdout
	}{
		{"bad answer set", bad, []string{"recommend", "--answers", "-"}, []string{`"machinery"`, `"always"`}, 0},
		{"bad answer set, JSON", bad, []string{"recommend", "--answers", "-", "--format", "json"}, []string{`"machinery"`, `"always"`}, 0},
		{"bad set among good ones", good + "\n" + bad + "\n" + good + "\n", []string{"recommend", "--answers", "-", "--format", "json"}, []string{"line 2", `"always"`, "1 answer set(s) had problems"}, 2},
		{"a string where a list belongs", strings.Replace(good, `"health":[`, `"health":"pregnant","x":[`, 1), []string{"recommend", "--answers", "-"}, []string{`question "health": the answer must be a list`}, 0},
		{"a follow-up not asked", strings.Replace(good, `"lifestyle":"active"`, `"lifestyle":"busy"`, 1), []string{"recommend", "--answers", "-"}, []string{`question "sport" is asked only when`}, 0},
		{"malformed JSON", `{"lifestyle": busy}`, []string{"recommend", "--answers", "-"}, []string{"not valid JSON"}, 0},
		{"empty input", "", []string{"recommend", "--answers", "-"}, []string{"no answers"}, 0},
		{"unknown flag", good, []string{"recommend", "--answers", "-", "--colour"}, []string{"colour"}, 0},
		{"unknown format", good, []string{"recommend", "--answers", "-", "--format", "xml"}, []string{`"xml"`}, 0},
		{"no answers flag", good, []string{"recommend"}, []string{"--answers"}, 0},
		{"missing answers file", "", []string{"recommend", "--answers", missing}, []string{missing}, 0},
		{"missing rulebook", good, []string{"recommend", "--answers", "-", "--rules", missing}, []string{missing}, 0},
		{"missing rulebook for the quiz", "", []string{"--rules", missing}, nil, 0},
		{"questions with an unknown format", "", []string{"questions", "--format", "xml"}, []string{`"xml"`}, 0},
		{"rules with no action", "", []string{"rules"}, []string{"rules show"}, 0},
		{"rules check of a missing file", "", []string{"rules", "check", missing}, []string{missing}, 0},
		{"resume from a mistyped code", "", []string{"--resume", "A9UR-TUKX"}, []string{"--resume", "one character is off"}, 0},
		{"resume from a consultation code", "", []string{"--resume", "K7MX-4P"}, []string{"--resume", "not an answer code"}, 0},
		{"resume in accessible mode", "", []string{"--resume", "A9UR-TUKW", "--accessible"}, []string{"full-screen", "show CODE"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := jewelquiz(t, tt.stdin, tt.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", r.code, r.stderr)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q does not contain %q", r.stderr, w)
				}
			}
			if n := strings.Count(r.stdout, "\n"); n != tt.outLines {
				t.Errorf("stdout has %d lines, want %d: %q", n, tt.outLines, r.stdout)
			}
		})
	}
}

func TestRulesCheck(t *testing.T) {
	dir := t.TempDir()
	src := string(rules.DefaultSource())
	good := filepath.Join(dir, "good.yaml")
	if err := os.WriteFile(good, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := jewelquiz(t, "", "rules", "check", good)
	if r.code != 0 || !strings.Contains(r.stdout, "OK") || r.stderr != "" {
		t.Fatalf("checking the default rulebook: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = jewelquiz(t, src, "rules", "check", "-")
	if r.code != 0 {
		t.Fatalf("checking the default rulebook from stdin: exit %d, stderr %q", r.code, r.stderr)
	}

	// The first type's base, raised out of range.
	loc := regexp.MustCompile(`\n    base: \d+\n`).FindStringIndex(src)
	if loc == nil {
		t.Fatal("the rulebook has no type with a base: update this test")
	}
	old, new := src[loc[0]+1:loc[1]], "    base: 160\n"
	i := loc[0] + 1
	line := strings.Count(src[:i], "\n") + 1
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte(src[:i]+new+src[i+len(old):]), 0o644); err != nil {
		t.Fatal(err)
	}
	r = jewelquiz(t, "", "rules", "check", broken)
	if r.code != 2 {
		t.Fatalf("checking a broken rulebook: exit %d, want 2", r.code)
	}
	if want := fmt.Sprintf("%s:%d:", broken, line); !strings.Contains(r.stderr, want) {
		t.Fatalf("stderr %q does not point at %q", r.stderr, want)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
}

func TestRulesShow(t *testing.T) {
	r := jewelquiz(t, "", "rules", "show")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !bytes.Equal([]byte(r.stdout), rules.DefaultSource()) {
		t.Fatalf("rules show does not print the embedded rulebook byte for byte (%d bytes, want %d)", len(r.stdout), len(rules.DefaultSource()))
	}
}

func TestQuestionsJSON(t *testing.T) {
	r := jewelquiz(t, "", "questions", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var qs []struct {
		ID      string `json:"id"`
		Options []struct {
			Value string `json:"value"`
		} `json:"options"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &qs); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	var ids []string
	for _, q := range qs {
		ids = append(ids, q.ID)
		if len(q.Options) < 2 {
			t.Errorf("question %q has %d options", q.ID, len(q.Options))
		}
	}
	want := []string{"lifestyle", "sport", "dress_code", "machinery", "machine_kind", "allergy", "health", "age", "sleep", "removal", "style", "needles"}
	if !slices.Equal(ids, want) {
		t.Fatalf("question ids %v, want %v", ids, want)
	}
}

// TestHelp checks help goes to standard output with exit status 0, lists
// every command and the exit codes, 130 among them.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		r := jewelquiz(t, "", args...)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, want := range []string{"\n  recommend ", "\n  rules check ", "\n  completion ", "\n  130 "} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: help does not contain %q:\n%s", args, want, r.stdout)
			}
		}
	}
}

// TestBadCommandLine checks a mistyped command, action or flag gets one
// line on standard error, with a suggestion when one is close and where
// help is, and exit status 2.
func TestBadCommandLine(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"recomend"}, `jewelquiz: unknown command "recomend" (did you mean recommend?); see jewelquiz --help` + "\n"},
		{[]string{"--bogus"}, "jewelquiz: unknown flag --bogus; see jewelquiz --help\n"},
		{[]string{"--them", "dracula"}, "jewelquiz: unknown flag --them (did you mean --theme?); see jewelquiz --help\n"},
		{[]string{"recommend", "--answer", "-"}, "jewelquiz: recommend: unknown flag --answer (did you mean --answers?); see jewelquiz recommend --help\n"},
		{[]string{"rules", "chek", "x.yaml"}, `jewelquiz: rules: unknown action "chek" (did you mean check?); see jewelquiz rules --help` + "\n"},
		{[]string{"help", "stat"}, `jewelquiz: unknown command "stat" (did you mean stats?); see jewelquiz --help` + "\n"},
		{[]string{"serve", "--idle", "soon"}, `jewelquiz: serve: invalid value "soon" for flag -idle: parse error; see jewelquiz serve --help` + "\n"},
	}
	for _, tt := range tests {
		r := jewelquiz(t, "", tt.args...)
		if r.code != 2 || r.stderr != tt.want || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr\n%q, want\n%q", tt.args, r.code, r.stdout, r.stderr, tt.want)
		}
	}
}

// A quiz with no terminal, or whose piped answers end too soon, is bad
// input: exit status 2 and one line saying why.
func TestQuizInputProblems(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "jewelquiz: the quiz needs a terminal"},
		{[]string{"--accessible"}, "jewelquiz: question 1 (lifestyle): the input ended before every question was answered\n"},
	} {
		r := jewelquiz(t, "", c.args...)
		if r.code != 2 || !strings.HasPrefix(r.stderr, c.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q, want 2 and %q", c.args, r.code, r.stderr, c.want)
		}
	}
}
