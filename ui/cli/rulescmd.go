package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

const rulesUsage = "jewelquiz rules show | jewelquiz rules check FILE|-"

// Rules runs `jewelquiz rules show` (print the embedded rulebook) and
// `jewelquiz rules check FILE|-` (validate one).
func Rules(ctx context.Context, args []string, std IO) error {
	if len(args) == 0 {
		return inputf("rules: say what to do: %s", rulesUsage)
	}
	fs := newFlags("rules "+args[0], std, rulesUsage)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	switch args[0] {
	case "show":
		if fs.NArg() > 0 {
			return inputf("rules show: unexpected argument %s (it prints the embedded rulebook)", quiz.Quote(fs.Arg(0)))
		}
		_, err := std.Out.Write(rules.DefaultSource())
		return err
	case "check":
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
	return inputf("rules: unknown action %s: %s", quiz.Quote(args[0]), rulesUsage)
}
