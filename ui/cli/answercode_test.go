package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// codeCases are answer sets for the answer code tests: the example, and
// others with no health answer, the other follow-up, and no follow-up.
var codeCases = []struct {
	name    string
	changes map[string]any
}{
	{"the example", nil},
	{"no health answer", map[string]any{"health": []string{}}},
	{"machine_kind asked", map[string]any{"machinery": "daily", "machine_kind": "both", "health": []string{"pacemaker", "keloids"}}},
	{"no follow-up", map[string]any{"lifestyle": "busy", "sport": nil}},
}

// decodeAnswers reads an answers file for the built-in questions.
func decodeAnswers(t *testing.T, js string) quiz.Answers {
	t.Helper()
	a, err := quiz.Decode([]byte(js), defaultBank(t))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return a
}

// mustReadCode fails the test unless code is an answer code that holds a.
func mustReadCode(t *testing.T, code string, a quiz.Answers) {
	t.Helper()
	got, err := answercode.New(defaultBank(t)).Decode(code)
	if err != nil || !maps.Equal(got, a) {
		t.Fatalf("the answer code %q reads %v, %v; want %v", code, got, err, a)
	}
}

// builtIn is the built-in rulebook, loaded once.
var builtIn = sync.OnceValues(rules.Default)

// recommendation is the built-in rulebook's recommendation for a.
func recommendation(t *testing.T, a quiz.Answers) rules.Recommendation {
	t.Helper()
	rb, err := builtIn()
	var rec rules.Recommendation
	if err == nil {
		rec, err = rb.Recommend(a)
	}
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestRecommendJSONHasTheCode: the JSON is the recommendation's, every key
// where it was, then "estimates" (each type's null with no studio file),
// then "code", the answer code of the answers given.
func TestRecommendJSONHasTheCode(t *testing.T) {
	for _, tc := range codeCases {
		t.Run(tc.name, func(t *testing.T) {
			in := withAnswers(t, tc.changes)
			out, errOut, err := recommendWith(in, "--format", "json")
			if err != nil {
				t.Fatalf("%v\n%s", err, errOut)
			}
			a := decodeAnswers(t, in)
			var got struct{ Code string }
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			mustReadCode(t, got.Code, a)
			r := recommendation(t, a)
			rec, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var none []string // with no studio file, no estimates
			for _, t := range r.Ranking {
				none = append(none, fmt.Sprintf("%q:null", t.Type))
			}
			want := fmt.Sprintf(`%s,"estimates":{%s},"code":"%s"}`+"\n", bytes.TrimSuffix(rec, []byte("}")), strings.Join(none, ","), got.Code)
			if out != want {
				t.Fatalf("got\n%s\nwant the recommendation, the estimates, then the code:\n%s", out, want)
			}
		})
	}
}

// TestRecommendTextEndsWithTheCode: the report ends with the answer code
// and what it holds.
func TestRecommendTextEndsWithTheCode(t *testing.T) {
	for _, tc := range codeCases {
		t.Run(tc.name, func(t *testing.T) {
			in := withAnswers(t, tc.changes)
			out, errOut, err := recommendWith(in)
			if err != nil {
				t.Fatalf("%v\n%s", err, errOut)
			}
			a := decodeAnswers(t, in)
			body, note, ok := strings.Cut(out, "\n\nYour answer code: ")
			if !ok || body != report.Render(recommendation(t, a), report.PlainStyles(), 80) {
				t.Fatalf("the output is not the report then the answer code:\n%s", out)
			}
			code, rest, _ := strings.Cut(note, "\n")
			mustReadCode(t, code, a)
			if rest != codeWarning+"\n" {
				t.Fatalf("after the code %q, want %q", rest, codeWarning+"\n")
			}
		})
	}
}

// TestRecommendCodeForEachSet: in a stream, each answer set gets its own
// code, in JSON and in text; a rulebook that words the questions otherwise
// gives the same codes.
func TestRecommendCodeForEachSet(t *testing.T) {
	var in strings.Builder
	var sets []quiz.Answers
	for _, tc := range codeCases {
		js := withAnswers(t, tc.changes)
		in.WriteString(js + "\n")
		sets = append(sets, decodeAnswers(t, js))
	}
	for _, args := range [][]string{{"--format", "json"}, {"--format", "text"}, {"--rules", rewordedRulebook(t)}} {
		out, errOut, err := recommendWith(in.String(), args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errOut)
		}
		var codes []string
		for _, line := range strings.Split(out, "\n") {
			if c, ok := strings.CutPrefix(line, "Your answer code: "); ok {
				codes = append(codes, c)
			} else if _, c, ok := strings.Cut(line, `,"code":"`); ok {
				codes = append(codes, strings.TrimSuffix(c, `"}`))
			}
		}
		if len(codes) != len(sets) {
			t.Fatalf("%v: %d codes for %d answer sets:\n%s", args, len(codes), len(sets), out)
		}
		for i, a := range sets {
			mustReadCode(t, codes[i], a)
		}
	}
}

// TestCodeNoteFits: the note keeps to the report's width, however narrow.
func TestCodeNoteFits(t *testing.T) {
	for _, width := range []int{20, 33, 40, 80, 100} {
		st := report.PlainStyles()
		note := codeHead(exampleCode, st) + "\n" + codeHolds(st, width) // as recommend writes them
		for _, line := range strings.Split(note, "\n") {
			if ansi.StringWidth(line) > max(width, len("Your answer code: "+exampleCode)) {
				t.Errorf("width %d: %q is wider", width, line)
			}
		}
		if strings.Join(strings.Fields(note), " ") != "Your answer code: "+exampleCode+" "+codeWarning {
			t.Errorf("width %d: the note reads %q", width, note)
		}
	}
}

// The example code in help and error messages is an answer code of the
// built-in questions.
func TestExampleCodeIsACode(t *testing.T) {
	if _, err := answercode.New(defaultBank(t)).Decode(exampleCode); err != nil {
		t.Fatalf("%s: %v", exampleCode, err)
	}
}
