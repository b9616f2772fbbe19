package cli

import (
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// dataDirs are the data directories show must not need for an answer
// code: none, an empty one, a file, and one with consultations in it.
func dataDirs(t *testing.T) map[string]string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	saved, _, _ := saveConsultations(t)
	return map[string]string{"missing": filepath.Join(t.TempDir(), "none"), "empty": t.TempDir(), "a file": file, "with consultations": saved}
}

// savedAs saves a consultation of a as the quiz does, and returns its
// directory and record.
func savedAs(t *testing.T, a quiz.Answers) (string, consult.Record) {
	t.Helper()
	dir := t.TempDir()
	s, err := consult.Open(dir, defaultBank(t))
	if err != nil {
		t.Fatal(err)
	}
	rec := recommendation(t, a)
	js, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Save(consult.Record{RulebookVersion: rec.RulebookVersion, Answers: a, Pick: rec.Pick, PickName: rec.Ranking[0].Name,
		Recommendation: js, Report: report.Render(rec, report.PlainStyles(), 72)})
	if err != nil {
		t.Fatal(err)
	}
	return dir, r
}

// TestShowAnswerCode: show reads an answer code however it is typed, in
// any data directory or none, and shows what a consultation saved with
// the same answers shows, headed by the code instead of a save.
func TestShowAnswerCode(t *testing.T) {
	a := decodeAnswers(t, withAnswers(t, map[string]any{"health": []string{"pregnant", "slow-healing"}}))
	code, err := answercode.New(defaultBank(t)).Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	savedDir, saved := savedAs(t, a)
	for _, tc := range []struct {
		format         string
		head, wantHead string // where the shared part starts, and what comes before it
		savedHead      string
	}{
		{"text", "Rulebook  ", "Answer code " + code + "\n", "Consultation " + saved.Code + "\nSaved     "},
		{"markdown", "- **Rulebook:** ", "# Answer code " + code + "\n\n", "# Consultation " + saved.Code + "\n\n- **Saved:** "},
	} {
		want, _, err := runConsult(Show, saved.Code, "--format", tc.format, "--data-dir", savedDir)
		if err != nil || !strings.HasPrefix(want, tc.savedHead) {
			t.Fatalf("show %s --format %s = %v:\n%s", saved.Code, tc.format, err, want)
		}
		want = want[strings.Index(want, tc.head):]
		for name, dir := range dataDirs(t) {
			for _, typed := range []string{code, strings.ToLower(strings.ReplaceAll(code, "-", " ")), strings.ReplaceAll(code, "-", "")} {
				out, errOut, err := runConsult(Show, typed, "--format", tc.format, "--data-dir", dir)
				if err != nil || errOut != "" {
					t.Fatalf("%s, data dir %s: %v\n%s", typed, name, err, errOut)
				}
				head, rest, _ := strings.Cut(out, tc.head)
				if head != tc.wantHead || tc.head+rest != want {
					t.Fatalf("show %s --format %s, data dir %s:\n%s\nwant %q then what the saved consultation shows:\n%s", typed, tc.format, name, out, tc.wantHead, want)
				}
			}
		}
	}
	if _, err := os.Stat(dataDirs(t)["missing"]); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("show created the data directory: %v", err)
	}
}

// TestShowAnswerCodeJSON: as a saved consultation's JSON, without a name
// or a time, which an answer code does not have.
func TestShowAnswerCodeJSON(t *testing.T) {
	a := decodeAnswers(t, withAnswers(t, nil))
	code, err := answercode.New(defaultBank(t)).Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := runConsult(Show, code, "--format", "json", "--data-dir", dataDirs(t)["missing"])
	if err != nil {
		t.Fatal(err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &keys); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got, want := slices.Sorted(maps.Keys(keys)), []string{"answers", "code", "pick", "pick_name", "recommendation", "report", "rulebook_version"}; !slices.Equal(got, want) {
		t.Fatalf("keys %v, want %v", got, want)
	}
	var got consult.Record
	if err := json.Unmarshal([]byte(strings.Replace(out, string(keys["answers"]), "null", 1)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Answers, err = quiz.Decode(keys["answers"], defaultBank(t)); err != nil || !maps.Equal(got.Answers, a) {
		t.Fatalf("answers %v, %v; want %v", got.Answers, err, a)
	}
	rec := recommendation(t, a)
	var gotRec, wantRec any
	js, _ := json.Marshal(rec)
	if json.Unmarshal(got.Recommendation, &gotRec) != nil || json.Unmarshal(js, &wantRec) != nil || !reflect.DeepEqual(gotRec, wantRec) {
		t.Fatalf("recommendation\n%s\nwant\n%s", got.Recommendation, js)
	}
	if got.Code != code || got.RulebookVersion != rec.RulebookVersion || got.Pick != rec.Pick || got.PickName != rec.Ranking[0].Name ||
		got.Report != report.Render(rec, report.PlainStyles(), 72) {
		t.Fatalf("show --format json:\n%s", out)
	}
}

// TestShowAnswerCodeErrors: a code that cannot be read is refused with
// exit status 2 and what is wrong, and nothing on standard output; a code
// one character off is not quoted, as it still holds most answers.
func TestShowAnswerCodeErrors(t *testing.T) {
	bank := defaultBank(t)
	a := decodeAnswers(t, withAnswers(t, nil))
	code, err := answercode.New(bank).Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	// other is the code of a with the built-in questions but one, changed
	// in a copy.
	other := func(id string, change func(*quiz.Question)) string {
		b := slices.Clone(bank)
		i := slices.IndexFunc(b, func(q quiz.Question) bool { return q.ID == id })
		change(&b[i])
		c, err := answercode.New(b).Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	sportIf := func(q *quiz.Question) {
		q.AskIf = &quiz.Condition{Question: "lifestyle", AnyOf: []string{"active", "relaxed"}}
	}
	moreOptions := func(q *quiz.Question) { q.Options = append(slices.Clone(q.Options), quiz.Option{Value: "unsure"}) }
	changedRules := filepath.Join(t.TempDir(), "rules.yaml")
	src := strings.Replace(string(rules.DefaultSource()), "any_of: [sometimes, daily]}", "any_of: [daily]}", 1)
	if src == string(rules.DefaultSource()) {
		t.Fatal("the rulebook has no machine_kind follow-up of sometimes and daily: update this test")
	}
	if err := os.WriteFile(changedRules, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	off := []byte(code)
	off[2] = map[bool]byte{true: 'A', false: 'C'}[off[2] != 'A']
	swapped := code[1:2] + code[:1] + code[2:]
	if code[0] == code[1] {
		t.Fatalf("%s starts with two equal characters: pick other answers", code)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		want   error
		says   string
		quotes bool
	}{
		{"one character off", []string{string(off)}, answercode.ErrCheck, "show: one character is off — check it again", false},
		{"two neighbours swapped", []string{swapped}, answercode.ErrCheck, "show: one character is off — check it again", false},
		{"another ask_if", []string{other("sport", sportIf)}, answercode.ErrQuestionSet, "show: this code was made with a different set of questions", false},
		{"read with another rulebook", []string{code, "--rules", changedRules}, answercode.ErrQuestionSet, "different set of questions", false},
		{"a code a character longer", []string{other("needles", moreOptions)}, answercode.ErrShape, "has 8 characters, this has 9; a saved consultation's code has 6", true},
		{"a character short", []string{code[:len(code)-1]}, answercode.ErrShape, "this has 7", true},
		{"a character codes never use", []string{code[:len(code)-1] + "0"}, answercode.ErrShape, "'0' is never used", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append(tc.args, "--data-dir", dataDirs(t)["missing"])
			out, errOut, err := runConsult(Show, args...)
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("err = %v; want an InputError (exit status 2) wrapping %v, saying %q", err, tc.want, tc.says)
			}
			if out != "" || errOut != "" {
				t.Fatalf("printed %q, %q", out, errOut)
			}
			if quoted := strings.Contains(err.Error(), quiz.Quote(tc.args[0])); quoted != tc.quotes {
				t.Fatalf("the error quotes the code: %v, want %v: %v", quoted, tc.quotes, err)
			}
		})
	}
}
