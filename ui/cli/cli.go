// Package cli holds jewelquiz's headless commands: recommend, questions and
// rules. Each takes its arguments and its standard streams, so tests can run
// it without a terminal.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// IO is the standard streams a command reads and writes.
type IO struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer

	seen **flag.FlagSet // where newFlags records the flag set it made, if set
}

// InputError marks a problem with what the user gave us (flags, answers, a
// rulebook): the program exits with status 2.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }

// Unwrap returns the underlying problem.
func (e *InputError) Unwrap() error { return e.Err }

// ErrInterrupted ends a quiz the person left with ctrl+c before any
// results. main gives it exit status 130, as it gives context.Canceled,
// which a command stopped by SIGINT, SIGTERM or SIGHUP ends with.
var ErrInterrupted = errors.New("interrupted")

// ErrHelp is returned after help was printed on request.
var ErrHelp = flag.ErrHelp

func inputf(format string, args ...any) error {
	return &InputError{Err: fmt.Errorf(format, args...)}
}

// newFlags makes a flag set for the command called name that returns
// errors and prints its help on standard output, as the command table
// has it.
func newFlags(name string, std IO) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(std.Out)
	c := lookup(name)
	if c == nil {
		c = &Command{Name: name, Usage: name, Summary: name}
	}
	fs.Usage = func() { writeHelp(std.Out, c, fs) }
	if std.seen != nil {
		*std.seen = fs
	}
	return fs
}

// parse parses flags. For -h or --help it prints the command's help and
// returns ErrHelp. A flag problem becomes one line, an InputError naming
// the flag closest to an unknown one and where help is; the flag
// package's own message would quote a bad flag whole, however long, and
// print the whole usage.
func parse(fs *flag.FlagSet, args []string) error {
	usage := fs.Usage
	fs.Usage = func() {}
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	if err == nil {
		return nil
	}
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return ErrHelp
	}
	name, prefix := "jewelquiz", ""
	if fs.Name() != name {
		name, prefix = "jewelquiz "+fs.Name(), fs.Name()+": "
	}
	msg := err.Error()
	if bad, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		var known []string
		fs.VisitAll(func(f *flag.Flag) { known = append(known, "--"+f.Name) })
		msg = "unknown flag --" + bad + didYouMean("--"+bad, known)
	}
	msg = fmt.Sprintf("%s%s; see %s --help", prefix, shortenArgs(msg, args), name)
	return &InputError{Err: errors.New(msg)}
}

// shortenArgs cuts every argument longer than quiz.QuoteLimit characters
// where it appears in msg, whole or as a flag's name or value.
func shortenArgs(msg string, args []string) string {
	var long []string
	for _, a := range args {
		name, value, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		for _, s := range []string{a, strings.TrimLeft(a, "-"), name, value} {
			if utf8.RuneCountInString(s) > quiz.QuoteLimit {
				long = append(long, s)
			}
		}
	}
	sort.Slice(long, func(i, j int) bool { return len(long[i]) > len(long[j]) })
	for _, s := range long {
		// The flag package quotes a bad value with %q: replace that form
		// first, then any bare one.
		msg = strings.ReplaceAll(msg, strconv.Quote(s), quiz.Quote(s))
		msg = strings.ReplaceAll(msg, s, quiz.Cut(s, quiz.QuoteLimit))
	}
	return msg
}

// LoadRulebook loads the rulebook at path, or the embedded one when path is
// empty. "-" reads it from in (nil when standard input is taken by
// something else). Waiting for the rulebook ends when ctx does.
func LoadRulebook(ctx context.Context, path string, in io.Reader) (*rules.Rulebook, error) {
	if path == "" {
		rb, err := rules.Default()
		if err != nil {
			return nil, fmt.Errorf("the embedded rulebook is broken: %w", err)
		}
		return rb, nil
	}
	data, name, err := readSource(ctx, path, in)
	if errors.Is(err, context.Canceled) {
		return nil, err
	}
	if err != nil {
		return nil, &InputError{Err: fmt.Errorf("rulebook %s: %w", name, err)}
	}
	rb, err := rules.Load(name, data)
	if err != nil {
		return nil, &InputError{Err: err}
	}
	if path != "-" {
		if err := attachTranslations(ctx, rb, path); err != nil {
			return nil, err
		}
	}
	return rb, nil
}
