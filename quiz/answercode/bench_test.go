package answercode

import (
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// benchmark runs op once an op over 1,000 answer sets of the built-in
// questions, made ready by prepare, cycling through them.
func benchmark[T any](b *testing.B, prepare func(*Codec, []quiz.Answers) []T, op func(*Codec, T) error) {
	c, bank := defaultCodec(b)
	items := prepare(c, randomSets(bank, 1000))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if err := op(c, items[i%len(items)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncode encodes one answer set an op.
func BenchmarkEncode(b *testing.B) {
	benchmark(b, func(_ *Codec, sets []quiz.Answers) []quiz.Answers { return sets },
		func(c *Codec, a quiz.Answers) error {
			_, err := c.Encode(a)
			return err
		})
}

// BenchmarkDecode decodes one code an op, as typed by a person (lower
// case, a space for the dash).
func BenchmarkDecode(b *testing.B) {
	benchmark(b, func(c *Codec, sets []quiz.Answers) []string {
		codes := encodeAll(b, c, sets)
		for i, code := range codes {
			codes[i] = strings.ToLower(code[:4] + " " + code[5:])
		}
		return codes
	}, func(c *Codec, code string) error {
		_, err := c.Decode(code)
		return err
	})
}

// BenchmarkNew makes a codec for the built-in questions, which a command
// does once a run.
func BenchmarkNew(b *testing.B) {
	bank := defaultBank(b)
	b.ReportAllocs()
	for range b.N {
		New(bank)
	}
}
