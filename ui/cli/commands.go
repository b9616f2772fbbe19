package cli

import (
	"context"
	"strings"
)

// Command is one of jewelquiz's commands as its help, man page and shell
// completions describe it. Its flags are not listed here: they are read
// from the command's own flag set (see flagsOf), so help cannot drift from
// what the command accepts.
type Command struct {
	Name        string // "recommend", or "rules check" for an action of a group
	Summary     string // one line, no final period
	Usage       string // the synopsis, without the leading "jewelquiz "
	Description string // paragraphs, wrapped at 76 columns; may be empty
	Examples    []Example

	run func(ctx context.Context, args []string, std IO) error
}

// Example is a command line shown in help, with what it does.
type Example struct {
	Comment string
	Line    string
}

// group reports whether c only holds actions, such as rules.
func (c *Command) group() bool { return c.run == nil }

// actions is the commands under a group, such as rules show and rules check.
func (c *Command) actions() []*Command {
	var out []*Command
	for _, a := range commands() {
		if strings.HasPrefix(a.Name, c.Name+" ") {
			out = append(out, a)
		}
	}
	return out
}

// lookup finds a command by its name, "" or "jewelquiz" for the quiz.
func lookup(name string) *Command {
	if name == "" || name == "jewelquiz" {
		return root()
	}
	for _, c := range commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// topLevel is the commands that follow "jewelquiz" directly, groups
// included, in the order help lists them.
func topLevel() []*Command {
	var out []*Command
	for _, c := range commands() {
		if !strings.Contains(c.Name, " ") {
			out = append(out, c)
		}
	}
	return out
}
