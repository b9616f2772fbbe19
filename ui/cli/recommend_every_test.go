package cli

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// hashWriter counts and hashes what is written to it.
type hashWriter struct {
	n int64
	h hash.Hash
}

func (w *hashWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return w.h.Write(p)
}

// TestRecommendEveryAnswerSet runs recommend over every valid answer set
// of the built-in rulebook (every stride-th with a studio's prices), and
// compares the size and SHA-256 of the output with the golden file's, so
// any change to the bytes recommend writes, faster paths included, shows.
// Regenerate with go test ./ui/cli -run TestRecommendEveryAnswerSet
// -update, only for a change meant to alter the output. With -short, or
// under the race detector, only every 97th set is read and nothing is
// compared.
func TestRecommendEveryAnswerSet(t *testing.T) {
	// Under -short, and under the race detector (which makes each set
	// several times slower), a sample runs and is not compared: the plain
	// run compares every set.
	sampled := testing.Short() || raceEnabled
	tests := []struct {
		name   string
		stride int
		args   []string
	}{
		{"json", 1, []string{"--format", "json"}},
		{"text", 1, []string{"--format", "text"}},
		{"json-studio", 29, []string{"--format", "json", "--studio", ""}},
		{"text-studio", 29, []string{"--format", "text", "--studio", ""}},
	}
	bank := defaultBank(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stride := tt.stride
			if sampled {
				stride = 97
			}
			args := append([]string{"--answers", "-"}, tt.args...)
			if args[len(args)-1] == "" {
				args[len(args)-1] = exampleStudio(t)
			}
			inR, inW := io.Pipe()
			sets := 0
			go func() {
				w := bufio.NewWriter(inW)
				i := 0
				for a := range quiz.Space(bank) {
					if i%stride == 0 {
						w.Write(quiz.Encode(a, bank))
						w.WriteByte('\n')
						sets++
					}
					i++
				}
				w.Flush()
				inW.Close()
			}()
			out := &hashWriter{h: sha256.New()}
			if err := Recommend(context.Background(), args, IO{In: inR, Out: out, Err: io.Discard}); err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("sets %d\nbytes %d\nsha256 %x\n", sets, out.n, out.h.Sum(nil))
			if sampled {
				t.Logf("-short or -race: a sample, not compared:\n%s", got)
				return
			}
			golden.RequireEqual(t, []byte(got))
		})
	}
}
