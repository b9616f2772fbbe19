// Command jewelquiz helps a person choose a type of permanent jewelry: a
// short quiz in the terminal, and headless commands for the same rules.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/cli"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
)

func main() {
	// ctrl+c, SIGTERM and SIGHUP end a command cleanly (exit status 130)
	// once it does something that may wait or run long; before that they
	// end the program as they would any, which saves a short command the
	// half millisecond that listening for signals costs.
	ctx, stop := ctxio.Interruptible(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// run is the whole program: it picks the command from args and runs it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return cli.Main(ctx, args, cli.IO{In: stdin, Out: stdout, Err: stderr})
}

// exitCode maps an error to the process's exit status, printing it first:
// 2 for anything the user can fix in their input, 130 when interrupted,
// 1 for everything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, cli.ErrHelp) {
		return 0
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, cli.ErrInterrupted) {
		fmt.Fprintln(stderr, "jewelquiz: interrupted")
		return 130
	}
	fmt.Fprintf(stderr, "jewelquiz: %v\n", err)
	var (
		input *cli.InputError
		load  *rules.LoadError
		ans   quiz.AnswerErrors
	)
	if errors.As(err, &input) || errors.As(err, &load) || errors.As(err, &ans) {
		return 2
	}
	return 1
}
