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
