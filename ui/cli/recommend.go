package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// exampleAnswers is a complete answer set for the built-in rulebook: a
// follow-up (sport, asked because lifestyle is active) and a many question
// (health) answered with a list.
const exampleAnswers = `{"lifestyle":"active","sport":"water","dress_code":"none","machinery":"never","allergy":"nickel","health":["slow-healing"],"age":"18-plus","sleep":"back","removal":"never","style":"subtle","needles":"avoid"}`

// answersHelp says how an answer set is written, for recommend --help
// (see commands).
const answersHelp = `
An answer set is one JSON object: each question's id and the value chosen
(see jewelquiz questions). A question that takes any number of options,
such as health, takes a list of values, [] for none of them. A follow-up,
such as sport, is given exactly when it is asked (sport only when lifestyle
is active; machine_kind only when machinery is sometimes or daily).
Several answer sets may follow one another, one per line. For example:
  echo '` + exampleAnswers + `' | jewelquiz recommend --answers -
`

// Recommend runs `jewelquiz recommend`: it reads answer sets (one JSON object,
// or JSON Lines) and writes a recommendation for each, streaming, with the
// answer code that brings it to the studio.
func Recommend(ctx context.Context, args []string, std IO) error {
	fs := newFlags("recommend", std)
	answers := fs.String("answers", "", "answers as a JSON object or JSON Lines; - reads standard input")
	format := fs.String("format", "text", "output format: text or json")
	rulesPath := fs.String("rules", "", "use this rulebook instead of the embedded one")
	studioPath := fs.String("studio", "", "estimate prices from this studio file's prices (none unless given)")
	langName := langFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("recommend: unexpected argument %s (give the answers file with --answers)", quiz.Quote(fs.Arg(0)))
	}
	if *format != "text" && *format != "json" {
		return inputf("recommend: unknown format %s (use text or json)", quiz.Quote(*format))
	}
	if *answers == "" {
		return inputf("recommend: give the answers with --answers FILE, or --answers - to read standard input, for example:\n  echo '%s' | jewelquiz recommend --answers -", exampleAnswers)
	}
	lang, err := chooseLang("recommend", *langName)
	if err != nil {
		return err
	}
	if *answers == "-" && *rulesPath == "-" {
		return inputf("recommend: the answers and the rulebook cannot both come from standard input")
	}
	rulesIn := std.In
	if *answers == "-" {
		rulesIn = nil
	}
	rb, err := LoadRulebook(ctx, *rulesPath, rulesIn)
	if err != nil {
		return err
	}
	rb = speaking(rb, lang) // the same ids, values and scores in every language
	// Only a studio file given: a batch's output does not change with the
	// machine it runs on.
	var st studio.Studio
	if *studioPath != "" {
		if st, err = loadStudio(*studioPath, rb); err != nil {
			return err
		}
	}
	in := std.In
	name := "standard input"
	if *answers != "-" {
		f, err := ctxio.Open(*answers)
		if err != nil {
			return &InputError{Err: fmt.Errorf("answers: %w", err)}
		}
		defer f.Close()
		in, name = f, *answers
	} else if report.IsTerminal(std.In) {
		fmt.Fprintln(std.Err, "Type or paste the answers as JSON, then press ctrl+d. For example:\n  "+exampleAnswers)
	}
	// Output is buffered and written out before each read of the input
	// that might wait: a file or a long batch is written in large pieces,
	// while a live stream still answers each line as it comes.
	out := bufio.NewWriterSize(std.Out, 64<<10)
	defer out.Flush()
	in = bufio.NewReaderSize(flushBeforeRead{r: ctxio.Reader(ctx, in), w: out}, 64<<10)

	width, styles := report.Width(std.Out), report.StylesFor(std.Out)
	styles.Lang = lang
	sep := "\n" + strings.Repeat("─", min(width, 40)) + "\n\n"

	stream := quiz.NewStream(in, rb.Bank())
	codec := answercode.New(rb.Bank())
	good, bad := 0, 0
	var pending error // the last problem, printed once we know it is not the only output
	flush := func() {
		if pending != nil {
			out.Flush() // the output so far comes before the problem
			fmt.Fprintf(std.Err, "jewelquiz: %v\n", pending)
			pending = nil
		}
	}
	var buf []byte // one line of output, reused
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, _, err := stream.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return err // interrupted while waiting for input
		}
		flush()
		if err != nil {
			bad++
			pending = fmt.Errorf("answers (%s) %w", name, err)
			var le *quiz.LineError
			var se *quiz.SyntaxError
			var tl *quiz.TooLargeError
			if !errors.As(err, &le) || errors.As(err, &se) || errors.As(err, &tl) {
				break // malformed JSON or an oversized set: nothing after it can be read reliably
			}
			continue
		}
		rec, err := rb.Recommend(a)
		if err != nil {
			return fmt.Errorf("recommend: %w", err)
		}
		code, err := codec.Encode(a)
		if err != nil {
			return fmt.Errorf("recommend: %w", err)
		}
		if *format == "json" {
			// The recommendation, then "estimates" and "code" as its
			// last keys, encoded once into one buffer.
			buf = rec.AppendJSON(buf[:0])
			buf = append(buf[:len(buf)-1], `,"estimates":`...)
			if buf, err = appendEstimates(buf, rec, st, lang); err != nil {
				return fmt.Errorf("recommend: %w", err)
			}
			buf = append(buf, `,"code":`...)
			buf = append(rules.AppendJSONString(buf, code), "}\n"...)
		} else {
			buf = buf[:0]
			if good > 0 {
				buf = append(buf, sep...)
			}
			buf = append(buf, report.RenderWith(rec, styles, width, st.EstimatorIn(lang.String()))...)
			buf = append(append(buf, "\n\n"...), codeNote(code, styles, width)...)
			buf = append(buf, '\n')
		}
		if _, err := out.Write(buf); err != nil {
			return fmt.Errorf("recommend: writing output: %w", err)
		}
		good++
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("recommend: writing output: %w", err)
	}
	switch {
	case good == 0 && bad == 1:
		return &InputError{Err: pending}
	case good == 0 && bad == 0:
		return inputf("answers (%s): no answers given; expected a JSON object such as\n  %s", name, exampleAnswers)
	case bad > 0:
		flush()
		return &InputError{Err: fmt.Errorf("answers (%s): %d answer set(s) had problems (see above); %d answered", name, bad, good)}
	}
	return nil
}

// flushBeforeRead flushes w before each read of r, which may wait for
// input. A failed flush is left in w, which returns it on the next write
// or flush.
type flushBeforeRead struct {
	r io.Reader
	w *bufio.Writer
}

func (f flushBeforeRead) Read(p []byte) (int, error) {
	if f.w.Buffered() > 0 {
		f.w.Flush()
	}
	return f.r.Read(p)
}
