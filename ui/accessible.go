package ui

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
)

// ErrInputEnded means the answers stopped before every question had one.
var ErrInputEnded = errors.New("the input ended before every question was answered")

// RunAccessible asks the questions as plain numbered prompts, one line per
// answer, with huh's accessible mode (for screen readers, TERM=dumb, or
// answers piped in line by line), then prints the plain-text report.
func RunAccessible(ctx context.Context, o Options) (err error) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(0) // plain text: no escape codes for a screen reader to read out
	theme, _ := huhTheme("base", r)
	// Read through ctx, so ctrl+c ends a wait for a line at a terminal.
	in := &lineReader{r: bufio.NewReader(ctxio.Reader(ctx, o.In))}
	bank := o.Rulebook.Bank()
	answers := quiz.Answers{}
	fmt.Fprintf(o.Out, "jewelquiz: %d questions about your days, work, skin and style. Answer each with its number and press enter. Nothing is saved.\n\n", len(bank))
	for i, q := range bank {
		if err := ctx.Err(); err != nil {
			return err
		}
		value := q.Options[0].Value
		opts := make([]huh.Option[string], len(q.Options))
		for j, opt := range q.Options {
			opts[j] = huh.NewOption(opt.Label+": "+opt.Description, opt.Value)
		}
		sel := huh.NewSelect[string]().
			Title(q.Title).
			Options(opts...).
			Accessor(&answer{v: &value})
		fmt.Fprintf(o.Out, "Question %d of %d. %s\n", i+1, len(bank), q.Why)
		before := in.lines
		err := runAccessibleForm(huh.NewForm(huh.NewGroup(sel)).WithTheme(theme).WithAccessible(true).WithInput(in).WithOutput(o.Out))
		if cerr := ctx.Err(); cerr != nil {
			return fmt.Errorf("question %d (%s): %w", i+1, q.ID, cerr)
		}
		if err != nil {
			return fmt.Errorf("question %d (%s): %w", i+1, q.ID, err)
		}
		if in.lines == before {
			return fmt.Errorf("question %d (%s): %w", i+1, q.ID, ErrInputEnded)
		}
		answers[q.ID] = value
	}
	rec, err := o.Rulebook.Recommend(answers)
	if err != nil {
		return fmt.Errorf("scoring the answers: %w", err)
	}
	_, err = fmt.Fprintln(o.Out, PlainText(rec, o.Rulebook, 80))
	return err
}

// answer holds a question's answer for huh. It is not huh's pointer
// accessor on purpose: with that, huh treats the first option as a default,
// and an empty line silently answers 1, shifting every later answer.
type answer struct{ v *string }

func (a *answer) Get() string  { return *a.v }
func (a *answer) Set(v string) { *a.v = v }

// runAccessibleForm runs an accessible form, turning the panic huh raises
// when the input ends after an invalid answer into ErrInputEnded.
func runAccessibleForm(f *huh.Form) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ErrInputEnded
		}
	}()
	return f.Run()
}

// lineReader hands out at most one line per Read. huh's accessible prompts
// make a new bufio.Scanner for each question, which would otherwise swallow
// the answers to later questions when they are piped in all at once.
type lineReader struct {
	r     *bufio.Reader
	lines int // lines (or a final unterminated line) handed out so far
}

func (l *lineReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n := 0
	for n < len(p) {
		b, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				l.lines++
				return n, nil
			}
			return 0, err
		}
		p[n] = b
		n++
		if b == '\n' {
			l.lines++
			return n, nil
		}
	}
	return n, nil
}
