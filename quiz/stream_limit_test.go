package quiz_test

import (
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// totalAlloc is how many bytes the heap has handed out so far.
func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// TestStreamBoundsOneAnswerSet reads answer sets where one holds a value
// of 100 MB, made as it is read: the stream must stop at that set with a
// *quiz.TooLargeError naming its line, having allocated a few megabytes
// at most rather than the value's size.
func TestStreamBoundsOneAnswerSet(t *testing.T) {
	const budget = 8 << 20
	good := object(validPairs()) + "\n"
	head, tail, _ := strings.Cut(object(with("machinery", `"X"`)), "X")
	tests := []struct {
		name string
		line int // where the oversized set starts
		r    io.Reader
	}{
		{"a 100 MB value", 2, io.MultiReader(strings.NewReader(good+head), &repeat{n: 100 << 20, line: []byte("a")}, strings.NewReader(tail+"\n"+good))},
		{"100 MB of space inside a set", 3, io.MultiReader(strings.NewReader(good+good+"{"), &repeat{n: 100 << 20, line: []byte(" ")}, strings.NewReader("}\n"))},
		{"an endless array", 2, io.MultiReader(strings.NewReader(good+`{"lifestyle":[`), &repeat{n: 100 << 20, line: []byte("1,")})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := totalAlloc()
			s := quiz.NewStream(tt.r, defaultBank())
			for i := 1; i < tt.line; i++ {
				if _, _, err := s.Next(); err != nil {
					t.Fatalf("set %d: %v", i, err)
				}
			}
			_, line, err := s.Next()
			used := totalAlloc() - before
			var tl *quiz.TooLargeError
			var le *quiz.LineError
			if !errors.As(err, &tl) || !errors.As(err, &le) || le.Line != tt.line || line != tt.line {
				t.Fatalf("got line %d, %v; want a TooLargeError on line %d", line, err, tt.line)
			}
			if want := "line " + strconv.Itoa(tt.line) + ": the answer set is larger than the 64 KiB limit"; err.Error() != want {
				t.Errorf("error %q, want %q", err, want)
			}
			if used > budget {
				t.Errorf("allocated %d bytes, want under %d", used, budget)
			}
			if _, _, again := s.Next(); !errors.Is(again, err) && again != err {
				t.Errorf("after the oversized set: %v, want the same error", again)
			}
		})
	}
}

// TestStreamAllowsLargeSetsUnderTheLimit checks a set just under the limit
// (padded with space) is still read.
func TestStreamAllowsLargeSetsUnderTheLimit(t *testing.T) {
	obj := object(validPairs())
	padded := "{" + strings.Repeat(" ", quiz.MaxAnswerSet-len(obj)-1) + obj[1:]
	s := quiz.NewStream(strings.NewReader(padded+"\n"+padded), defaultBank())
	for i := 1; i <= 2; i++ {
		if _, _, err := s.Next(); err != nil {
			t.Fatalf("set %d of %d bytes: %v", i, len(padded), err)
		}
	}
	if _, _, err := s.Next(); err != io.EOF {
		t.Fatalf("at the end: %v, want io.EOF", err)
	}
}
