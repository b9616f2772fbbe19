package cli

import (
	"context"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// Main runs jewelquiz with args, the command line less the program's name:
// the command args names, or the quiz when args starts with a flag or is
// empty.
func Main(ctx context.Context, args []string, std IO) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
			return Version(ctx, args[1:], std)
		}
		return Quiz(ctx, args, std)
	}
	c := lookup(args[0])
	if c == nil || strings.Contains(args[0], " ") {
		return unknownCommand(args[0])
	}
	if c.group() {
		return runGroup(ctx, c, args[1:], std)
	}
	return c.run(ctx, args[1:], std)
}

// runGroup runs one action of a group such as rules, or the group's help.
func runGroup(ctx context.Context, g *Command, args []string, std IO) error {
	var names []string
	for _, a := range g.actions() {
		names = append(names, strings.TrimPrefix(a.Name, g.Name+" "))
	}
	if len(args) == 0 {
		return inputf("%s: say what to do (%s %s); see jewelquiz %s --help", g.Name, g.Name, strings.Join(names, ", "+g.Name+" "), g.Name)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if err := writeHelp(std.Out, g, nil); err != nil {
			return err
		}
		return ErrHelp
	}
	a := lookup(g.Name + " " + args[0])
	if a == nil || strings.Contains(args[0], " ") {
		return inputf("%s: unknown action %s%s; see jewelquiz %s --help", g.Name, quiz.Quote(args[0]), didYouMean(args[0], names), g.Name)
	}
	return a.run(ctx, args[1:], std)
}

// unknownCommand is the error for a command jewelquiz does not have.
func unknownCommand(name string) error {
	var names []string
	for _, c := range topLevel() {
		names = append(names, c.Name)
	}
	return inputf("unknown command %s%s; see jewelquiz --help", quiz.Quote(name), didYouMean(name, names))
}

// Help runs `jewelquiz help [COMMAND [ACTION]]`: the same help as
// `jewelquiz COMMAND [ACTION] --help`.
func Help(ctx context.Context, args []string, std IO) error {
	fs := newFlags("help", std)
	if err := parse(fs, args); err != nil {
		return err
	}
	words := fs.Args()
	if len(words) > 2 {
		return inputf("help: unexpected argument %s; see jewelquiz help --help", quiz.Quote(words[2]))
	}
	return Main(ctx, append(words, "--help"), std)
}

// checkNoArgs is the error for arguments given to a command that takes
// none, or nil.
func checkNoArgs(name string, args []string) error {
	if len(args) > 0 {
		return inputf("%s: unexpected argument %s; see jewelquiz %s --help", name, quiz.Quote(args[0]), name)
	}
	return nil
}

// helpOnly is a flag set for name, a command with no flags of its own, for
// its --help.
func helpOnly(name string, args []string, std IO) ([]string, error) {
	fs := newFlags(name, std)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	return fs.Args(), nil
}
