package ui

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// accessibleRulebook is the built-in rulebook.
func accessibleRulebook(t *testing.T) *rules.Rulebook {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// runPiped runs accessible mode with lines piped in, one per answer.
func runPiped(t *testing.T, rb *rules.Rulebook, lines ...string) (string, error) {
	t.Helper()
	in := strings.Join(lines, "\n") + "\n"
	var out bytes.Buffer
	err := RunAccessible(context.Background(), Options{Rulebook: rb, In: strings.NewReader(in), Out: &out})
	return out.String(), err
}

// reportOf is what accessible mode printed after the last question.
func reportOf(out string) string {
	i := strings.LastIndex(out, ": \n")
	if i < 0 {
		return ""
	}
	return out[i+len(": \n"):]
}

// Accessible mode asks the questions in the quiz's order and a follow-up
// only when an earlier answer calls for it; the report is the one the
// engine makes for those answers.
func TestAccessibleAsksFollowUpsOnlyWhenTheyApply(t *testing.T) {
	rb := accessibleRulebook(t)
	tests := []struct {
		name  string
		lines []string
		want  quiz.Answers
	}{
		{"no follow-ups", []string{"2", "1", "1", "2", "0", "2", "1", "1", "1", "2"}, quiz.Answers{
			"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "nickel", "health": "",
			"age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"}},
		{"both follow-ups", []string{"1", "2", "4", "3", "1", "2", "3,1", "2", "2", "2", "2", "1"}, quiz.Answers{
			"lifestyle": "active", "sport": "water", "dress_code": "bare-wrists", "machinery": "daily", "machine_kind": "moving-parts",
			"allergy": "nickel", "health": "pacemaker,keloids", "age": "18-plus",
			"sleep": "side-or-stomach", "removal": "occasionally", "style": "statement", "needles": "fine"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runPiped(t, rb, tt.lines...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			rec, err := rb.Recommend(tt.want)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := reportOf(out), PlainText(rec, rb, 80)+"\n"; got != want {
				t.Fatalf("the report is not the engine's for %v:\n%s\nwant\n%s", tt.want, got, want)
			}
			asked := quiz.Asked(rb.Bank(), tt.want)
			last := -1
			for i, q := range asked {
				at := strings.Index(out, "\n"+q.Title)
				if at < last {
					t.Fatalf("question %s (%d of %d) is not asked in order:\n%s", q.ID, i+1, len(asked), out)
				}
				last = at
				if !strings.Contains(out, "Question "+strconv.Itoa(i+1)+" of ") {
					t.Fatalf("no question %d:\n%s", i+1, out)
				}
			}
			if strings.Contains(out, "Question "+strconv.Itoa(len(asked)+1)+" of") {
				t.Fatalf("more than %d questions asked:\n%s", len(asked), out)
			}
			for _, q := range rb.Bank() {
				if _, ok := tt.want[q.ID]; !ok && strings.Contains(out, q.Title) {
					t.Fatalf("%s was asked, though no answer calls for it:\n%s", q.ID, out)
				}
			}
			if strings.Contains(out, "\x1b[") {
				t.Fatal("accessible output contains escape codes")
			}
		})
	}
}

// The count of questions in each prompt grows when an answer calls for a
// follow-up, and is right by the last question.
func TestAccessibleCountsTheQuestionsAsked(t *testing.T) {
	out, err := runPiped(t, accessibleRulebook(t), "1", "2", "4", "3", "1", "2", "3,1", "2", "2", "2", "2", "1")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"10 questions about", "up to 2 follow-ups", "Question 1 of 10.", "Question 2 of 11.", "Question 4 of 11.", "Question 5 of 12.", "Question 12 of 12."} {
		if !strings.Contains(out, w) {
			t.Errorf("the output lacks %q:\n%s", w, out)
		}
	}
}

// A many question takes numbers separated by commas, or 0 for none; a bad
// entry says what is wrong and asks again, and the input ending while it
// waits is ErrInputEnded.
func TestAccessibleManyQuestion(t *testing.T) {
	rb := accessibleRulebook(t)
	before := []string{"2", "1", "1", "2"} // busy, no dress code, no machines, nickel
	after := []string{"2", "1", "1", "1", "2"}
	tests := []struct {
		name    string
		health  []string
		want    string
		says    []string
		wantErr error
	}{
		{"two options", []string{"2,4"}, "pregnant,slow-healing", nil, nil},
		{"spaces and any order", []string{" 4 , 2 "}, "pregnant,slow-healing", nil, nil},
		{"none of these", []string{"0"}, "", nil, nil},
		{"all of them", []string{"1,2,3,4"}, "pacemaker,pregnant,keloids,slow-healing", nil, nil},
		{"bad entries are asked again", []string{"", "abc", "5", "1,1", "0,2", "-1", "3"}, "keloids", []string{
			"Invalid: nothing was entered.", `Invalid: "abc" is not a number.`, "Invalid: there is no option 5.",
			"Invalid: 1 is given twice.", "Invalid: 0 means none of these, so it goes on its own.",
			"Enter numbers between 1 and 4 separated by commas, or 0 for none of these.",
		}, nil},
		{"a very long entry is asked again", []string{strings.Repeat("1,", 5000), "2"}, "pregnant", []string{"Invalid: the entry is too long."}, nil},
		{"input ends at it", nil, "", nil, ErrInputEnded},
		{"input ends after a bad entry", []string{"x"}, "", []string{`Invalid: "x" is not a number.`}, ErrInputEnded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append([]string{}, before...), tt.health...)
			if tt.wantErr == nil {
				lines = append(lines, after...)
			}
			out, err := runPiped(t, rb, lines...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v\n%s", err, tt.wantErr, out)
			}
			if tt.wantErr != nil && !strings.Contains(err.Error(), "(health)") {
				t.Errorf("the error does not name the question: %v", err)
			}
			for _, w := range append([]string{"0. None of these", "separated by commas", "or 0 for none of these"}, tt.says...) {
				if !strings.Contains(out, w) {
					t.Errorf("the output lacks %q:\n%s", w, out)
				}
			}
			if tt.wantErr != nil {
				return
			}
			a := quiz.Answers{"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "nickel", "health": tt.want,
				"age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"}
			rec, err := rb.Recommend(a)
			if err != nil {
				t.Fatal(err)
			}
			if got := reportOf(out); got != PlainText(rec, rb, 80)+"\n" {
				t.Fatalf("health %q: the report is not the engine's:\n%s", tt.want, got)
			}
		})
	}
}

// The report opens with the flags, before any pick.
func TestAccessibleReportShowsFlagsFirst(t *testing.T) {
	// Active, contact sport; live electrical work; pregnant; under 18.
	out, err := runPiped(t, accessibleRulebook(t), "1", "1", "1", "3", "2", "1", "2", "1", "1", "1", "1", "2")
	if err != nil {
		t.Fatal(err)
	}
	rep := reportOf(out)
	if !strings.HasPrefix(rep, report.TitleFlags+"\n") {
		t.Fatalf("the report does not open with %q:\n%s", report.TitleFlags, rep)
	}
	flat := strings.Join(strings.Fields(rep), " ")
	for _, w := range []string{"pregnant", "under 18", "live electrical"} {
		if !strings.Contains(flat, w) {
			t.Errorf("the flags lack %q:\n%s", w, rep)
		}
	}
}

// One-option questions keep huh's behaviour: a wrong number or an empty
// line is asked again, and input that ends early is ErrInputEnded.
func TestAccessibleOneQuestionRetries(t *testing.T) {
	rb := accessibleRulebook(t)
	full := []string{"2", "1", "1", "2", "0", "2", "1", "1", "1", "2"}
	if _, err := runPiped(t, rb, append([]string{"9", ""}, full...)...); err != nil {
		t.Fatalf("a wrong number, then an empty line, then the answers: %v", err)
	}
	_, err := runPiped(t, rb, "2", "1")
	if !errors.Is(err, ErrInputEnded) || !strings.Contains(err.Error(), "question 3 (machinery)") {
		t.Fatalf("input ending at question 3: %v", err)
	}
	var out bytes.Buffer
	last := strings.Join(full, "\n") // no newline after the last answer
	if err := RunAccessible(context.Background(), Options{Rulebook: rb, In: strings.NewReader(last), Out: &out}); err != nil {
		t.Fatalf("a last line without a newline: %v", err)
	}
}

func TestParseMany(t *testing.T) {
	rb := accessibleRulebook(t)
	health, _ := quiz.Find(rb.Bank(), "health")
	for _, tt := range []struct {
		in      string
		want    string
		problem string
	}{
		{"0", "", ""},
		{" 0 ", "", ""},
		{"1", "pacemaker", ""},
		{"4,1", "pacemaker,slow-healing", ""},
		{"1 3", "pacemaker,keloids", ""},
		{"1,,3,", "pacemaker,keloids", ""},
		{"", "", "nothing was entered"},
		{" , ", "", "nothing was entered"},
		{"0,0", "", "0 means none of these, so it goes on its own"},
		{"1.5", "", `"1.5" is not a number`},
		{"2,2", "", "2 is given twice"},
		{"7", "", "there is no option 7"},
	} {
		vs, problem := parseMany(tt.in, health)
		if problem != tt.problem {
			t.Errorf("parseMany(%q): problem %q, want %q", tt.in, problem, tt.problem)
			continue
		}
		if got := quiz.JoinValues(health, vs); problem == "" && got != tt.want {
			t.Errorf("parseMany(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
