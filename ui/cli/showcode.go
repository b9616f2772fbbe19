package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// consultCodeLen is how many characters a saved consultation's code has
// (see consult.ParseCode); an answer code always has more.
const consultCodeLen = 6

// savedReportWidth is the width the quiz saves a consultation's report at,
// which show prints as it is.
const savedReportWidth = 72

// isLong reports whether s, without its spaces and dashes, is longer than
// a saved consultation's code: a mistyped answer code rather than one of
// those.
func isLong(s string) bool {
	n := 0
	for _, r := range s {
		if r != '-' && !unicode.IsSpace(r) {
			n++
		}
	}
	return n > consultCodeLen
}

// showCode is `jewelquiz show` for an answer code: the results its answers
// get from rb, which also reads the code, shown as a saved consultation is
// (see codeRecord). Nothing is read from or written to a data directory.
func showCode(rb *rules.Rulebook, codec *answercode.Codec, typed, format string, std IO) error {
	a, err := codec.Decode(typed)
	switch {
	case errors.Is(err, answercode.ErrShape):
		// Quoted, cut short, as a consultation code's errors quote theirs.
		return &InputError{Err: fmt.Errorf("show: %s: %w; a saved consultation's code has %d characters, such as K7MX-4P", quiz.Quote(typed), err, consultCodeLen)}
	case err != nil:
		// A code of the right shape is not quoted: one that fails its
		// check still holds most of the answers.
		return &InputError{Err: fmt.Errorf("show: %w", err)}
	}
	r, err := codeRecord(rb, codec, a)
	if err != nil {
		return fmt.Errorf("show: %w", err)
	}
	var out string
	switch format {
	case "json":
		data, err := codeJSON(r, rb.Bank())
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		out = string(data)
	case "markdown":
		out = codeMarkdown(r, rb.Bank())
	default:
		var b strings.Builder
		fmt.Fprintf(&b, "Answer code %s\n", r.Code)
		writeResults(&b, r, rb.Bank())
		out = b.String()
	}
	_, err = fmt.Fprint(std.Out, out)
	return err
}

// codeRecord is the consultation an answer code stands for, as the quiz
// would save it: its answers, their recommendation by rb, and the report
// the customer saw. It has no name and no time.
func codeRecord(rb *rules.Rulebook, codec *answercode.Codec, a quiz.Answers) (consult.Record, error) {
	code, err := codec.Encode(a)
	if err != nil {
		return consult.Record{}, err
	}
	rec, err := rb.Recommend(a)
	if err != nil {
		return consult.Record{}, err
	}
	js, err := json.Marshal(rec)
	if err != nil {
		return consult.Record{}, fmt.Errorf("encoding the recommendation: %w", err)
	}
	r := consult.Record{
		Code: code, RulebookVersion: rec.RulebookVersion, Answers: a, Pick: rec.Pick,
		Recommendation: js, Report: report.Render(rec, report.PlainStyles(), savedReportWidth),
	}
	if r.Pick != "" {
		r.PickName = rec.Ranking[0].Name
	}
	return r, nil
}

// codeJSON is an answer code's consultation as `show --format json`
// writes it: a saved consultation's JSON (consult.JSON) without "name" and
// "created", which an answer code does not have.
func codeJSON(r consult.Record, bank []quiz.Question) ([]byte, error) {
	r.Name = "" // left out when empty
	data, err := consult.JSON(r, bank)
	if err != nil {
		return nil, err
	}
	created, err := json.Marshal(r.Created)
	if err != nil {
		return nil, fmt.Errorf("encoding: %w", err)
	}
	line := fmt.Sprintf("\n  \"created\": %s,", created)
	if !bytes.Contains(data, []byte(line)) {
		return nil, fmt.Errorf("encoding: no %q in a consultation's JSON", line)
	}
	return bytes.Replace(data, []byte(line), nil, 1), nil
}

// codeMarkdown is consult.Markdown for an answer code: headed by the code,
// and without the line saying when it was saved, as it never was.
func codeMarkdown(r consult.Record, bank []quiz.Question) string {
	md := consult.Markdown(r, bank)
	_, rest, ok := strings.Cut(md, "\n- **Saved:** ")
	if !ok {
		return md
	}
	_, rest, _ = strings.Cut(rest, "\n")
	return "# Answer code " + r.Code + "\n\n" + rest
}
