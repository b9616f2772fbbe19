package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

// helpWidth is the width help is wrapped to.
const helpWidth = 80

// exitStatus is the list of exit codes every help page ends with.
const exitStatus = `Exit status:
  0    success
  1    failure (a file that cannot be read or written, a server that cannot start)
  2    bad input: an unknown command or flag, answers, a rulebook, a studio file
  130  interrupted by ctrl+c, SIGINT, SIGTERM or SIGHUP: the quiz, serve, and a
       command waiting for input or reading more than 64 KiB (a signal ends
       any other command at once, as it ends any program)
`

// placeholders names the value each flag takes, by the flag's name, where
// the flag package's own guess ("string") says too little.
var placeholders = map[string]string{
	"answers": "FILE|-", "format": "FORMAT", "rules": "FILE", "studio": "FILE",
	"data-dir": "DIR", "since": "AGE", "older-than": "AGE", "addr": "HOST:PORT",
	"host-key": "FILE", "authorized-keys": "FILE", "staff-pin-file": "FILE",
	"theme": "NAME",
}

// writeHelp writes c's help, with the flags of fs (nil for none): what it
// does, its usage, flags, examples and exit codes.
func writeHelp(w io.Writer, c *Command, fs *flag.FlagSet) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s.\n\nUsage:\n", fullName(c), c.Summary)
	switch {
	case c.Name == "":
		fmt.Fprintf(&b, "  jewelquiz %s\n  jewelquiz COMMAND [flags]\n", c.Usage)
	case c.group():
		fmt.Fprintf(&b, "  jewelquiz %s ACTION [flags]\n", c.Name)
	default:
		fmt.Fprintf(&b, "  jewelquiz %s\n", c.Usage)
	}
	if c.Description != "" {
		fmt.Fprintf(&b, "\n%s\n", c.Description)
	}
	switch {
	case c.Name == "":
		b.WriteString("\nCommands:\n")
		writeColumns(&b, commandRows(commands(), ""))
	case c.group():
		b.WriteString("\nActions:\n")
		writeColumns(&b, commandRows(c.actions(), c.Name+" "))
	}
	if fs != nil {
		if c.Name == "" {
			b.WriteString("\nFlags (for the quiz):\n")
		} else {
			b.WriteString("\nFlags:\n")
		}
		writeColumns(&b, flagRows(fs))
	}
	examples := c.Examples
	if c.group() {
		for _, a := range c.actions() {
			examples = append(examples, a.Examples...)
		}
	}
	if len(examples) > 0 {
		b.WriteString("\nExamples:\n")
		for _, e := range examples {
			if e.Comment != "" {
				fmt.Fprintf(&b, "  # %s\n", e.Comment)
			}
			fmt.Fprintf(&b, "  %s\n", e.Line)
		}
	}
	fmt.Fprintf(&b, "\n%s", exitStatus)
	switch {
	case c.Name == "":
		b.WriteString("\nRun jewelquiz help COMMAND (or jewelquiz COMMAND --help) for a command's flags and examples.\n")
	case c.group():
		fmt.Fprintf(&b, "\nRun jewelquiz help %s ACTION for an action's flags and examples.\n", c.Name)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fullName is c's name as typed: "jewelquiz rules check".
func fullName(c *Command) string {
	return strings.TrimSpace("jewelquiz " + c.Name)
}

// commandRows lists commands with their summaries, less prefix.
func commandRows(cmds []*Command, prefix string) [][2]string {
	var rows [][2]string
	for _, c := range cmds {
		if !c.group() {
			rows = append(rows, [2]string{strings.TrimPrefix(c.Name, prefix), c.Summary})
		}
	}
	return rows
}

// flagRows lists fs's flags as "--name VALUE" with their usage and any
// default, then -h, --help.
func flagRows(fs *flag.FlagSet) [][2]string {
	var rows [][2]string
	fs.VisitAll(func(f *flag.Flag) {
		_, usage := flag.UnquoteUsage(f)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += " (default " + f.DefValue + ")"
		}
		rows = append(rows, [2]string{strings.TrimSpace("--" + f.Name + " " + placeholder(f)), usage})
	})
	return append(rows, [2]string{"-h, --help", "show this help"})
}

// placeholder is the word that stands for f's value in help: "" for a
// switch.
func placeholder(f *flag.Flag) string {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return ""
	}
	if p, ok := placeholders[f.Name]; ok {
		return p
	}
	switch name, _ := flag.UnquoteUsage(f); name {
	case "int":
		return "N"
	case "", "string", "value":
		return "VALUE"
	default:
		return strings.ToUpper(name)
	}
}

// writeColumns writes rows as two columns, the second wrapped; a first
// column too wide puts the second on the next line.
func writeColumns(b *strings.Builder, rows [][2]string) {
	const most = 26
	col := 0
	for _, r := range rows {
		if n := len(r[0]); n > col && n <= most {
			col = n
		}
	}
	indent := strings.Repeat(" ", col+4)
	for _, r := range rows {
		text := wrap(r[1], helpWidth-len(indent))
		text = strings.ReplaceAll(text, "\n", "\n"+indent)
		if len(r[0]) > col {
			fmt.Fprintf(b, "  %s\n%s%s\n", r[0], indent, text)
			continue
		}
		fmt.Fprintf(b, "  %-*s  %s\n", col, r[0], text)
	}
}

// wrap breaks s into lines of at most width bytes at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		if i > 0 && n+1+len(word) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}

// flagsOf is c's flag set, made by running c with --help and nowhere to
// write; nil for a group.
func flagsOf(c *Command) *flag.FlagSet {
	if c.group() {
		return nil
	}
	var fs *flag.FlagSet
	std := IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard, seen: &fs}
	_ = c.run(context.Background(), []string{"--help"}, std)
	return fs
}
