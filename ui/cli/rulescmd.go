package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// RulesShow runs `jewelquiz rules show`: it prints the embedded rulebook.
func RulesShow(_ context.Context, args []string, std IO) error {
	fs := newFlags("rules show", std)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("rules show: unexpected argument %s (it prints the embedded rulebook)", quiz.Quote(fs.Arg(0)))
	}
	_, err := std.Out.Write(rules.DefaultSource())
	return err
}

// RulesCheck runs `jewelquiz rules check FILE|-`: it validates a rulebook
// and says what is in it, or returns every problem with its line.
func RulesCheck(ctx context.Context, args []string, std IO) error {
	fs := newFlags("rules check", std)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return inputf("rules check: give one rulebook file, or - for standard input")
	}
	data, name, err := readSource(ctx, fs.Arg(0), std.In)
	if errors.Is(err, context.Canceled) {
		return err
	}
	if err != nil {
		return &InputError{Err: fmt.Errorf("rulebook %s: %w", name, err)}
	}
	rb, err := rules.Load(name, data)
	if err != nil {
		return &InputError{Err: err}
	}
	effects := 0
	for _, t := range rb.Types {
		effects += len(t.Effects)
	}
	_, err = fmt.Fprintf(std.Out, "%s: OK, rulebook version %s: %d types, %d effects, %d metals\n", name, rb.Version, len(rb.Types), effects, len(rb.Metals))
	return err
}
