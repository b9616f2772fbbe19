//go:build headless

package cli

import (
	"context"
	"fmt"
)

// Headless reports whether this is the headless build (go build -tags
// headless), which leaves out the quiz and the SSH server: true here.
const Headless = true

// headlessNote says what the headless build leaves out and how to get it.
const headlessNote = "This jewelquiz is the headless build (go build -tags headless): it has every\n" +
	"command that needs no terminal, but not the quiz or the SSH server. Build\n" +
	"it without -tags headless for those."

// errHeadless is what the quiz and serve say in the headless build.
var errHeadless = inputf("this jewelquiz is the headless build (go build -tags headless): it has no quiz and no SSH server; build it without -tags headless for those, or see jewelquiz --help")

// Quiz stands in for the quiz, which the headless build leaves out: it
// prints the help, with a note, for --help, and otherwise says the quiz
// is not in this build.
func Quiz(ctx context.Context, args []string, std IO) error {
	return leftOut(root(), args, std)
}

// Serve stands in for serve, which the headless build leaves out, as Quiz
// does for the quiz.
func Serve(ctx context.Context, args []string, std IO) error {
	return leftOut(lookup("serve"), args, std)
}

// leftOut is what a command the headless build leaves out does.
func leftOut(c *Command, args []string, std IO) error {
	for _, a := range args {
		switch a {
		case "--":
			return errHeadless
		case "-h", "-help", "--help":
			if err := writeHelp(std.Out, c, nil); err != nil {
				return err
			}
			if _, err := fmt.Fprintf(std.Out, "\n%s\n", headlessNote); err != nil {
				return err
			}
			return ErrHelp
		}
	}
	return errHeadless
}
