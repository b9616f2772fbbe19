// Command genanswers writes every complete, valid answer set of the
// embedded rulebook as JSON Lines, starting again from the first until -n
// lines are written: the input .ci/throughput.sh measures recommend with.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

func main() {
	n := flag.Int("n", 1_000_000, "number of lines to write")
	flag.Parse()
	rb, err := rules.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genanswers:", err)
		os.Exit(1)
	}
	bank := rb.Bank()
	w := bufio.NewWriter(os.Stdout)
	written := 0
	for written < *n {
		for a := range quiz.Space(bank) {
			if written == *n {
				break
			}
			w.Write(quiz.Encode(a, bank))
			w.WriteByte('\n')
			written++
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genanswers:", err)
		os.Exit(1)
	}
}
