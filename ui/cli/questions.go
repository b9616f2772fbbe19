package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// Questions runs `jewelquiz questions`: it prints the rulebook's questions,
// the vocabulary of answers files.
func Questions(ctx context.Context, args []string, std IO) error {
	fs := newFlags("questions", std)
	format := fs.String("format", "text", "output format: text or json")
	rulesPath := fs.String("rules", "", "use this rulebook instead of the embedded one")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("questions: unexpected argument %s", quiz.Quote(fs.Arg(0)))
	}
	if *format != "text" && *format != "json" {
		return inputf("questions: unknown format %s (use text or json)", quiz.Quote(*format))
	}
	rb, err := LoadRulebook(ctx, *rulesPath, std.In)
	if err != nil {
		return err
	}
	bank := rb.Bank()
	if *format == "json" {
		data, err := json.MarshalIndent(questionsJSON(bank), "", "  ")
		if err != nil {
			return fmt.Errorf("questions: %w", err)
		}
		_, err = fmt.Fprintf(std.Out, "%s\n", data)
		return err
	}
	_, err = fmt.Fprint(std.Out, questionsText(bank))
	return err
}

// jsonQuestion is the documented JSON shape of one question: enough for an
// integrator to enumerate every valid set of answers.
type jsonQuestion struct {
	ID      string       `json:"id"`
	Title   string       `json:"title"`
	Short   string       `json:"short"`
	Why     string       `json:"why"`
	Kind    quiz.Kind    `json:"kind"`
	AskIf   *jsonAskIf   `json:"ask_if"`
	Options []jsonOption `json:"options"`
}

// jsonAskIf is when a follow-up is asked: when the answer to Question is
// one of AnyOf.
type jsonAskIf struct {
	Question string   `json:"question"`
	AnyOf    []string `json:"any_of"`
}

type jsonOption struct {
	Value       string `json:"value"`
	Label       string `json:"label"`
	Description string `json:"description"`
}

// questionsJSON is the bank in its documented JSON shape: "kind" always
// set, "ask_if" null for a question that is always asked, and lists never
// null.
func questionsJSON(bank []quiz.Question) []jsonQuestion {
	out := make([]jsonQuestion, len(bank))
	for i, q := range bank {
		kind := q.Kind
		if kind == "" {
			kind = quiz.KindOne
		}
		jq := jsonQuestion{ID: q.ID, Title: q.Title, Short: q.Short, Why: q.Why, Kind: kind, Options: make([]jsonOption, len(q.Options))}
		if c := q.AskIf; c != nil {
			jq.AskIf = &jsonAskIf{Question: c.Question, AnyOf: append([]string{}, c.AnyOf...)}
		}
		for j, o := range q.Options {
			jq.Options[j] = jsonOption(o)
		}
		out[i] = jq
	}
	return out
}

// questionsText lists the questions for a person writing an answers file:
// each with why we ask, when a follow-up is asked, how a question taking
// any number of options is answered, and its values.
func questionsText(bank []quiz.Question) string {
	var b strings.Builder
	for i, q := range bank {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s — %s\n  %s\n", q.ID, q.Title, q.Why)
		if q.AskIf != nil {
			fmt.Fprintf(&b, "  Follow-up: %s.\n", askedWhen(*q.AskIf))
		}
		if q.Many() {
			fmt.Fprintf(&b, "  Any number of these, or none: a list of values, such as [%q] or [].\n", first(q.Values()))
		}
		w := 0
		for _, o := range q.Options {
			w = max(w, len(o.Value))
		}
		for _, o := range q.Options {
			fmt.Fprintf(&b, "    %-*s  %s: %s\n", w, o.Value, o.Label, o.Description)
		}
	}
	return b.String()
}

// askedWhen says when a follow-up is asked, with ids and values as answers
// files spell them: "asked when machinery is sometimes or daily".
func askedWhen(c quiz.Condition) string {
	return fmt.Sprintf("asked when %s is %s, and left out otherwise", c.Question, orList(c.AnyOf))
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func first(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}
