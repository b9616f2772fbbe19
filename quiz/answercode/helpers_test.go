package answercode

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// builtIn loads the built-in rulebook's questions once; tests change only
// copies of them (see cloneBank).
var builtIn = sync.OnceValues(func() ([]quiz.Question, error) {
	rb, err := rules.Default()
	if err != nil {
		return nil, err
	}
	return rb.Bank(), nil
})

// defaultBank is the built-in rulebook's questions.
func defaultBank(t testing.TB) []quiz.Question {
	t.Helper()
	bank, err := builtIn()
	if err != nil {
		t.Fatal(err)
	}
	return bank
}

// defaultCodec is the codec of the built-in questions, and the questions.
func defaultCodec(t testing.TB) (*Codec, []quiz.Question) {
	t.Helper()
	bank := defaultBank(t)
	return New(bank), bank
}

// sampling reports whether the tests that walk a whole answer space take a
// sample of it instead: under -short and under the race detector.
func sampling() bool { return testing.Short() || raceEnabled }

// randomSets draws n valid answer sets of bank, the same ones every run:
// each question that is asked answered with one of its options, or for a
// many question any of them, none included.
func randomSets(bank []quiz.Question, n int) []quiz.Answers {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	out := make([]quiz.Answers, n)
	for i := range out {
		a := quiz.Answers{}
		for _, q := range bank {
			switch {
			case !q.Asked(a):
			case q.Many():
				var vs []string
				for _, v := range q.Values() {
					if r.IntN(2) == 1 {
						vs = append(vs, v)
					}
				}
				a[q.ID] = quiz.JoinValues(q, vs)
			default:
				a[q.ID] = q.Options[r.IntN(len(q.Options))].Value
			}
		}
		out[i] = a
	}
	return out
}

// encodeAll encodes every answer set with c.
func encodeAll(t testing.TB, c *Codec, sets []quiz.Answers) []string {
	t.Helper()
	codes := make([]string, len(sets))
	for i, a := range sets {
		code, err := c.Encode(a)
		if err != nil {
			t.Fatalf("Encode(%v): %v", a, err)
		}
		codes[i] = code
	}
	return codes
}

// cloneBank copies bank deeply, options and ask_if included, so that a
// test can change a question without changing the rulebook's.
func cloneBank(bank []quiz.Question) []quiz.Question {
	out := make([]quiz.Question, len(bank))
	for i, q := range bank {
		q.Options = slices.Clone(q.Options)
		if q.AskIf != nil {
			c := *q.AskIf
			c.AnyOf = slices.Clone(c.AnyOf)
			q.AskIf = &c
		}
		out[i] = q
	}
	return out
}

// index is the position of question id in bank; the test fails when there
// is none.
func index(t testing.TB, bank []quiz.Question, id string) int {
	t.Helper()
	i := slices.IndexFunc(bank, func(q quiz.Question) bool { return q.ID == id })
	if i < 0 {
		t.Fatalf("the bank has no question %q: update this test", id)
	}
	return i
}

// plain is a code without its dashes.
func plain(code string) string { return strings.ReplaceAll(code, "-", "") }

// typo is one slip of the hand in a string of digits.
type typo struct {
	// swap is set for two neighbours swapped, at and at+1; otherwise the
	// digit at is changed from was.
	swap    bool
	at, was int
}

// typos yields every single change of s (each position to each of the
// other base-1 digits) and every swap of two different neighbours, with s
// changed in place while it is yielded, and put back after.
func typos(s []int) iter.Seq[typo] {
	return func(yield func(typo) bool) {
		for i, was := range s {
			for d := range base {
				if d == was {
					continue
				}
				s[i] = d
				ok := yield(typo{at: i, was: was})
				s[i] = was
				if !ok {
					return
				}
			}
		}
		for i := 0; i+1 < len(s); i++ {
			if s[i] == s[i+1] {
				continue
			}
			s[i], s[i+1] = s[i+1], s[i]
			ok := yield(typo{swap: true, at: i})
			s[i], s[i+1] = s[i+1], s[i]
			if !ok {
				return
			}
		}
	}
}

// String says what the slip is.
func (ty typo) String() string {
	if ty.swap {
		return fmt.Sprintf("positions %d and %d swapped", ty.at, ty.at+1)
	}
	return fmt.Sprintf("position %d changed from %c", ty.at, alphabet[ty.was])
}
