package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// consultAnswers are the answers of the saved test consultations: with a
// follow-up (machine_kind) and a many answer of two values.
var consultAnswers = quiz.Answers{"lifestyle": "busy", "dress_code": "none", "machinery": "daily", "machine_kind": "moving-parts",
	"allergy": "nickel", "health": "pregnant,slow-healing", "age": "18-plus",
	"sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"}

// saveConsultations saves two consultations in a fresh directory, as the UI
// would: a recent one with a name and one from ten days ago without.
func saveConsultations(t *testing.T) (dir string, recent, old consult.Record) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "consultations")
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	s, err := consult.Open(dir, rb.Bank())
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rb.Recommend(consultAnswers)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	r := consult.Record{RulebookVersion: rec.RulebookVersion, Answers: consultAnswers, Pick: rec.Pick,
		PickName: rec.Ranking[0].Name, Recommendation: js, Report: report.Render(rec, report.PlainStyles(), 80)}
	r.Name, r.Created = "Ana", time.Now().Add(-time.Hour)
	if recent, err = s.Save(r); err != nil {
		t.Fatal(err)
	}
	r.Name, r.Created = "", time.Now().Add(-10*24*time.Hour)
	if old, err = s.Save(r); err != nil {
		t.Fatal(err)
	}
	return dir, recent, old
}

// runConsult runs a staff command and returns its output and error output.
func runConsult(cmd func(context.Context, []string, IO) error, args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	err := cmd(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut})
	return out.String(), errOut.String(), err
}

func TestShowFormats(t *testing.T) {
	dir, r, _ := saveConsultations(t)
	typed := strings.ToLower(strings.ReplaceAll(r.Code, "-", ""))

	out, _, err := runConsult(Show, typed, "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Consultation " + r.Code, r.Created.Local().Format("2006-01-02 15:04"), "Name      Ana",
		"Rulebook  " + r.RulebookVersion, strings.TrimSpace(r.Report), "\nAnswers\n"}
	for _, q := range defaultBank(t) {
		v, ok := consultAnswers[q.ID]
		if !ok {
			if strings.Contains(out, "  "+q.Short+" ") {
				t.Errorf("show lists %s, which was not asked:\n%s", q.Short, out)
			}
			continue
		}
		want = append(want, q.Short)
		want = append(want, "  "+consult.AnswerText(q, v)+"\n")
	}
	want = append(want, "  Health         Pregnant, slow healing\n", report.TitleFlags)
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Fatalf("show lacks %q:\n%s", w, out)
		}
	}
	// The desk reads the flags and the allergy first, then the answers,
	// then the report.
	order := []string{"Flags     pregnant, slow-healing\n", "Allergy   Yes, to nickel\n", "\nAnswers\n", strings.TrimSpace(r.Report)}
	for i := 1; i < len(order); i++ {
		if strings.Index(out, order[i-1]) > strings.Index(out, order[i]) {
			t.Fatalf("show puts %q after %q:\n%s", order[i-1], order[i], out)
		}
	}

	out, _, err = runConsult(Show, "--format", "json", "--data-dir", dir, r.Code)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"health": [
      "pregnant",
      "slow-healing"
    ]`) {
		t.Fatalf("show --format json does not give health as a list:\n%s", out)
	}
	var got consult.Record
	var answers struct {
		Answers json.RawMessage `json:"answers"`
	}
	if err := json.Unmarshal([]byte(out), &answers); err != nil {
		t.Fatalf("show --format json: %v\n%s", err, out)
	}
	stripped := strings.Replace(out, string(answers.Answers), "null", 1)
	if err := json.Unmarshal([]byte(stripped), &got); err != nil {
		t.Fatalf("show --format json: %v\n%s", err, out)
	}
	if got.Answers, err = quiz.Decode(answers.Answers, defaultBank(t)); err != nil {
		t.Fatalf("show --format json: the answers are not an answers file: %v", err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, got.Recommendation); err != nil {
		t.Fatal(err)
	}
	got.Recommendation = compact.Bytes()
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("show --format json gave\n%+v\nwant\n%+v", got, r)
	}

	out, _, err = runConsult(Show, r.Code, "--format", "markdown", "--data-dir", dir)
	if err != nil || out != consult.Markdown(r, defaultBank(t)) {
		t.Fatalf("show --format markdown = %v\n%s\nwant consult.Markdown", err, out)
	}
}

func TestShowErrors(t *testing.T) {
	dir, r, _ := saveConsultations(t)
	corrupt := filepath.Join(dir, "K7MX-4P.json")
	if err := os.WriteFile(corrupt, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "none")
	for _, tc := range []struct {
		name string
		args []string
		says []string
	}{
		{"malformed code", []string{"K7M0-4P", "--data-dir", dir}, []string{`"K7M0-4P"`, "such as K7MX-4P"}},
		{"wrong length", []string{"K7MX4", "--data-dir", dir}, []string{`"K7MX4"`, "such as K7MX-4P"}},
		{"unknown code", []string{"ACDE-FG", "--data-dir", dir}, []string{"no consultation ACDE-FG in " + dir}},
		{"corrupt file", []string{"k7mx-4p", "--data-dir", dir}, []string{corrupt}},
		{"no directory", []string{r.Code, "--data-dir", missing}, []string{"no consultation " + r.Code + " in " + missing}},
		{"no code", []string{"--data-dir", dir}, []string{"jewelquiz show K7MX-4P"}},
		{"two codes", []string{r.Code, "ACDE-FG", "--data-dir", dir}, []string{`"ACDE-FG"`}},
		{"unknown format", []string{r.Code, "--format", "pdf", "--data-dir", dir}, []string{"pdf"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := runConsult(Show, tc.args...)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an InputError", err)
			}
			for _, s := range tc.says {
				if !strings.Contains(err.Error(), s) {
					t.Fatalf("error %q does not say %q", err, s)
				}
			}
			if out != "" {
				t.Fatalf("printed %q", out)
			}
		})
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("show created the data directory: %v", err)
	}
}

func TestList(t *testing.T) {
	dir, recent, old := saveConsultations(t)
	out, _, err := runConsult(List, "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string // the header and the rows, without the flags' continuation lines
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, " ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 3 || strings.Join(strings.Fields(lines[0]), " ") != "CODE SAVED NAME PICK ALLERGY FLAGS" ||
		!strings.HasPrefix(lines[1], recent.Code) || !strings.HasPrefix(lines[2], old.Code) {
		t.Fatalf("list, want a header then %s and %s, newest first:\n%s", recent.Code, old.Code, out)
	}
	for _, w := range []string{"Ana", recent.PickName, recent.Created.Local().Format("2006-01-02 15:04"), "  nickel  ", "pregnant,"} {
		if !strings.Contains(lines[1], w) {
			t.Fatalf("list's row for %s lacks %q:\n%s", recent.Code, w, out)
		}
	}

	out, _, err = runConsult(List, "--since", "7d", "--data-dir", dir)
	if err != nil || !strings.Contains(out, recent.Code) || strings.Contains(out, old.Code) {
		t.Fatalf("list --since 7d = %v, want only %s:\n%s", err, recent.Code, out)
	}
	out, _, err = runConsult(List, "--since", "30m", "--data-dir", dir)
	if err != nil || !strings.HasPrefix(out, "No consultations since ") || !strings.Contains(out, dir) {
		t.Fatalf("list --since 30m = %v, want none:\n%s", err, out)
	}
	missing := filepath.Join(t.TempDir(), "none")
	out, _, err = runConsult(List, "--data-dir", missing)
	if err != nil || !strings.HasPrefix(out, "No consultations in "+missing) {
		t.Fatalf("list in a missing directory = %v:\n%s", err, out)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("list created the data directory: %v", err)
	}
	var ie *InputError
	if _, _, err := runConsult(List, "--since", "7 days", "--data-dir", dir); !errors.As(err, &ie) {
		t.Fatalf("list --since '7 days' = %v, want an InputError", err)
	}
}

// TestListCorrupt checks that one bad file is reported while the good rows
// are still listed, and that the command then fails.
func TestListCorrupt(t *testing.T) {
	dir, recent, old := saveConsultations(t)
	corrupt := filepath.Join(dir, "K7MX-4P.json")
	if err := os.WriteFile(corrupt, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runConsult(List, "--data-dir", dir)
	var ie *InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "1 file(s) could not be read") {
		t.Fatalf("err = %v, want an InputError saying one file could not be read", err)
	}
	if !strings.Contains(out, recent.Code) || !strings.Contains(out, old.Code) {
		t.Fatalf("the good rows are missing:\n%s", out)
	}
	if !strings.HasPrefix(errOut, "jewelquiz: skipped "+corrupt+": ") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("error output %q, want one line naming %s", errOut, corrupt)
	}
}

func TestPurge(t *testing.T) {
	dir, recent, old := saveConsultations(t)
	out, _, err := runConsult(Purge, "--older-than", "5d", "--data-dir", dir)
	if err != nil || out != "Removed 1 consultation(s) older than 5d from "+dir+".\n" {
		t.Fatalf("purge = %v, %q", err, out)
	}
	for _, ext := range []string{".json", ".md"} {
		if _, err := os.Stat(filepath.Join(dir, old.Code+ext)); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%s%s is still there: %v", old.Code, ext, err)
		}
		if _, err := os.Stat(filepath.Join(dir, recent.Code+ext)); err != nil {
			t.Fatalf("%s%s was removed: %v", recent.Code, ext, err)
		}
	}
	var ie *InputError
	for _, args := range [][]string{{"--data-dir", dir}, {"--older-than", "soon", "--data-dir", dir}, {"--older-than", "0d", "--data-dir", dir}} {
		if _, _, err := runConsult(Purge, args...); !errors.As(err, &ie) {
			t.Fatalf("purge %v = %v, want an InputError", args, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, recent.Code+".json")); err != nil {
		t.Fatalf("a refused purge removed %s: %v", recent.Code, err)
	}
	// A corrupt file is kept and reported, and the command fails.
	corrupt := filepath.Join(dir, "K7MX-4P.json")
	if err := os.WriteFile(corrupt, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runConsult(Purge, "--older-than", "1m", "--data-dir", dir)
	if !errors.As(err, &ie) || !strings.HasPrefix(out, "Removed 1 ") || !strings.Contains(errOut, "kept "+corrupt) {
		t.Fatalf("purge with a corrupt file = %v, %q, %q", err, out, errOut)
	}
}

func TestParseAge(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"7d", 7 * 24 * time.Hour}, {"36h", 36 * time.Hour}, {"30m", 30 * time.Minute},
		{"1d12h", 36 * time.Hour}, {" 2d ", 48 * time.Hour}, {"90s", 90 * time.Second},
	} {
		if got, err := parseAge(tc.in); err != nil || got != tc.want {
			t.Errorf("parseAge(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "d", "7", "-7d", "0d", "7 days", "1.5d", "1d-12h", "-5m", "99999999d", "100000d2562047h"} {
		if got, err := parseAge(in); err == nil {
			t.Errorf("parseAge(%q) = %v, want an error", in, got)
		}
	}
}
