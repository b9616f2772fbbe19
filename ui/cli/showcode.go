package cli

import (
	"errors"
	"fmt"
	"unicode"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// consultCodeLen is how many characters a saved consultation's code has
// (see consult.ParseCode); an answer code always has more.
const consultCodeLen = 6

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
func showCode(rb *rules.Rulebook, lang locale.Lang, codec *answercode.Codec, typed, format string, std IO) error {
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
	rb = speaking(rb, lang)
	r, err := codeRecord(rb, lang, codec, a)
	if err != nil {
		return fmt.Errorf("show: %w", err)
	}
	return writeRecord(std.Out, r, rb.Bank(), lang, format)
}

// codeRecord is the consultation an answer code stands for, as the quiz
// would save it: its answers, their recommendation by rb, and the report
// the customer saw, in lang. It has no name and no time.
func codeRecord(rb *rules.Rulebook, lang locale.Lang, codec *answercode.Codec, a quiz.Answers) (consult.Record, error) {
	code, err := codec.Encode(a)
	if err != nil {
		return consult.Record{}, err
	}
	rec, err := rb.Recommend(a)
	if err != nil {
		return consult.Record{}, err
	}
	r, err := report.Record(rec, lang)
	r.Code = code
	return r, err
}
