package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// consultTime is how the staff commands show when a consultation was saved.
const consultTime = "2006-01-02 15:04"

// Show runs `jewelquiz show CODE`: one saved consultation, or the results
// an answer code holds (see showCode), as text, JSON or Markdown.
func Show(ctx context.Context, args []string, std IO) error {
	flags := newFlags("show", std)
	format := flags.String("format", "text", "output format: text, json or markdown")
	dir := flags.String("data-dir", consult.DefaultDir(), "where consultations are kept (an answer code needs none)")
	rulesPath := flags.String("rules", "", "use this rulebook's questions (and, for an answer code, its rules) instead of the embedded one's")
	studioPath := flags.String("studio", "", "the studio file whose retention applies (default: the one the quiz reads, if there)")
	langName := langFlag(flags)
	pos, err := parseInterspersed(flags, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return inputf("show: give a saved consultation's code or an answer code, such as: jewelquiz show K7MX-4P or jewelquiz show %s", exampleCode)
	case len(pos) > 1:
		return inputf("show: unexpected argument %s (give one code)", quiz.Quote(pos[1]))
	}
	if *format != "text" && *format != "json" && *format != "markdown" {
		return inputf("show: unknown format %s (use text, json or markdown)", quiz.Quote(*format))
	}
	lang, err := chooseLang("show", *langName)
	if err != nil {
		return err
	}
	rb, err := LoadRulebook(ctx, *rulesPath, std.In)
	if err != nil {
		return err
	}
	codec := answercode.New(rb.Bank())
	code, err := consult.ParseCode(pos[0])
	switch {
	case codec.Looks(pos[0]) || err != nil && isLong(pos[0]):
		return showCode(rb, lang, codec, pos[0], *format, std)
	case err != nil:
		return &InputError{Err: fmt.Errorf("show: %w", err)}
	}
	s, err := openRetained(*dir, *studioPath, rb, std.Err)
	if err != nil {
		return fmt.Errorf("show: %w", err)
	}
	if s == nil {
		return inputf("no consultation %s in %s", code, *dir)
	}
	r, err := s.Load(code)
	var corrupt *consult.CorruptError
	switch {
	case errors.Is(err, consult.ErrNotFound):
		return inputf("no consultation %s in %s", code, *dir)
	case errors.As(err, &corrupt):
		return &InputError{Err: corrupt}
	case err != nil:
		return fmt.Errorf("show: %w", err)
	}
	// The words the client saw were saved with the consultation; the
	// answers are worded by the rulebook in the language asked for.
	return writeRecord(std.Out, r, speaking(rb, lang).Bank(), lang, *format)
}

// writeRecord writes a consultation, or the results an answer code holds
// (a record with no time), in format, with lang's words and bank's.
func writeRecord(w io.Writer, r consult.Record, bank []quiz.Question, lang locale.Lang, format string) error {
	var out string
	switch format {
	case "json":
		data, err := consult.JSON(r, bank)
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		out = string(data)
	case "markdown":
		out = consultWords(lang).Markdown(r, bank)
	default:
		out = showText(r, bank, locale.For(lang))
	}
	_, err := fmt.Fprint(w, out)
	return err
}

// showText is a consultation as text for the desk, in the order the desk
// needs it: who and when (an answer code's results are headed by the code
// alone), the rulebook's version, the flags and the allergy answer, the
// answers worded by bank (see writeAnswers), then the report the client
// saw.
func showText(r consult.Record, bank []quiz.Question, tr *locale.Printer) string {
	var b strings.Builder
	l := newLabels(tr, "cli.show.saved", "cli.show.name", "cli.show.rulebook", "cli.show.flags", "cli.show.allergy")
	if r.Created.IsZero() {
		fmt.Fprintln(&b, tr.F("cli.show.answer_code", "Code", r.Code))
	} else {
		fmt.Fprintln(&b, tr.F("cli.show.consultation", "Code", r.Code))
		l.line(&b, "cli.show.saved", r.Created.Local().Format(consultTime))
	}
	if r.Name != "" {
		l.line(&b, "cli.show.name", oneLine(r.Name))
	}
	l.line(&b, "cli.show.rulebook", oneLine(r.RulebookVersion))
	writeDeskHead(&b, r, bank, l)
	writeAnswers(&b, r, bank, tr)
	writeReport(&b, r)
	return b.String()
}

// labels are the labels of showText's lines in one language, padded to
// one width so that the values line up.
type labels struct {
	tr    *locale.Printer
	width int
}

// newLabels measures the labels with the given ids.
func newLabels(tr *locale.Printer, ids ...string) labels {
	l := labels{tr: tr}
	for _, id := range ids {
		l.width = max(l.width, ansi.StringWidth(tr.T(id)))
	}
	return l
}

// line writes a label's line: the label, padded, then the value.
func (l labels) line(b *strings.Builder, id, value string) {
	label := l.tr.T(id)
	fmt.Fprintf(b, "%s%s%s\n", label, strings.Repeat(" ", l.width+2-ansi.StringWidth(label)), value)
}

// writeReport writes the report the client saw, after a blank line.
func writeReport(b *strings.Builder, r consult.Record) {
	if report := strings.TrimRight(printable(r.Report), "\n "); report != "" {
		fmt.Fprintf(b, "\n%s\n", report)
	}
}

// writeAnswers writes the answers under a heading, worded by bank: a
// follow-up that was not asked has no line, and a many answer lists its
// options' labels or says "none of these".
func writeAnswers(b *strings.Builder, r consult.Record, bank []quiz.Question, tr *locale.Printer) {
	b.WriteString("\n" + tr.T("cli.show.answers") + "\n")
	words := consult.English
	words.NoneOfThese = tr.T("cli.answers.none_of_these")
	w := 0
	for _, q := range bank {
		w = max(w, ansi.StringWidth(q.Short))
	}
	for _, q := range bank {
		v, ok := r.Answers[q.ID]
		if !ok {
			continue
		}
		fmt.Fprintf(b, "  %s%s  %s\n", q.Short, strings.Repeat(" ", w-ansi.StringWidth(q.Short)), oneLine(words.AnswerText(q, v)))
	}
	for _, id := range r.Answers.Unknown(bank) {
		fmt.Fprintf(b, "  %s: %s\n", oneLine(id), oneLine(r.Answers[id]))
	}
}

// List runs `jewelquiz list`: the saved consultations, newest first, as a
// table for the desk with each one's allergy answer and flags. Files that
// cannot be read are reported and skipped.
func List(ctx context.Context, args []string, std IO) error {
	flags := newFlags("list", std)
	sinceFlag := flags.String("since", "", "only consultations saved within this long, such as 7d, 36h or 30m")
	dir := flags.String("data-dir", consult.DefaultDir(), "where consultations are kept")
	studioPath := flags.String("studio", "", "the studio file whose retention applies (default: the one the quiz reads, if there)")
	rulesPath := flags.String("rules", "", "the rulebook the studio file is checked against (default: the embedded one)")
	if err := parse(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return inputf("list: unexpected argument %s", quiz.Quote(flags.Arg(0)))
	}
	var since time.Time
	none := "No consultations in " + *dir + "."
	if *sinceFlag != "" {
		age, err := parseAge(*sinceFlag)
		if err != nil {
			return &InputError{Err: fmt.Errorf("list: --since: %w", err)}
		}
		since = time.Now().Add(-age)
		none = fmt.Sprintf("No consultations since %s (%s) in %s.", since.Format(consultTime), *sinceFlag, *dir)
	}
	rb, err := LoadRulebook(ctx, *rulesPath, std.In)
	if err != nil {
		return err
	}
	s, err := openRetained(*dir, *studioPath, rb, std.Err)
	if err != nil {
		return fmt.Errorf("list: %w", err)
	}
	if s == nil {
		_, err := fmt.Fprintln(std.Out, none)
		return err
	}
	recs, errs := s.List(since)
	var pe *fs.PathError
	if len(recs) == 0 && len(errs) == 1 && errors.As(errs[0], &pe) && pe.Path == *dir {
		return fmt.Errorf("list: %w", errs[0]) // the directory itself cannot be read
	}
	for _, err := range errs {
		fmt.Fprintf(std.Err, "jewelquiz: skipped %s\n", fileProblem(err))
	}
	if len(recs) == 0 {
		fmt.Fprintln(std.Out, none)
	} else {
		rows := make([][]string, len(recs))
		for i, r := range recs {
			rows[i] = deskRow(r)
		}
		if _, err := fmt.Fprint(std.Out, deskTable(rows, deskWidth)); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		return inputf("list: %d file(s) could not be read (see above)", len(errs))
	}
	return nil
}

// Purge runs `jewelquiz purge --older-than AGE`: it removes the
// consultations saved longer ago than that.
func Purge(ctx context.Context, args []string, std IO) error {
	// Caught, a signal cannot end the command midway through a
	// deletion: the deletion finishes first (see ctxio.Watch).
	ctxio.Watch(ctx)
	flags := newFlags("purge", std)
	olderThan := flags.String("older-than", "", "remove consultations saved longer ago than this, such as 30d (required)")
	dir := flags.String("data-dir", consult.DefaultDir(), "where consultations are kept")
	if err := parse(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return inputf("purge: unexpected argument %s", quiz.Quote(flags.Arg(0)))
	}
	if *olderThan == "" {
		return inputf("purge: say which consultations to remove with --older-than, such as: jewelquiz purge --older-than 30d")
	}
	age, err := parseAge(*olderThan)
	if err != nil {
		return &InputError{Err: fmt.Errorf("purge: --older-than: %w", err)}
	}
	s, err := openExisting(*dir, nil)
	if err != nil {
		return err
	}
	n := 0
	if s != nil {
		n, err = s.Purge(time.Now().Add(-age))
	}
	fmt.Fprintf(std.Out, "Removed %d consultation(s) older than %s from %s.\n", n, *olderThan, *dir)
	if err == nil {
		return nil
	}
	errs, rest := splitCorrupt(err)
	if len(rest) > 0 {
		return fmt.Errorf("purge: %w", err)
	}
	for _, e := range errs {
		fmt.Fprintf(std.Err, "jewelquiz: kept %s\n", fileProblem(e))
	}
	return inputf("purge: %d file(s) could not be read and were kept (see above)", len(errs))
}

// openRetained opens the consultations in dir as openExisting does, and
// deletes those older than the retention of the studio file at
// studioPath (the default one when "") before they are read, saying how
// many on w. A studio file with mistakes is an InputError.
func openRetained(dir, studioPath string, rb *rules.Rulebook, w io.Writer) (*consult.Store, error) {
	st, err := loadStudio(studioPath, rb)
	if err != nil {
		return nil, err
	}
	s, err := openExisting(dir, rb.Bank())
	if err != nil || s == nil {
		return nil, err
	}
	if err := enforceRetention(s, st.RetentionOr(), w); err != nil {
		return nil, err
	}
	return s, nil
}

// openExisting opens the consultations in dir without creating it, for
// reading only: it returns nil when dir does not exist. bank, when not nil,
// puts the values of a many answer in its option order.
func openExisting(dir string, bank []quiz.Question) (*consult.Store, error) {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("consultations directory: %w", err)
	case !fi.IsDir():
		return nil, inputf("consultations directory %s: not a directory", dir)
	}
	return consult.Open(dir, bank) // only read from: nothing is saved
}

// fileProblem is "FILE: what is wrong" for an error about one file.
func fileProblem(err error) string {
	var corrupt *consult.CorruptError
	if errors.As(err, &corrupt) {
		return fmt.Sprintf("%s: %v", corrupt.File, corrupt.Err)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s: %v", pe.Path, pe.Err)
	}
	return err.Error()
}

// parseAge parses a length of time given as a Go duration ("36h", "30m"),
// a number of days ("7d"), or days then a duration ("1d12h").
func parseAge(s string) (time.Duration, error) {
	const day = 24 * time.Hour
	bad := fmt.Errorf("%s is not a length of time: use days, hours or minutes, such as 7d, 36h or 30m", quiz.Quote(s))
	t := strings.TrimSpace(s)
	var d time.Duration
	if days, rest, ok := strings.Cut(t, "d"); ok {
		n, err := strconv.ParseUint(days, 10, 32)
		if err != nil {
			return 0, bad
		}
		if n > math.MaxInt64/uint64(day) {
			return 0, fmt.Errorf("%s is too long", quiz.Quote(s))
		}
		d, t = time.Duration(n)*day, rest
		if t == "" {
			t = "0s"
		}
	}
	x, err := time.ParseDuration(t)
	if err != nil || x < 0 {
		return 0, bad
	}
	if x > math.MaxInt64-d {
		return 0, fmt.Errorf("%s is too long", quiz.Quote(s))
	}
	if d += x; d <= 0 {
		return 0, fmt.Errorf("%s: the length of time must be more than zero", quiz.Quote(s))
	}
	return d, nil
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("show K7MX-4P --format json"), and returns the
// positional arguments.
func parseInterspersed(flags *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(flags, args); err != nil {
			return nil, err
		}
		rest := flags.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil // after "--" nothing is a flag
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// printable drops control and format characters (such as bidi overrides
// and zero-width spaces) other than newlines and tabs, so a stored text
// cannot play tricks on the terminal or break a table's columns.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || !unicode.In(r, unicode.Cc, unicode.Cf) {
			return r
		}
		return -1
	}, s)
}

// oneLine is printable text on one line, for a table cell or a header.
func oneLine(s string) string {
	return strings.Join(strings.Fields(printable(s)), " ")
}
