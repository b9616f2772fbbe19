// Package answercode turns a set of answers into a short code that is the
// answers, and back: a customer takes the quiz at home and brings the code
// to the studio, and nothing is stored anywhere.
//
// A code is a number written in the look-alike-free alphabet of the
// consultation codes (25 characters), then one check character. The number
// packs every answer in the bank's order as a mixed-radix digit: a one
// question's option, with one more value for "not asked" when it is a
// follow-up; a many question's ticked options as bits (0 too for a many
// follow-up not asked, which the answer it depends on tells from "none of
// these"). Above the answers sits a fingerprint of the question set (ids,
// kinds, values and ask_if; not the wording), so a code made with another
// set of questions is recognised as such rather than read wrongly. The
// check character is Damm's algorithm over GF(25) (the quasigroup
// x∘y = t·x + y, reading each character as an element of GF(5)[t]/(t²−2)),
// which catches every single wrong character and every swap of two
// neighbours, the check character included.
//
// The default question set needs 21.3 bits for its answers; with 11.2 bits
// of fingerprint (2,299 fingerprints) that is 7 characters, and 8 with the
// check, written ABCD-EFGH. A code is never shorter than 7 characters, so
// never as short as a consultation code (6, written ABCD-EF): the two are
// never confused, whatever the questions.
package answercode

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/big"
	"strings"
	"unicode"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// alphabet is the consultation codes' alphabet: no 0/O, 1/I/L, 2/Z, 5/S,
// 8/B.
const alphabet = "ACDEFGHJKMNPQRTUVWXY34679"

// base is the size of the alphabet.
const base = len(alphabet)

// minPrints is the fewest fingerprints a code length leaves room for: a
// code made with another question set passes for this one at most once in
// this many.
const minPrints = 2048

// minChars is the fewest characters of a code's number: with its check, an
// answer code is longer than a consultation code (6 characters) even for a
// rulebook of very few questions.
const minChars = 6

// The reasons a code is refused.
var (
	// ErrShape: not a code at all (a wrong length or character).
	ErrShape = errors.New("this is not an answer code")
	// ErrCheck: a character is mistyped, or two are swapped.
	ErrCheck = errors.New("one character is off — check it again")
	// ErrQuestionSet: the code was made with different questions.
	ErrQuestionSet = errors.New("this code was made with a different set of questions (an older or another studio's quiz), so its answers cannot be read here")
	// ErrAnswers: the code's number is no valid set of answers.
	ErrAnswers = errors.New("this code does not hold a valid set of answers")
)

// Codec encodes and decodes answer codes for one question set.
type Codec struct {
	bank []quiz.Question
	// radix is each question's number of values, in bank order.
	radix []*big.Int
	// space is the product of the radices; prints the number of
	// fingerprints; print this set's.
	space, prints, print *big.Int
	// chars is how many characters the number takes.
	chars int
}

// New returns the codec for bank.
func New(bank []quiz.Question) *Codec {
	c := &Codec{bank: bank, space: big.NewInt(1)}
	for _, q := range bank {
		n := int64(len(q.Options))
		switch {
		case q.Many():
			n = 1 << len(q.Options)
		case q.AskIf != nil:
			n++ // not asked
		}
		r := big.NewInt(n)
		c.radix = append(c.radix, r)
		c.space.Mul(c.space, r)
	}
	// The fewest characters that leave room for minPrints fingerprints
	// (and at least minChars).
	need := new(big.Int).Mul(c.space, big.NewInt(minPrints))
	capacity := big.NewInt(1)
	for capacity.Cmp(need) < 0 || c.chars < minChars {
		capacity.Mul(capacity, big.NewInt(int64(base)))
		c.chars++
	}
	c.prints = new(big.Int).Quo(capacity, c.space)
	c.print = new(big.Int).Mod(new(big.Int).SetUint64(fingerprint(bank)), c.prints)
	return c
}

// Len is how many characters a code has, the check included (not the
// dashes).
func (c *Codec) Len() int { return c.chars + 1 }

// Bits says how many bits the answers take, and how many the fingerprint.
func (c *Codec) Bits() (answers, print float64) {
	a, _ := new(big.Float).SetInt(c.space).Float64()
	p, _ := new(big.Float).SetInt(c.prints).Float64()
	return math.Log2(a), math.Log2(p)
}

// Encode returns the code for a, which must be a valid set of answers for
// the bank (see quiz.Answers.Validate).
func (c *Codec) Encode(a quiz.Answers) (string, error) {
	if err := a.Validate(c.bank); err != nil {
		return "", fmt.Errorf("encoding the answers: %w", err)
	}
	n := new(big.Int).Set(c.print)
	for i, q := range c.bank {
		n.Mul(n, c.radix[i])
		n.Add(n, big.NewInt(int64(digit(q, a))))
	}
	digits := make([]int, c.chars)
	rest, d := new(big.Int), new(big.Int)
	for i := c.chars - 1; i >= 0; i-- {
		rest.QuoRem(n, big.NewInt(int64(base)), d)
		digits[i] = int(d.Int64())
		n.Set(rest)
	}
	digits = append(digits, checkDigit(digits))
	return format(digits), nil
}

// Decode reads a code typed by a person: case, dashes and white space
// (line breaks included) do not matter. It returns the answers, or an
// error wrapping ErrShape, ErrCheck, ErrQuestionSet or ErrAnswers.
func (c *Codec) Decode(code string) (quiz.Answers, error) {
	digits, err := parse(code)
	if err != nil {
		return nil, err
	}
	if len(digits) != c.Len() {
		return nil, fmt.Errorf("%w: an answer code for these questions has %d characters, this has %d", ErrShape, c.Len(), len(digits))
	}
	if !valid(digits) {
		return nil, ErrCheck
	}
	n := new(big.Int)
	for _, d := range digits[:c.chars] {
		n.Mul(n, big.NewInt(int64(base)))
		n.Add(n, big.NewInt(int64(d)))
	}
	values := make([]int64, len(c.bank))
	d := new(big.Int)
	for i := len(c.bank) - 1; i >= 0; i-- {
		n.QuoRem(n, c.radix[i], d)
		values[i] = d.Int64()
	}
	if n.Cmp(c.print) != 0 {
		return nil, ErrQuestionSet
	}
	a := quiz.Answers{}
	for i, q := range c.bank {
		if q.Many() && values[i] == 0 && !q.Asked(a) {
			// A many follow-up that was not asked: its digit is 0, as
			// for "none of these", and the earlier answer it depends on
			// (already read) tells the two apart.
			continue
		}
		if v, ok := value(q, values[i]); ok {
			a[q.ID] = v
		}
	}
	if err := a.Validate(c.bank); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAnswers, err)
	}
	return a, nil
}

// Looks reports whether s has the shape of an answer code for this set:
// its length, once spaces and dashes are dropped, and only characters of
// the alphabet. A consultation code is shorter.
func (c *Codec) Looks(s string) bool {
	digits, err := parse(s)
	return err == nil && len(digits) == c.Len()
}

// digit is a's answer to q as a digit of radix q's.
func digit(q quiz.Question, a quiz.Answers) int {
	v, asked := a[q.ID]
	switch {
	case q.Many():
		bits := 0
		for i, o := range q.Options {
			if a.Has(q.ID, o.Value) {
				bits |= 1 << i
			}
		}
		return bits
	case !asked:
		return len(q.Options) // a follow-up not asked
	}
	for i, o := range q.Options {
		if o.Value == v {
			return i
		}
	}
	return 0 // Validate has ruled this out
}

// value is the answer that digit d stands for, false for "not asked".
func value(q quiz.Question, d int64) (string, bool) {
	if q.Many() {
		var vs []string
		for i, o := range q.Options {
			if d&(1<<i) != 0 {
				vs = append(vs, o.Value)
			}
		}
		return quiz.JoinValues(q, vs), true
	}
	if int(d) == len(q.Options) {
		return "", false
	}
	return q.Options[d].Value, true
}

// fingerprint hashes what a code's meaning depends on: each question's id,
// kind, values and ask_if, in order; never the wording.
func fingerprint(bank []quiz.Question) uint64 {
	h := fnv.New64a()
	for _, q := range bank {
		fmt.Fprintf(h, "q\x00%s\x00%s\x00", q.ID, q.Kind)
		for _, v := range q.Values() {
			fmt.Fprintf(h, "v\x00%s\x00", v)
		}
		if q.AskIf != nil {
			fmt.Fprintf(h, "if\x00%s\x00%s\x00", q.AskIf.Question, strings.Join(q.AskIf.AnyOf, "\x01"))
		}
	}
	return h.Sum64()
}

// parse reads the characters of a code, forgiving case, dashes and white
// space (a code pasted with its line break, or with a no-break space).
func parse(s string) ([]int, error) {
	var digits []int
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == '-' || unicode.IsSpace(r):
			continue
		case r > 127 || strings.IndexRune(alphabet, r) < 0:
			return nil, fmt.Errorf("%w: %q is never used in a code (codes have no 0, O, 1, I, L, 2, Z, 5, S, 8 or B)", ErrShape, r)
		}
		digits = append(digits, strings.IndexRune(alphabet, r))
	}
	return digits, nil
}

// format writes digits in groups of four joined by dashes.
func format(digits []int) string {
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(alphabet[d])
	}
	return b.String()
}

// Damm's check over GF(25): a character d is the element d1·t + d0 of
// GF(5)[t]/(t²−2), with d = 5·d1 + d0.

// step is the check's interim after one more character: 2·interim + d.
func step(interim, d int) int {
	i0, i1 := interim%5, interim/5
	// (i1·t + i0)·t = i1·t² + i0·t = 2·i1 + i0·t, as t² = 2.
	m0, m1 := (2*i1)%5, i0
	return (m1+d/5)%5*5 + (m0+d%5)%5
}

// checkDigit is the character that brings the interim back to zero.
func checkDigit(digits []int) int {
	interim := 0
	for _, d := range digits {
		interim = step(interim, d)
	}
	// step(interim, c) = 0 when c is minus (interim·t).
	t := step(interim, 0)
	return (5-t/5)%5*5 + (5-t%5)%5
}

// valid reports whether digits end in their check character.
func valid(digits []int) bool {
	interim := 0
	for _, d := range digits {
		interim = step(interim, d)
	}
	return interim == 0
}
