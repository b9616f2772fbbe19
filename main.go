// Command jewelquiz helps a person choose a type of permanent jewelry: a
// short quiz in the terminal, and headless commands for the same rules.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui"
	"github.com/jewelquiz/jewelquiz/ui/cli"
)

const usage = `jewelquiz: find the permanent jewelry that suits you.

Usage:
  jewelquiz [--theme NAME] [--accessible] [--rules FILE]
                                           take the quiz in the terminal
  jewelquiz recommend --answers FILE|-     recommend from answers given as JSON
            [--format text|json] [--rules FILE]
  jewelquiz questions [--format text|json] list the questions and their answer values
  jewelquiz types [--format text|json|markdown]
                                           describe every type of permanent jewelry
  jewelquiz rules show                     print the built-in rulebook
  jewelquiz rules check FILE|-             check a rulebook for mistakes

Options for the quiz:
  --theme NAME     charm (default), dracula, catppuccin, base16 or base
  --accessible     plain numbered prompts for screen readers (also when TERM=dumb);
                   answers can be piped in, one number per line
  --rules FILE     use this rulebook instead of the built-in one

Exit status: 0 on success, 2 for bad input (answers, flags, rulebook), 1 otherwise.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// run is the whole program: it picks the command from args and runs it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	std := cli.IO{In: stdin, Out: stdout, Err: stderr}
	if len(args) > 0 {
		switch args[0] {
		case "recommend":
			return cli.Recommend(ctx, args[1:], std)
		case "questions":
			return cli.Questions(ctx, args[1:], std)
		case "types":
			return cli.Types(ctx, args[1:], std)
		case "rules":
			return cli.Rules(ctx, args[1:], std)
		case "help", "-h", "-help", "--help":
			_, err := fmt.Fprint(stdout, usage)
			return err
		}
	}
	return runQuiz(ctx, args, std)
}

// runQuiz parses the quiz's flags and runs it full-screen or accessibly.
func runQuiz(ctx context.Context, args []string, std cli.IO) error {
	fs := flag.NewFlagSet("jewelquiz", flag.ContinueOnError)
	fs.SetOutput(std.Err)
	fs.Usage = func() { fmt.Fprint(std.Err, usage) }
	theme := fs.String("theme", "charm", "colour theme")
	accessible := fs.Bool("accessible", false, "plain prompts for screen readers")
	rulesPath := fs.String("rules", "", "rulebook file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cli.ErrHelp
		}
		return &cli.InputError{Err: err}
	}
	if fs.NArg() > 0 {
		fmt.Fprint(std.Err, usage)
		return &cli.InputError{Err: fmt.Errorf("unknown command %q", fs.Arg(0))}
	}
	if !slices.Contains(ui.Themes, *theme) {
		return &cli.InputError{Err: fmt.Errorf("unknown theme %q (themes: %s)", *theme, strings.Join(ui.Themes, ", "))}
	}
	rb, err := cli.LoadRulebook(*rulesPath, nil)
	if err != nil {
		return err
	}
	o := ui.Options{Rulebook: rb, Theme: *theme, In: std.In, Out: std.Out}
	if *accessible || os.Getenv("TERM") == "dumb" {
		return ui.RunAccessible(ctx, o)
	}
	return ui.Run(ctx, o)
}

// exitCode maps an error to the process's exit status, printing it first:
// 2 for anything the user can fix in their input, 130 when interrupted,
// 1 for everything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, cli.ErrHelp) {
		return 0
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "jewelquiz: interrupted")
		return 130
	}
	fmt.Fprintf(stderr, "jewelquiz: %v\n", err)
	var (
		input *cli.InputError
		load  *rules.LoadError
		ans   quiz.AnswerErrors
	)
	if errors.As(err, &input) || errors.As(err, &load) || errors.As(err, &ans) ||
		errors.Is(err, ui.ErrNoTerminal) || errors.Is(err, ui.ErrInputEnded) {
		return 2
	}
	return 1
}
