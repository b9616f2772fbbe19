package ui

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
	"golang.org/x/text/unicode/norm"
)

// ErrInputEnded means the answers stopped before every question had one.
var ErrInputEnded = errors.New("the input ended before every question was answered")

// RunAccessible asks the questions as plain numbered prompts, one line per
// answer (for screen readers, TERM=dumb, or answers piped in line by line),
// then prints the plain-text report, the flags first and the scores in
// words. It asks what the full-screen quiz asks, in the same order: a
// follow-up only when an earlier answer calls for it.
//
// Each question is read before the reason it is asked. An answer is an
// option's number or its name; a question that takes any number of
// options takes numbers or names separated by commas, or 0 for none of
// them; in the language of o.Config.Lang (the rulebook's words too, from
// o.Rulebook.In), where an option's name may be typed without its
// accents. "b" goes back one question. After the report, a question's number
// asks that question again (and any follow-up the new answer brings in)
// and prints the report again; an empty line, or the end of the input,
// finishes.
func RunAccessible(ctx context.Context, o Options) error {
	tr := locale.For(o.Config.Lang)
	rb := o.Rulebook.In(string(tr.Lang()))
	s := &accessible{
		ctx:  ctx,
		tr:   tr,
		rb:   rb,
		bank: rb.Bank(),
		// Read through ctx, so ctrl+c ends a wait for a line at a terminal.
		in:      &lineReader{r: bufio.NewReader(ctxio.Reader(ctx, o.In))},
		out:     o.Out,
		answers: quiz.Answers{},
	}
	fmt.Fprintf(o.Out, "%s\n\n", tr.F("acc.intro", "Intro", accessibleIntro(tr, s.bank)))
	if _, err := s.walk(""); err != nil {
		return err
	}
	for {
		rec, err := s.rb.Recommend(s.answers)
		if err != nil {
			return fmt.Errorf("scoring the answers: %w", err)
		}
		if _, err := fmt.Fprintln(s.out, accessibleReport(s.tr, rec, s.rb, s.answers, 80)); err != nil {
			return err
		}
		q, ok, err := s.askChange()
		if err != nil || !ok {
			return err
		}
		before := s.answers.Clone()
		delete(s.answers, q.ID) // asked again; its follow-ups stay until the new answer is known
		kept, err := s.walk(q.ID)
		if err != nil {
			return err
		}
		if kept {
			s.answers = before
			fmt.Fprintln(s.out, s.tr.T("acc.as-were"))
			fmt.Fprintln(s.out)
		}
	}
}

// accessible is one run of accessible mode.
type accessible struct {
	ctx     context.Context
	tr      *locale.Printer
	rb      *rules.Rulebook
	bank    []quiz.Question
	in      *lineReader
	out     io.Writer
	answers quiz.Answers
}

// walk asks every question that is asked and not answered yet, in order,
// until none is left. "b" goes back to the previous question it asked,
// dropping that answer and any follow-up no longer asked. When changing
// an answer from the results, changing is that question's id: "b" there
// returns kept, and the caller puts the answers back as they were;
// otherwise "b" at the first question says there is nothing to go back to.
func (s *accessible) walk(changing string) (kept bool, err error) {
	var history []string // ids of the questions answered in this walk, in order
	for {
		q, ok := quiz.Next(s.bank, s.answers)
		if !ok {
			return false, nil
		}
		if err := s.ctx.Err(); err != nil {
			return false, err
		}
		asked := quiz.Asked(s.bank, s.answers)
		n := slices.IndexFunc(asked, func(x quiz.Question) bool { return x.ID == q.ID }) + 1
		value, back, err := s.ask(q, n, len(asked))
		if cerr := s.ctx.Err(); cerr != nil {
			err = cerr
		}
		if err != nil {
			return false, fmt.Errorf("question %d (%s): %w", n, q.ID, err)
		}
		if !back {
			s.answers[q.ID] = value
			s.answers = quiz.Prune(s.bank, s.answers)
			history = append(history, q.ID)
			continue
		}
		if len(history) == 0 {
			if changing != "" {
				return true, nil
			}
			fmt.Fprintf(s.out, "%s\n\n", s.tr.T("acc.first"))
			continue
		}
		prev := history[len(history)-1]
		history = history[:len(history)-1]
		pq, _ := quiz.Find(s.bank, prev)
		fmt.Fprintf(s.out, "%s\n\n", s.tr.F("acc.going-back", "Answer", labelOf(s.tr, pq, s.answers[prev])))
		delete(s.answers, prev)
		s.answers = quiz.Prune(s.bank, s.answers)
	}
}

// ask reads question q, number n of total, then why it is asked, then its
// options, and reads an answer: an option's number or name (for a many
// question, any number of them separated by commas, or 0 for none), or "b"
// to go back. An entry that is none of these says what is wrong and asks
// again; the input ending is ErrInputEnded.
func (s *accessible) ask(q quiz.Question, n, total int) (value string, back bool, err error) {
	tr := s.tr
	fmt.Fprintf(s.out, "%s\n%s\n%s\n", tr.F("acc.question", "N", n, "Total", total), strings.TrimSpace(q.Title), q.Why)
	for i, o := range q.Options {
		fmt.Fprintf(s.out, "%d. %s: %s\n", i+1, o.Label, o.Description)
	}
	prompt := tr.F("acc.prompt.one", "Max", len(q.Options))
	again := tr.F("acc.again.one", "Max", len(q.Options))
	if q.Many() {
		fmt.Fprintf(s.out, "0. %s\n", tr.T("answers.none"))
		prompt = tr.F("acc.prompt.many", "Two", min(2, len(q.Options)))
		again = tr.F("acc.again.many", "Max", len(q.Options))
	}
	for {
		fmt.Fprint(s.out, prompt)
		line, err := s.in.readLine()
		if errors.Is(err, errLineTooLong) {
			fmt.Fprintf(s.out, "\n%s\n", tr.F("acc.invalid", "Problem", tr.T("acc.too-long"), "Again", again))
			continue
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return "", false, ErrInputEnded
			}
			return "", false, err
		}
		fmt.Fprintln(s.out)
		if strings.EqualFold(strings.TrimSpace(line), "b") {
			return "", true, nil
		}
		var problem string
		if q.Many() {
			var values []string
			values, problem = parseMany(tr, line, q)
			value = quiz.JoinValues(q, values)
		} else {
			var i int
			i, problem = parseOne(tr, line, q)
			if problem == "" {
				value = q.Options[i].Value
			}
		}
		if problem == "" {
			return value, false, nil
		}
		fmt.Fprintln(s.out, tr.F("acc.invalid", "Problem", problem, "Again", again))
	}
}

// askChange asks, after the report, which answer to change: a question's
// number, as the report's answer list numbers them. An empty line or the
// end of the input means none (ok is false).
func (s *accessible) askChange() (q quiz.Question, ok bool, err error) {
	asked := quiz.Asked(s.bank, s.answers)
	for {
		fmt.Fprintln(s.out, s.tr.T("acc.change"))
		line, err := s.in.readLine()
		if errors.Is(err, io.EOF) {
			return q, false, nil
		}
		if cerr := s.ctx.Err(); cerr != nil {
			return q, false, cerr
		}
		problem := s.tr.T("acc.too-long")
		switch {
		case errors.Is(err, errLineTooLong):
		case err != nil:
			return q, false, err
		default:
			line = strings.TrimSpace(line)
			if line == "" {
				return q, false, nil
			}
			if n, cerr := strconv.Atoi(line); cerr == nil && n >= 1 && n <= len(asked) {
				fmt.Fprintln(s.out)
				return asked[n-1], true, nil
			}
			problem = s.tr.F("acc.no-question", "Entry", quiz.Quote(line))
		}
		fmt.Fprintln(s.out, s.tr.F("acc.change-again", "Problem", problem, "Max", len(asked)))
	}
}

// accessibleReport is the report accessible mode prints: the plain report
// with the scores in words, then the answers numbered as the questions
// were, so that a number can change one; the quiz's own words in tr's
// language.
func accessibleReport(tr *locale.Printer, rec rules.Recommendation, rb *rules.Rulebook, a quiz.Answers, width int) string {
	var b strings.Builder
	st := report.SpokenStyles()
	st.Lang = tr.Lang()
	b.WriteString(report.Render(rec, st, width))
	b.WriteString("\n\n" + tr.T("code.answers") + "\n")
	for i, q := range quiz.Asked(rb.Bank(), a) {
		b.WriteString(ansi.Wrap(fmt.Sprintf("  %d. %s: %s", i+1, q.Short, labelOf(tr, q, a[q.ID])), width, "") + "\n")
	}
	b.WriteString(codeLine(tr, rb, rec, width))
	return b.String()
}

// optionIndex finds the option an entry names: its number, or its label
// or value in any case and with or without accents, spaces around it
// ignored. It returns -1 and what is wrong, in tr's language, when there
// is none.
func optionIndex(tr *locale.Printer, entry string, q quiz.Question) (int, string) {
	entry = strings.TrimSpace(entry)
	if n, err := strconv.Atoi(entry); err == nil {
		if n < 1 || n > len(q.Options) {
			return -1, tr.F("acc.no-option", "N", n)
		}
		return n - 1, ""
	}
	for i, o := range q.Options {
		if sameName(entry, o.Label) || sameName(entry, o.Value) {
			return i, ""
		}
	}
	return -1, tr.F("acc.not-option", "Entry", quiz.Quote(entry))
}

// sameName reports whether a name typed is name, whatever its case and
// accents: "metal", "Métal" and "METAL" are all one.
func sameName(typed, name string) bool {
	return strings.EqualFold(typed, name) || strings.EqualFold(unaccented(typed), unaccented(name))
}

// unaccented is s without its accents: "canción" is "cancion", "ñ" "n".
func unaccented(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parseOne reads an answer to a one question: an option's number or name.
func parseOne(tr *locale.Printer, line string, q quiz.Question) (int, string) {
	if strings.TrimSpace(line) == "" {
		return -1, tr.T("acc.nothing")
	}
	return optionIndex(tr, line, q)
}

// parseMany reads an answer to a many question: numbers or names of
// options separated by commas (numbers may be separated by spaces too),
// each at most once, or a lone 0 for none of them. It returns the values
// chosen, or what is wrong in tr's language. "None of these" may be
// typed in tr's language or in English.
func parseMany(tr *locale.Printer, line string, q quiz.Question) ([]string, string) {
	if t := strings.TrimSpace(line); t == "0" || sameName(t, tr.T("answers.none")) || sameName(t, locale.For(locale.English).T("answers.none")) {
		return []string{}, ""
	}
	var entries []string
	for _, f := range strings.Split(line, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if _, problem := optionIndex(tr, f, q); problem != "" && allNumbers(strings.Fields(f)) {
			// "1 3": numbers separated by spaces.
			entries = append(entries, strings.Fields(f)...)
			continue
		}
		entries = append(entries, f)
	}
	if len(entries) == 0 {
		return nil, tr.T("acc.nothing")
	}
	chosen := make([]bool, len(q.Options))
	for _, e := range entries {
		if e == "0" {
			return nil, tr.T("acc.zero-alone")
		}
		i, problem := optionIndex(tr, e, q)
		switch {
		case problem != "":
			return nil, problem
		case chosen[i]:
			return nil, tr.F("acc.twice", "Entry", e)
		}
		chosen[i] = true
	}
	var values []string
	for i, c := range chosen {
		if c {
			values = append(values, q.Options[i].Value)
		}
	}
	return values, ""
}

// lineReader reads answers a line at a time.
type lineReader struct{ r *bufio.Reader }

// readLine reads the next line, without its line ending. A last line
// without a newline counts; io.EOF means there was no line left. A line
// longer than maxLine is read to its end and refused with errLineTooLong.
func (l *lineReader) readLine() (string, error) {
	var line []byte
	long := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if !long {
			line = append(line, chunk...)
			if len(line) > maxLine {
				long, line = true, nil
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue // the rest of a long line
		case err != nil && !(errors.Is(err, io.EOF) && (len(line) > 0 || long)):
			return "", err
		}
		break
	}
	if long {
		return "", errLineTooLong
	}
	return strings.TrimRight(string(line), "\r\n"), nil
}

// maxLine bounds an answer line: a real one is a few characters.
const maxLine = 4096

// errLineTooLong is a line longer than maxLine.
var errLineTooLong = errors.New("the answer is too long")

// allNumbers reports whether every one of fs is a whole number.
func allNumbers(fs []string) bool {
	for _, f := range fs {
		if _, err := strconv.Atoi(f); err != nil {
			return false
		}
	}
	return len(fs) > 0
}

// accessibleIntro says how many questions the bank asks, and how many
// follow-ups it may add: "10 questions about your days, work, health and
// style, and up to 2 follow-ups where your answers call for them", in
// tr's language.
func accessibleIntro(tr *locale.Printer, bank []quiz.Question) string {
	always := len(quiz.Asked(bank, quiz.Answers{}))
	s := tr.N("acc.bank", always)
	switch follow := len(bank) - always; {
	case follow == 1:
		s += tr.T("acc.follow.one")
	case follow > 1:
		s += tr.N("acc.follow.many", follow)
	}
	return s
}
