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
	fs := newFlags("questions", std, "jewelquiz questions [--format text|json] [--rules FILE]")
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
		data, err := json.MarshalIndent(bank, "", "  ")
		if err != nil {
			return fmt.Errorf("questions: %w", err)
		}
		_, err = fmt.Fprintf(std.Out, "%s\n", data)
		return err
	}
	var b strings.Builder
	for i, q := range bank {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s — %s\n  %s\n", q.ID, q.Title, q.Why)
		w := 0
		for _, o := range q.Options {
			w = max(w, len(o.Value))
		}
		for _, o := range q.Options {
			fmt.Fprintf(&b, "    %-*s  %s: %s\n", w, o.Value, o.Label, o.Description)
		}
	}
	_, err = fmt.Fprint(std.Out, b.String())
	return err
}
