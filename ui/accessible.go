package ui

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
)

// ErrInputEnded means the answers stopped before every question had one.
var ErrInputEnded = errors.New("the input ended before every question was answered")

// RunAccessible asks the questions as plain numbered prompts, one line per
// answer, with huh's accessible mode (for screen readers, TERM=dumb, or
// answers piped in line by line), then prints the plain-text report, the
// flags first. It asks what the full-screen quiz asks, in the same order:
// a follow-up only when an earlier answer calls for it, and a question that
// takes any number of options as numbers separated by commas, or 0 for
// none of them.
func RunAccessible(ctx context.Context, o Options) (err error) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(0) // plain text: no escape codes for a screen reader to read out
	theme, _ := huhTheme("base", r)
	// Read through ctx, so ctrl+c ends a wait for a line at a terminal.
	in := &lineReader{r: bufio.NewReader(ctxio.Reader(ctx, o.In))}
	bank := o.Rulebook.Bank()
	answers := quiz.Answers{}
	fmt.Fprintf(o.Out, "jewelquiz: %s. Answer each with its number and press enter. Nothing is saved.\n\n", accessibleIntro(bank))
	for i := 0; ; i++ {
		q, ok := quiz.Next(bank, answers)
		if !ok {
			break
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		// The count of questions this person is asked, as far as the
		// answers so far tell: it grows when an answer calls for a follow-up.
		fmt.Fprintf(o.Out, "Question %d of %d. %s\n", i+1, len(quiz.Asked(bank, answers)), q.Why)
		var value string
		if q.Many() {
			value, err = askMany(ctx, q, in, o.Out)
		} else {
			value, err = askOne(q, in, o.Out, theme)
		}
		if cerr := ctx.Err(); cerr != nil {
			return fmt.Errorf("question %d (%s): %w", i+1, q.ID, cerr)
		}
		if err != nil {
			return fmt.Errorf("question %d (%s): %w", i+1, q.ID, err)
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

// accessibleIntro says how many questions the bank asks, and how many
// follow-ups it may add: "10 questions about your days, work, health and
// style, and up to 2 follow-ups where your answers call for them".
func accessibleIntro(bank []quiz.Question) string {
	always := len(quiz.Asked(bank, quiz.Answers{}))
	s := fmt.Sprintf("%d questions about your days, work, health and style", always)
	switch follow := len(bank) - always; {
	case follow == 1:
		s += ", and one follow-up where an answer calls for it"
	case follow > 1:
		s += fmt.Sprintf(", and up to %d follow-ups where your answers call for them", follow)
	}
	return s
}

// askOne asks a question that takes one option, with huh's accessible
// Select: a number between 1 and the number of options, asked again until
// it is one.
func askOne(q quiz.Question, in *lineReader, out io.Writer, theme *huh.Theme) (string, error) {
	value := q.Options[0].Value
	opts := make([]huh.Option[string], len(q.Options))
	for j, opt := range q.Options {
		opts[j] = huh.NewOption(opt.Label+": "+opt.Description, opt.Value)
	}
	sel := huh.NewSelect[string]().
		Title(q.Title).
		Options(opts...).
		Accessor(&answer{v: &value})
	before := in.lines
	err := runAccessibleForm(huh.NewForm(huh.NewGroup(sel)).WithTheme(theme).WithAccessible(true).WithInput(in).WithOutput(out))
	if err != nil {
		return "", err
	}
	if in.lines == before {
		return "", ErrInputEnded
	}
	return value, nil
}

// askMany asks a question that takes any number of options: the numbers
// of those that apply, separated by commas, or 0 for none of them. An entry
// that is not that says what is wrong and asks again.
func askMany(ctx context.Context, q quiz.Question, in *lineReader, out io.Writer) (string, error) {
	fmt.Fprintln(out, q.Title)
	for i, o := range q.Options {
		fmt.Fprintf(out, "%d. %s: %s\n", i+1, o.Label, o.Description)
	}
	fmt.Fprintln(out, "0. None of these")
	prompt := fmt.Sprintf("Enter the numbers of all that apply, separated by commas (such as 1,%d), or 0 for none of these: ", min(2, len(q.Options)))
	for {
		fmt.Fprint(out, prompt)
		line, err := in.readLine()
		if errors.Is(err, errLineTooLong) {
			fmt.Fprintf(out, "\nInvalid: the entry is too long. Enter numbers between 1 and %d separated by commas, or 0 for none of these.\n", len(q.Options))
			continue
		}
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return "", cerr
			}
			if errors.Is(err, io.EOF) {
				return "", ErrInputEnded
			}
			return "", err
		}
		values, problem := parseMany(line, q)
		if problem == "" {
			fmt.Fprintln(out)
			return quiz.JoinValues(q, values), nil
		}
		fmt.Fprintf(out, "\nInvalid: %s. Enter numbers between 1 and %d separated by commas, or 0 for none of these.\n", problem, len(q.Options))
	}
}

// parseMany reads an answer to a many question: numbers of options
// separated by commas (spaces are allowed too), each at most once, or a
// lone 0 for none of them. It returns the values chosen, or what is wrong.
func parseMany(line string, q quiz.Question) ([]string, string) {
	fields := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if len(fields) == 0 {
		return nil, "nothing was entered"
	}
	if len(fields) == 1 && fields[0] == "0" {
		return []string{}, ""
	}
	chosen := make([]bool, len(q.Options))
	for _, f := range fields {
		n, err := strconv.Atoi(f)
		switch {
		case err != nil:
			return nil, fmt.Sprintf("%s is not a number", quiz.Quote(f))
		case n == 0:
			return nil, "0 means none of these, so it goes on its own"
		case n < 0 || n > len(q.Options):
			return nil, fmt.Sprintf("there is no option %d", n)
		case chosen[n-1]:
			return nil, fmt.Sprintf("%d is given twice", n)
		}
		chosen[n-1] = true
	}
	var values []string
	for i, c := range chosen {
		if c {
			values = append(values, q.Options[i].Value)
		}
	}
	return values, ""
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

// readLine reads the next line, without its line ending. A last line
// without a newline counts; io.EOF means there was no line left. A line
// longer than maxLine is read to its end and refused with errLineTooLong.
func (l *lineReader) readLine() (string, error) {
	var b strings.Builder
	buf := make([]byte, 256)
	long := false
	for {
		n, err := l.Read(buf)
		if !long {
			b.Write(buf[:n])
		}
		if n > 0 && buf[n-1] == '\n' {
			break
		}
		if err != nil {
			if (b.Len() > 0 || long) && errors.Is(err, io.EOF) {
				break
			}
			return "", err
		}
		if b.Len() > maxLine {
			long = true
			b.Reset()
		}
	}
	if long {
		return "", errLineTooLong
	}
	return strings.TrimRight(b.String(), "\r\n"), nil
}

// maxLine bounds an answer line: a real one is a few characters.
const maxLine = 4096

// errLineTooLong is a line longer than maxLine.
var errLineTooLong = errors.New("the answer is too long")

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
