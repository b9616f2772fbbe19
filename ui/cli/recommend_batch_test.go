package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// batchInput is n answer sets, one per line, varied so that neighbours
// differ, with a malformed set on each line in bad (1-based).
func batchInput(t *testing.T, n int, bad map[int]bool) []string {
	t.Helper()
	allergies := []string{"none", "nickel", "sensitive", "unsure"}
	styles := []string{"subtle", "statement"}
	lines := make([]string, n)
	for i := range lines {
		if bad[i+1] {
			lines[i] = `{"lifestyle":"sometimes"}`
			continue
		}
		lines[i] = withAnswers(t, map[string]any{"allergy": allergies[i%len(allergies)], "style": styles[(i/4)%len(styles)]})
	}
	return lines
}

// However many sets a call is given (one batch, a batch and a set, many
// batches), and wherever the bad ones are, its output is each good set's
// own output in input order, and each bad set is reported with its line.
func TestRecommendBatchesKeepOrder(t *testing.T) {
	for _, format := range []string{"json", "text"} {
		for _, c := range []struct {
			n   int
			bad map[int]bool
		}{
			{1, nil}, {2, nil}, {63, nil}, {64, nil}, {65, nil}, {200, nil},
			{3, map[int]bool{2: true}}, {130, map[int]bool{1: true, 64: true, 65: true, 129: true}},
		} {
			t.Run(fmt.Sprintf("%s/%d/%d-bad", format, c.n, len(c.bad)), func(t *testing.T) {
				lines := batchInput(t, c.n, c.bad)
				var want []string
				for i, l := range lines {
					if c.bad[i+1] {
						continue
					}
					out, _, err := recommendWith(l, "--format", format)
					if err != nil {
						t.Fatalf("line %d alone: %v", i+1, err)
					}
					want = append(want, out)
				}
				got, stderr, err := recommendWith(strings.Join(lines, "\n")+"\n", "--format", format)
				if (err != nil) != (len(c.bad) > 0) {
					t.Fatalf("err = %v with %d bad sets", err, len(c.bad))
				}
				if format == "json" {
					if joined := strings.Join(want, ""); got != joined {
						t.Fatalf("output differs from answering each set alone: %d bytes, want %d", len(got), len(joined))
					}
				} else {
					for i, w := range want {
						at := strings.Index(got, w)
						if at < 0 {
							t.Fatalf("report %d of %d is not in the output, or not whole", i+1, len(want))
						}
						got = got[at+len(w):]
					}
				}
				for line := range c.bad {
					if !strings.Contains(stderr, fmt.Sprintf("line %d", line)) {
						t.Errorf("the bad set on line %d is not reported:\n%s", line, stderr)
					}
				}
			})
		}
	}
}

// failAfter accepts n bytes, then fails every write.
type failAfter struct {
	n   int
	buf bytes.Buffer
}

func (w *failAfter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.n {
		return 0, errors.New("disk full")
	}
	return w.buf.Write(p)
}

// A write that fails ends the call with the failure, whether the output
// failing is the first batch's or a later one's, and nothing is written
// after it.
func TestRecommendStopsWhenOutputFails(t *testing.T) {
	lines := batchInput(t, 300, nil)
	for _, limit := range []int{0, 10 << 10, 200 << 10} {
		w := &failAfter{n: limit}
		err := Recommend(context.Background(), []string{"--answers", "-", "--format", "json"},
			IO{In: strings.NewReader(strings.Join(lines, "\n")), Out: w, Err: &bytes.Buffer{}})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("limit %d: err = %v", limit, err)
		}
		if w.buf.Len() > limit {
			t.Errorf("limit %d: %d bytes written", limit, w.buf.Len())
		}
	}
}

// When the output fails, a live stream is not waited on: the call ends
// with the failure though its input is still open.
func TestRecommendStopsReadingWhenOutputFails(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte(exampleAnswers + "\n")) // and nothing more, never closed
	done := make(chan error, 1)
	go func() {
		done <- Recommend(context.Background(), []string{"--answers", "-", "--format", "json"},
			IO{In: pr, Out: &failAfter{n: 0}, Err: &bytes.Buffer{}})
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("err = %v, want the output's failure", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("recommend kept waiting for input after its output failed")
	}
}
