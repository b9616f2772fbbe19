package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// recommendWith runs `jewelquiz recommend --answers -` on stdin.
func recommendWith(stdin string, args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	args = append([]string{"--answers", "-"}, args...)
	err := Recommend(context.Background(), args, IO{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	return out.String(), errOut.String(), err
}

// withAnswers is the example answer set with some answers changed; a
// value of nil leaves the question out.
func withAnswers(t *testing.T, changes map[string]any) string {
	t.Helper()
	var a map[string]any
	if err := json.Unmarshal([]byte(exampleAnswers), &a); err != nil {
		t.Fatal(err)
	}
	for k, v := range changes {
		if v == nil {
			delete(a, k)
		} else {
			a[k] = v
		}
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// The example shown in the help and in error messages is a valid answer
// set for the built-in rulebook, with a follow-up and a list.
func TestExampleAnswersAreValid(t *testing.T) {
	a, err := quiz.Decode([]byte(exampleAnswers), defaultBank(t))
	if err != nil {
		t.Fatalf("the example answers do not decode: %v", err)
	}
	if _, ok := a["sport"]; !ok || !strings.Contains(exampleAnswers, `"health":[`) {
		t.Fatalf("the example should show a follow-up and a list: %s", exampleAnswers)
	}
	out, _, err := runConsult(Recommend, "--help")
	if !errors.Is(err, ErrHelp) || !strings.Contains(out, exampleAnswers) || !strings.Contains(out, "[] for none of them") {
		t.Fatalf("recommend --help: %v\n%s", err, out)
	}
	_, _, err = runConsult(Recommend)
	if err == nil || !strings.Contains(err.Error(), exampleAnswers) {
		t.Fatalf("recommend without --answers: %v, want the example", err)
	}
}

// JSON output carries the flags the answers raise, as {id, text}, in
// rulebook order, and an empty list when there are none; confidence and
// runner_up are always there.
func TestRecommendJSONFlags(t *testing.T) {
	tests := []struct {
		name    string
		changes map[string]any
		want    []string
	}{
		{"none", map[string]any{"health": []string{}}, []string{}},
		{"slow healing", nil, []string{"slow-healing"}},
		{"pregnant and under 18", map[string]any{"health": []string{"pregnant"}, "age": "under-18"}, []string{"pregnant", "under-18"}},
		{"pacemaker, live electrical work", map[string]any{"health": []string{"pacemaker"}, "machinery": "daily", "machine_kind": "both"}, []string{"pacemaker", "live-electrical"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := recommendWith(withAnswers(t, tt.changes), "--format", "json")
			if err != nil {
				t.Fatalf("%v\n%s", err, errOut)
			}
			var got map[string]json.RawMessage
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			for _, key := range []string{"flags", "confidence", "runner_up", "pick", "ranking"} {
				if _, ok := got[key]; !ok {
					t.Errorf("no %q in %s", key, out)
				}
			}
			var flags []struct{ ID, Text string }
			if err := json.Unmarshal(got["flags"], &flags); err != nil || flags == nil {
				t.Fatalf("flags %s: not a list of {id, text} (%v)", got["flags"], err)
			}
			ids := []string{}
			for _, f := range flags {
				ids = append(ids, f.ID)
				if f.Text == "" {
					t.Errorf("flag %s has no text", f.ID)
				}
			}
			if strings.Join(ids, " ") != strings.Join(tt.want, " ") {
				t.Errorf("flags %v, want %v", ids, tt.want)
			}
		})
	}
}

// The text report opens with the flags, before any pick.
func TestRecommendTextShowsFlagsFirst(t *testing.T) {
	out, _, err := recommendWith(withAnswers(t, map[string]any{"health": []string{"pregnant"}, "age": "under-18"}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, report.TitleFlags+"\n") {
		t.Fatalf("the report does not open with %q:\n%s", report.TitleFlags, out)
	}
	flat := strings.Join(strings.Fields(out), " ")
	if !strings.Contains(flat, "pregnan") || !strings.Contains(strings.ToLower(flat), "guardian") {
		t.Fatalf("the report lacks the pregnancy or the guardian flag:\n%s", out)
	}
	out, _, err = recommendWith(withAnswers(t, map[string]any{"health": []string{}}))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, report.TitleFlags) {
		t.Fatalf("no flag raised, yet the report has %q:\n%s", report.TitleFlags, out)
	}
}

// Answers that break the follow-up or list rules are refused with a
// message naming the question and what to do (exit status 2).
func TestRecommendFollowUpAndListErrors(t *testing.T) {
	tests := []struct {
		name    string
		changes map[string]any
		want    []string
	}{
		{"follow-up not asked", map[string]any{"lifestyle": "busy"},
			[]string{`question "sport" is asked only when "lifestyle" is active`, `"busy"`, `leave "sport" out`}},
		{"missing follow-up", map[string]any{"machinery": "daily"},
			[]string{`question "machine_kind": no answer given`, `"machinery" is "daily"`, "moving-parts, live-electrical, both"}},
		{"missing follow-up of active", map[string]any{"sport": nil},
			[]string{`question "sport": no answer given`, `"lifestyle" is "active"`}},
		{"a string where a list belongs", map[string]any{"health": "pregnant"},
			[]string{`question "health": the answer must be a list of strings`, `got string "pregnant"`, "[]"}},
		{"an empty string where a list belongs", map[string]any{"health": ""},
			[]string{`question "health": the answer must be a list of strings`}},
		{"a list where a string belongs", map[string]any{"age": []string{"18-plus"}},
			[]string{`question "age": the answer must be a string`}},
		{"unknown value in a list", map[string]any{"health": []string{"pregnant", "asthma"}},
			[]string{`question "health": unknown answer "asthma"`, "pacemaker, pregnant, keloids, slow-healing"}},
		{"a value twice in a list", map[string]any{"health": []string{"keloids", "keloids"}},
			[]string{`question "health"`, `"keloids" is given twice`}},
		{"no health answer", map[string]any{"health": nil},
			[]string{`question "health": no answer given`, "[] for none of them"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := withAnswers(t, tt.changes)
			for _, format := range []string{"text", "json"} {
				out, _, err := recommendWith(in, "--format", format)
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("%s: err = %v, want an input error (exit status 2)", in, err)
				}
				for _, w := range tt.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("%s: the message lacks %q:\n%v", in, w, err)
					}
				}
				if out != "" {
					t.Errorf("wrote %q for a refused answer set", out)
				}
			}
		})
	}
}

// Output is buffered, but a live stream still gets each answer set's
// recommendation before it sends the next one.
func TestRecommendAnswersEachLineOfALiveStream(t *testing.T) {
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			inR, inW := io.Pipe()
			outR, outW := io.Pipe()
			done := make(chan error, 1)
			go func() {
				done <- Recommend(context.Background(), []string{"--answers", "-", "--format", format}, IO{In: inR, Out: outW, Err: io.Discard})
				outW.Close()
			}()
			got := make(chan string)
			go func() {
				buf := make([]byte, 1<<16)
				for {
					n, err := outR.Read(buf)
					if n > 0 {
						got <- string(buf[:n])
					}
					if err != nil {
						close(got)
						return
					}
				}
			}()
			for i := range 3 {
				if _, err := io.WriteString(inW, exampleAnswers+"\n"); err != nil {
					t.Fatal(err)
				}
				select {
				case <-got:
				case <-time.After(5 * time.Second):
					t.Fatalf("line %d: no output 5s after the answer set was sent", i+1)
				}
			}
			inW.Close()
			for range got {
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
		})
	}
}
