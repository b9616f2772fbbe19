package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"slices"
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

// changePrompt is what accessible mode asks after the report.
const changePrompt = "Type a question's number to change that answer, or press enter to finish.\n"

// reportOf is the last report accessible mode printed: what follows the
// last answer, up to the question of what to change.
func reportOf(out string) string {
	i := strings.LastIndex(out, ": \n")
	if i < 0 {
		return ""
	}
	out = strings.TrimPrefix(out[i+len(": \n"):], "Your answers are as they were.\n\n")
	if j := strings.Index(out, changePrompt); j >= 0 {
		out = out[:j]
	}
	return out
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
			if got, want := reportOf(out), accessibleReport(locale.For(locale.English), rec, rb, tt.want, 80)+"\n"; got != want {
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
			"Invalid: nothing was entered.", `Invalid: "abc" is not the number or the name of an option.`, "Invalid: there is no option 5.",
			"Invalid: 1 is given twice.", "Invalid: 0 means none of these, so it goes on its own.",
			"Enter numbers between 1 and 4 or names of options, separated by commas, or 0 for none of these.",
		}, nil},
		{"a very long entry is asked again", []string{strings.Repeat("1,", 5000), "2"}, "pregnant", []string{"Invalid: the entry is too long."}, nil},
		{"input ends at it", nil, "", nil, ErrInputEnded},
		{"input ends after a bad entry", []string{"x"}, "", []string{`Invalid: "x" is not the number or the name of an option.`}, ErrInputEnded},
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
			if got := reportOf(out); got != accessibleReport(locale.For(locale.English), rec, rb, a, 80)+"\n" {
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
		{"1.5", "", `"1.5" is not the number or the name of an option`},
		{"2,2", "", "2 is given twice"},
		{"7", "", "there is no option 7"},
		{"pregnant, 4", "pregnant,slow-healing", ""},
		{" Slow healing ,A PACEMAKER", "pacemaker,slow-healing", ""},
		{"keloids", "keloids", ""},
		{"none of these", "", ""},
		{"pregnant,2", "", "2 is given twice"},
		{"1 pregnant", "", `"1 pregnant" is not the number or the name of an option`},
		{"b", "", `"b" is not the number or the name of an option`},
	} {
		vs, problem := parseMany(locale.For(locale.English), tt.in, health)
		if problem != tt.problem {
			t.Errorf("parseMany(%q): problem %q, want %q", tt.in, problem, tt.problem)
			continue
		}
		if got := quiz.JoinValues(health, vs); problem == "" && got != tt.want {
			t.Errorf("parseMany(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// busyLines answer every question for a busy person with no follow-ups;
// busyAnswers are those answers.
var (
	busyLines   = []string{"2", "1", "1", "2", "0", "2", "1", "1", "1", "2"}
	busyAnswers = quiz.Answers{"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "nickel", "health": "",
		"age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"}
)

// wantReport checks that the last report accessible mode printed is the
// one for answers a.
func wantReport(t *testing.T, rb *rules.Rulebook, out string, a quiz.Answers) {
	t.Helper()
	rec, err := rb.Recommend(a)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := reportOf(out), accessibleReport(locale.For(locale.English), rec, rb, a, 80)+"\n"; got != want {
		t.Fatalf("the last report is not the one for %v:\n%s\nwant\n%s\nthe whole output:\n%s", a, got, want, out)
	}
}

// Each question is read first, then why it is asked, then its options.
func TestAccessibleReadsTheQuestionBeforeTheWhy(t *testing.T) {
	rb := accessibleRulebook(t)
	out, err := runPiped(t, rb, busyLines...)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range quiz.Asked(rb.Bank(), busyAnswers) {
		want := fmt.Sprintf("Question %d of 10.\n%s\n%s\n1. %s: ", i+1, strings.TrimSpace(q.Title), q.Why, q.Options[0].Label)
		if !strings.Contains(out, want) {
			t.Fatalf("question %s is not read question, why, options:\nwant %q in\n%s", q.ID, want, out)
		}
	}
}

// The report gives the scores in words, not as bars, and numbers the
// answers as the questions were numbered.
func TestAccessibleReportSpeaksTheScores(t *testing.T) {
	rb := accessibleRulebook(t)
	out, err := runPiped(t, rb, busyLines...)
	if err != nil {
		t.Fatal(err)
	}
	rep := reportOf(out)
	rec, _ := rb.Recommend(busyAnswers)
	for _, r := range rec.Ranking {
		if w := fmt.Sprintf("%s: %d out of 100", r.Name, r.Score); !r.Excluded && !strings.Contains(rep, w) {
			t.Errorf("the report lacks %q:\n%s", w, rep)
		}
	}
	for _, bad := range []string{"#", "/100", "..."} {
		if strings.Contains(rep, bad) {
			t.Errorf("the report has %q:\n%s", bad, rep)
		}
	}
	for _, w := range []string{"  1. Your days: Busy\n", "  5. Health: None of these\n", "  10. Needles: I'd rather avoid them\n"} {
		if !strings.Contains(rep, w) {
			t.Errorf("the answers lack %q:\n%s", w, rep)
		}
	}
}

// An option's name (its label or value, in any case, spaces around it
// ignored) is taken as its number is; the prompts say so.
func TestAccessibleTakesNames(t *testing.T) {
	rb := accessibleRulebook(t)
	tests := []struct {
		name  string
		lines []string
		want  quiz.Answers
		says  []string
	}{
		{"labels in any case", []string{" BUSY ", "no dress code", "Never", "yes, to nickel", "none of these", "18 or over", "on my back", "never", "Subtle", "I'd rather avoid them"}, busyAnswers, nil},
		{"values", []string{"busy", "none", "never", "nickel", "0", "18-plus", "back", "never", "subtle", "avoid"}, busyAnswers, nil},
		{"names and numbers on a many question", append([]string{"busy", "1", "1", "2", "pregnant, 4"}, busyLines[5:]...), answered(busyAnswers, "health", "pregnant,slow-healing"), nil},
		{"names separated by commas", append([]string{"2", "1", "1", "2", " Slow healing,raised scars or keloids ,A PACEMAKER"}, busyLines[5:]...), answered(busyAnswers, "health", "pacemaker,keloids,slow-healing"), nil},
		{"an unknown name is asked again", append([]string{"bsy", "busy"}, busyLines[1:]...), busyAnswers,
			[]string{`Invalid: "bsy" is not the number or the name of an option. Enter a number between 1 and 3 or the name of an option.`}},
		{"a name given twice", append([]string{"2", "1", "1", "2", "pregnant,2", "pregnant"}, busyLines[5:]...), answered(busyAnswers, "health", "pregnant"),
			[]string{"Invalid: 2 is given twice."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runPiped(t, rb, tt.lines...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			wantReport(t, rb, out, tt.want)
			for _, w := range append([]string{
				"Answer each with the number or the name of an option",
				"Enter a number between 1 and 3 or the name of an option; b goes back: ",
				"Enter the numbers or names of all that apply, separated by commas (such as 1,2), or 0 for none of these; b goes back: ",
			}, tt.says...) {
				if !strings.Contains(out, w) {
					t.Errorf("the output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// answered is a copy of a with question id answered v.
func answered(a quiz.Answers, id, v string) quiz.Answers {
	c := a.Clone()
	c[id] = v
	return c
}

// "b" goes back to the previous question asked, which is asked again; a
// follow-up no longer asked is dropped; at the first question there is
// nothing to go back to.
func TestAccessibleGoesBack(t *testing.T) {
	rb := accessibleRulebook(t)
	t.Run("at the first question", func(t *testing.T) {
		out, err := runPiped(t, rb, append([]string{"b"}, busyLines...)...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "b goes back: \nThere is nothing to go back to: this is the first question.\n\nQuestion 1 of 10.\n") {
			t.Fatalf("b at the first question does not say so and ask again:\n%s", out)
		}
		wantReport(t, rb, out, busyAnswers)
	})
	t.Run("one question", func(t *testing.T) {
		// Dress code "3", back, then "1".
		out, err := runPiped(t, rb, append([]string{"2", "3", "B", "1"}, busyLines[2:]...)...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "Going back. Your answer was No visible jewelry at all.\n\nQuestion 2 of 10.\nDoes your work have a dress code?") {
			t.Fatalf("b does not go back to question 2:\n%s", out)
		}
		wantReport(t, rb, out, busyAnswers)
	})
	t.Run("past a follow-up that is then dropped", func(t *testing.T) {
		// Active, water sports; back twice (to the sport, then to the
		// days); busy: the sport is no longer asked.
		sport, _ := quiz.Find(rb.Bank(), "sport")
		out, err := runPiped(t, rb, append([]string{"1", "2", " b ", "b", "2"}, busyLines[1:]...)...)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"Question 2 of 11.\n" + strings.TrimSpace(sport.Title), "Going back. Your answer was Active.\n\nQuestion 1 of 10.\n", "Question 10 of 10.\n"} {
			if !strings.Contains(out, w) {
				t.Errorf("the output lacks %q:\n%s", w, out)
			}
		}
		// Asked once, then again on the way back; not after the days change.
		if after := out[strings.LastIndex(out, "Going back"):]; strings.Contains(after, sport.Title) || strings.Contains(after, "Question 11 of") {
			t.Errorf("the sport is asked again or still counted:\n%s", out)
		}
		wantReport(t, rb, out, busyAnswers)
	})
	t.Run("on a many question", func(t *testing.T) {
		out, err := runPiped(t, rb, append([]string{"2", "1", "1", "3", "b", "2"}, busyLines[4:]...)...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "Going back. Your answer was Yes, to many metals.\n\nQuestion 4 of 10.\n") {
			t.Fatalf("b on the many question does not go back to question 4:\n%s", out)
		}
		wantReport(t, rb, out, busyAnswers)
	})
}

// At the results a question's number asks it again, with any follow-up
// the new answer brings in, and prints the report again; an empty line or
// the end of the input finishes.
func TestAccessibleChangesAnAnswerAtTheResults(t *testing.T) {
	rb := accessibleRulebook(t)
	active := answered(answered(busyAnswers, "lifestyle", "active"), "sport", "water")
	tests := []struct {
		name  string
		after []string // lines after the busy person's answers
		want  quiz.Answers
		says  []string
	}{
		{"enter finishes", []string{""}, busyAnswers, nil},
		{"the end of the input finishes", nil, busyAnswers, nil},
		{"a change", []string{"4", "none", ""}, answered(busyAnswers, "allergy", "none"),
			[]string{"Question 4 of 10.\nHas your skin ever reacted to metal?", "  4. Metal allergy: No, never\n"}},
		{"a change that brings in a follow-up", []string{"1", "active", "2"}, active,
			[]string{"Question 1 of 10.\nWhat are your days usually like?", "Question 2 of 11.\nWhich kind of sport", "  2. Sport: "}},
		{"two changes", []string{"1", "1", "2", "6", "2,4", ""}, answered(active, "health", "pregnant,slow-healing"), nil},
		{"b keeps the answer", []string{"3", "b"}, busyAnswers, []string{"Your answers are as they were."}},
		{"a question that is not there", []string{"11", "x", "9", "2", ""}, answered(busyAnswers, "style", "statement"),
			[]string{"Invalid: there is no question \"11\". Type a number between 1 and 10, or press enter to finish.", "Invalid: there is no question \"x\"."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runPiped(t, rb, append(slices.Clone(busyLines), tt.after...)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if !strings.HasSuffix(out, changePrompt) {
				t.Fatalf("the output does not end asking what to change:\n%s", out)
			}
			wantReport(t, rb, out, tt.want)
			for _, w := range tt.says {
				if !strings.Contains(out, w) {
					t.Errorf("the output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	t.Run("a change that drops a follow-up", func(t *testing.T) {
		out, err := runPiped(t, rb, "1", "2", "4", "3", "1", "2", "3,1", "2", "2", "2", "2", "1", "1", "busy")
		if err != nil {
			t.Fatal(err)
		}
		want := quiz.Answers{"lifestyle": "busy", "dress_code": "bare-wrists", "machinery": "daily", "machine_kind": "moving-parts",
			"allergy": "nickel", "health": "pacemaker,keloids", "age": "18-plus",
			"sleep": "side-or-stomach", "removal": "occasionally", "style": "statement", "needles": "fine"}
		wantReport(t, rb, out, want)
		if strings.Contains(reportOf(out), "Sport") {
			t.Fatalf("the sport is still listed:\n%s", reportOf(out))
		}
	})
	t.Run("the input ends in a change", func(t *testing.T) {
		out, err := runPiped(t, rb, append(slices.Clone(busyLines), "3")...)
		if !errors.Is(err, ErrInputEnded) || !strings.Contains(err.Error(), "question 3 (machinery)") {
			t.Fatalf("err = %v\n%s", err, out)
		}
	})
}
