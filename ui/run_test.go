package ui

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

func TestRunNeedsATerminal(t *testing.T) {
	var out bytes.Buffer
	err := Run(context.Background(), Options{Rulebook: defaultRulebook(t), In: strings.NewReader(""), Out: &out})
	if !errors.Is(err, ErrNoTerminal) {
		t.Fatalf("err = %v, want ErrNoTerminal", err)
	}
	for _, hint := range []string{"--accessible", "recommend"} {
		if !strings.Contains(err.Error(), hint) {
			t.Fatalf("the message should point to %s: %v", hint, err)
		}
	}
	if out.Len() != 0 {
		t.Fatalf("wrote %q to the screen", out.String())
	}
}

// Accessible mode asks a wrong or empty entry again and ends with
// ErrInputEnded when the input runs out, whatever came before.
func TestAccessibleRetriesAndEndOfInput(t *testing.T) {
	rb := defaultRulebook(t)
	// A busy person: no follow-ups, "0" for none of the health options.
	busy := "2\n1\n1\n1\n0\n2\n1\n1\n1\n2"
	tests := []struct {
		name, input string
		wantErr     error
	}{
		{"a wrong number is asked again", "9\n" + busy + "\n", nil},
		{"input ends early", "2\n1\n", ErrInputEnded},
		{"input ends after a bad answer", "2\n1\n1\n1\n0\n2\n1\nabc\n", ErrInputEnded},
		{"no input at all", "", ErrInputEnded},
		{"last line without a newline", busy, nil},
		{"an empty line is asked again, not taken as 1", "\n" + busy + "\n", nil},
	}
	want, err := rb.Recommend(quiz.Answers{"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "none", "health": "", "age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := RunAccessible(context.Background(), Options{Rulebook: rb, In: strings.NewReader(tt.input), Out: &out})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v\n%s", err, tt.wantErr, out.String())
			}
			if tt.wantErr == nil && !strings.Contains(out.String(), report.Title(want)+"\n"+want.Ranking[0].Name) {
				t.Fatalf("the report does not name %s:\n%s", want.Ranking[0].Name, out.String())
			}
			if strings.Contains(out.String(), "\x1b[") {
				t.Fatal("accessible output contains escape codes")
			}
		})
	}
}

func TestPlainTextListsAnswers(t *testing.T) {
	rb := defaultRulebook(t)
	a := quiz.Answers{"lifestyle": "busy", "dress_code": "none", "machinery": "daily", "machine_kind": "moving-parts", "allergy": "nickel", "health": "pregnant,keloids", "age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"}
	rec, err := rb.Recommend(a)
	if err != nil {
		t.Fatal(err)
	}
	text := PlainTextIn(rec, rb, 80, locale.English)
	for _, q := range rb.Bank() {
		label := answerLabel(q, a[q.ID])
		_, asked := a[q.ID]
		if asked != strings.Contains(text, q.Short) || asked && !strings.Contains(text, label) {
			t.Fatalf("answer to %s (%s, asked %v) wrongly listed:\n%s", q.ID, label, asked, text)
		}
	}
	if !strings.Contains(text, "Pregnant, Raised scars or keloids") {
		t.Fatalf("the health answer is not its labels:\n%s", text)
	}
	checkFits(t, "plain text", strings.TrimRight(text, "\n"), 80, 1000)
}
