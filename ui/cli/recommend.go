package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
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
		f, err := ctxio.Open(ctx, *answers)
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

	width, styles := report.Width(std.Out), report.StylesFor(std.Out)
	styles.Lang = lang
	est := st.EstimatorIn(lang.String())
	codec := answercode.New(rb.Bank())
	var warning, sep string // the same under every text report, and between two
	if *format == "text" {
		warning = codeHolds(styles, width)
		sep = "\n" + strings.Repeat("─", min(width, 40)) + "\n\n"
	}
	// answer appends one answer set's output to dst: the JSON line, or the
	// text report with its answer code (without the separator, which
	// depends on what came before).
	answer := func(dst []byte, a quiz.Answers) ([]byte, error) {
		rec, err := rb.Recommend(a)
		if err != nil {
			return dst, fmt.Errorf("recommend: %w", err)
		}
		code, err := codec.Encode(a)
		if err != nil {
			return dst, fmt.Errorf("recommend: %w", err)
		}
		if *format == "json" {
			// The recommendation, then "estimates" and "code" as its
			// last keys, encoded once into one buffer.
			dst = rec.AppendJSON(dst)
			dst = append(dst[:len(dst)-1], `,"estimates":`...)
			if dst, err = appendEstimates(dst, rec, st, lang); err != nil {
				return dst, fmt.Errorf("recommend: %w", err)
			}
			dst = append(dst, `,"code":`...)
			return append(rules.AppendJSONString(dst, code), "}\n"...), nil
		}
		dst = append(dst, report.RenderWith(rec, styles, width, est)...)
		dst = append(append(dst, "\n\n"...), codeHead(code, styles)...)
		dst = append(append(dst, '\n'), warning...)
		return append(dst, '\n'), nil
	}

	good, bad := 0, 0
	var pending error // the last problem, printed once we know it is not the only output
	flush := func() {
		if pending != nil {
			out.Flush() // the output so far comes before the problem
			fmt.Fprintf(std.Err, "jewelquiz: %v\n", pending)
			pending = nil
		}
	}
	// write puts a checked batch's output in order, and the problems
	// between, on standard output and error; it returns a failure that
	// ends the command.
	write := func(b *batch) error {
		if b.fatal != nil {
			return b.fatal
		}
		from := 0
		for _, it := range b.items {
			flush()
			if it.err != nil {
				bad++
				pending = fmt.Errorf("answers (%s) %w", name, it.err)
				continue
			}
			if good > 0 {
				out.WriteString(sep)
			}
			if _, err := out.Write(b.out[from:it.end]); err != nil {
				return fmt.Errorf("recommend: writing output: %w", err)
			}
			from = it.end
			good++
		}
		if b.flush && out.Buffered() > 0 {
			// The input may wait now: a failure must end the call, not
			// wait with it for the next write.
			if err := out.Flush(); err != nil {
				return fmt.Errorf("recommend: writing output: %w", err)
			}
		}
		return nil
	}
	// What a batch allocates is garbage at once, and little stays live:
	// collecting less often costs a few megabytes more at most, and saves
	// a good part of the time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	p := newPipeline(runtime.GOMAXPROCS(0), rb.Bank(), answer, write)
	in = bufio.NewReaderSize(beforeRead{r: ctxio.Reader(ctx, in), p: p}, 64<<10)
	stream := quiz.NewStream(in, rb.Bank())
	var stop error // why reading stopped early
	for stop == nil && !p.stopped() {
		if err := ctx.Err(); err != nil {
			stop = err
			break
		}
		raw, line, err := stream.NextRaw()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			stop = err // interrupted while waiting for input
			break
		}
		p.add(raw, line, err)
		if err != nil {
			break // malformed JSON, an oversized set or a failed read: nothing after it can be read reliably
		}
	}
	if err := p.close(); err != nil {
		return err
	}
	if stop != nil {
		return stop
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

// beforeRead flushes p before each read of r, which may wait for input,
// and reads no more once p has stopped: the output has failed, and a live
// stream need not be waited for.
type beforeRead struct {
	r io.Reader
	p *pipeline
}

func (b beforeRead) Read(buf []byte) (int, error) {
	b.p.flush()
	if b.p.stopped() {
		return 0, io.EOF
	}
	return b.r.Read(buf)
}
