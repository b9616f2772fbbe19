package cli

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// answerLines is n answer sets from the start of the built-in answer
// space, as JSON Lines.
func answerLines(b *testing.B, n int) []byte {
	b.Helper()
	bank := defaultBank(b)
	var buf bytes.Buffer
	for a := range quiz.Space(bank) {
		if n == 0 {
			break
		}
		buf.Write(quiz.Encode(a, bank))
		buf.WriteByte('\n')
		n--
	}
	return buf.Bytes()
}

// benchmarkRecommend runs `jewelquiz recommend` over 10,000 answer sets an
// op, writing to io.Discard; the ns/op divided by 10,000 is a line's cost,
// start-up included once per op.
func benchmarkRecommend(b *testing.B, args ...string) {
	in := answerLines(b, 10000)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		std := IO{In: bytes.NewReader(in), Out: io.Discard, Err: io.Discard}
		if err := Recommend(context.Background(), append([]string{"--answers", "-"}, args...), std); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecommendJSON(b *testing.B) { benchmarkRecommend(b, "--format", "json") }

func BenchmarkRecommendText(b *testing.B) { benchmarkRecommend(b, "--format", "text") }
