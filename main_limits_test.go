package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
)

// zeros is an endless (until n) reader of zero bytes that takes no memory.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), z.n)]
	clear(p)
	z.n -= int64(len(p))
	return len(p), nil
}

// allocated is how many bytes the heap has handed out so far.
func allocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// TestRulebookSizeLimit checks an oversized rulebook is refused after
// reading little more than the limit: 64 MiB on standard input allocates
// under 8 MiB, and /dev/zero, which never ends, ends with the same error.
func TestRulebookSizeLimit(t *testing.T) {
	const budget = 8 << 20
	tests := []struct {
		name  string
		stdin io.Reader
		args  []string
	}{
		{"rules check, 64 MiB on standard input", &zeros{n: 64 << 20}, []string{"rules", "check", "-"}},
		{"recommend --rules, 64 MiB on standard input", &zeros{n: 64 << 20}, []string{"recommend", "--answers", os.DevNull, "--rules", "-"}},
		{"rules check /dev/zero", strings.NewReader(""), []string{"rules", "check", "/dev/zero"}},
		{"types --rules /dev/zero", strings.NewReader(""), []string{"types", "--rules", "/dev/zero"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat("/dev/zero"); err != nil && strings.Contains(tt.name, "/dev/zero") {
				t.Skip("no /dev/zero here")
			}
			var out, errb bytes.Buffer
			before := allocated()
			err := run(context.Background(), tt.args, tt.stdin, &out, &errb)
			used := allocated() - before
			code := exitCode(err, &errb)
			if code != 2 || !strings.Contains(errb.String(), "larger than the 1 MiB limit") {
				t.Fatalf("exit %d, stderr %q; want 2 and the 1 MiB limit", code, errb.String())
			}
			if used > budget {
				t.Errorf("allocated %d bytes reading the rulebook, want under %d", used, budget)
			}
		})
	}
}

// TestRecommendBoundsOneAnswerSet sends a good answer set, then one with a
// 100 MB value: the first is answered, the second refused by line with the
// 64 KiB limit, allocating a few megabytes rather than the value's size.
func TestRecommendBoundsOneAnswerSet(t *testing.T) {
	const budget = 16 << 20
	good := answersJSON(t, sampleAnswers(t, 1)[0])
	head, tail, _ := strings.Cut(strings.Replace(good, `"machinery":"`, `"machinery":"X`, 1), "X")
	stdin := io.MultiReader(strings.NewReader(good+"\n"+head), io.LimitReader(&as{}, 100<<20), strings.NewReader(tail+"\n"))
	var out, errb bytes.Buffer
	before := allocated()
	err := run(context.Background(), []string{"recommend", "--answers", "-", "--format", "json"}, stdin, &out, &errb)
	used := allocated() - before
	code := exitCode(err, &errb)
	if code != 2 || !strings.Contains(errb.String(), "line 2: the answer set is larger than the 64 KiB limit") {
		t.Fatalf("exit %d, stderr %.300q; want 2 and line 2 over the 64 KiB limit", code, errb.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 1 {
		t.Errorf("stdout has %d lines, want the first set's recommendation", n)
	}
	if len(errb.String()) > 1000 {
		t.Errorf("stderr is %d bytes long", len(errb.String()))
	}
	if used > budget {
		t.Errorf("allocated %d bytes, want under %d", used, budget)
	}
}

// as is an endless reader of the letter a.
type as struct{}

func (as) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}
