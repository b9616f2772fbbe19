// Command jewelquiz helps a person choose a type of permanent jewelry: a
// short quiz in the terminal, and headless commands for the same rules.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui"
	"github.com/jewelquiz/jewelquiz/ui/cli"
)

const usage = `jewelquiz: find the permanent jewelry that suits you.

Usage:
  jewelquiz [--theme NAME] [--accessible] [--rules FILE] [--studio FILE]
                                           take the quiz in the terminal
  jewelquiz recommend --answers FILE|-     recommend from answers given as JSON
            [--format text|json] [--rules FILE] [--studio FILE]
  jewelquiz questions [--format text|json] [--rules FILE]
                                           list the questions and their answer values
  jewelquiz types [--format text|json|markdown]
                                           describe every type of permanent jewelry
  jewelquiz show CODE [--format text|json|markdown] [--data-dir DIR] [--rules FILE]
                                           open a saved consultation, or the results
                                           an answer code holds (no data needed)
  jewelquiz list [--since 7d] [--data-dir DIR] [--studio FILE]
                                           list saved consultations with their
                                           allergy answer and flags
  jewelquiz delete CODE [--data-dir DIR]   delete one saved consultation
  jewelquiz purge --older-than 30d [--data-dir DIR]
                                           delete old consultations
  jewelquiz stats [--since 30d] [--format text|json] [--data-dir DIR]
                                           the shop's numbers: sessions started and
                                           finished, where clients stop, picks
                                           (anonymous: no answers are logged)
  jewelquiz serve [--addr 127.0.0.1:23234] [--kiosk] [--authorized-keys FILE] ...
                                           serve the quiz over SSH (serve --help)
  jewelquiz rules show                     print the built-in rulebook
  jewelquiz rules check FILE|-             check a rulebook for mistakes
  jewelquiz studio check [FILE]            check a studio file (default: the one the
                                           quiz reads) for mistakes
  jewelquiz studio show                    print a complete example studio file

Options for the quiz:
  --theme NAME     charm (default), dracula, catppuccin, base16 or base
  --accessible     plain numbered prompts for screen readers (also when TERM=dumb);
                   answers can be piped in, one line per question asked (numbers
                   separated by commas, or 0, where any number of options apply)
  --rules FILE     use this rulebook instead of the built-in one
  --studio FILE    the studio's name and booking link (default:
                   $XDG_CONFIG_HOME/jewelquiz/studio.yaml, used if it is there)
  --no-mouse       leave the mouse to the terminal (taps are taken by default)
  --resume CODE    open the results of an answer code (from a customer's results)
  --data-dir DIR   offer "Save for my consultation", saving here, and log the
                   shop's anonymous numbers here (see stats)
                   (default in kiosk mode: the XDG data directory); saved
                   consultations older than the studio's retention (default
                   30 days) are deleted at start and every hour

Shop kiosk:
  --kiosk          loop from client to client; nothing quits it but the staff PIN
                   (from JEWELQUIZ_STAFF_PIN or --staff-pin-file FILE), asked for
                   with ctrl+x, a key shown nowhere on screen
  --idle 2m        after this long without input, "Still there?" and then a wipe

Exit status: 0 on success, 2 for bad input (answers, flags, rulebook, studio file),
1 otherwise.
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
		case "show":
			return cli.Show(ctx, args[1:], std)
		case "list":
			return cli.List(ctx, args[1:], std)
		case "delete":
			return cli.Delete(ctx, args[1:], std)
		case "purge":
			return cli.Purge(ctx, args[1:], std)
		case "stats":
			return cli.Stats(ctx, args[1:], std)
		case "serve":
			return cli.Serve(ctx, args[1:], std)
		case "rules":
			return cli.Rules(ctx, args[1:], std)
		case "studio":
			return cli.Studio(ctx, args[1:], std)
		case "help", "-h", "-help", "--help":
			_, err := fmt.Fprint(stdout, usage)
			return err
		}
	}
	return cli.Quiz(ctx, args, std, usage)
}

// exitCode maps an error to the process's exit status, printing it first:
// 2 for anything the user can fix in their input, 130 when interrupted,
// 1 for everything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, cli.ErrHelp) {
		return 0
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, ui.ErrInterrupted) {
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
