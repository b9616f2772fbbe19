package quiz_test

import (
	"errors"
	"io"
	"maps"
	"strconv"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// item is what one call of Stream.Next should return.
type item struct {
	line   int
	ok     bool // answers, no error
	syntax bool // a *quiz.SyntaxError (the stream stops)
}

// pretty spreads an answers object written by object over one line per
// answer, with the braces on lines of their own.
func pretty(obj string) string {
	return strings.NewReplacer("{", "{\n  ", ",", ",\n  ", "}", "\n}").Replace(obj)
}

func TestStream(t *testing.T) {
	good := object(validPairs())
	bad := object(with("machinery", `"always"`))
	prettyLines := strings.Count(pretty(good), "\n") + 1
	if prettyLines < 3 {
		t.Fatalf("pretty(good) is on %d lines", prettyLines)
	}
	tests := []struct {
		name  string
		input string
		want  []item
	}{
		{
			name:  "one object",
			input: good,
			want:  []item{{line: 1, ok: true}},
		},
		{
			name:  "JSON Lines with a bad set in the middle",
			input: good + "\n" + bad + "\n" + good + "\n",
			want:  []item{{line: 1, ok: true}, {line: 2}, {line: 3, ok: true}},
		},
		{
			name:  "a missing answer does not stop the stream",
			input: object(without("style")) + "\n" + good,
			want:  []item{{line: 1}, {line: 2, ok: true}},
		},
		{
			name:  "pretty-printed object after blank lines",
			input: "\n\n\n" + pretty(good) + "\n",
			want:  []item{{line: 4, ok: true}},
		},
		{
			name:  "pretty-printed objects in a row",
			input: good + "\n" + pretty(good) + "\n\n" + pretty(good),
			want:  []item{{line: 1, ok: true}, {line: 2, ok: true}, {line: 2 + prettyLines + 1, ok: true}},
		},
		{
			name:  "bad pretty-printed object reports where it starts",
			input: good + "\n\n" + pretty(good) + "\n" + pretty(bad) + "\n" + good,
			want:  []item{{line: 1, ok: true}, {line: 3, ok: true}, {line: 3 + prettyLines}, {line: 3 + 2*prettyLines, ok: true}},
		},
		{
			name:  "syntax error on line 4 stops the stream",
			input: good + "\n" + good + "\n" + bad + "\n" + `{"lifestyle": busy}` + "\n" + good + "\n",
			want:  []item{{line: 1, ok: true}, {line: 2, ok: true}, {line: 3}, {line: 4, syntax: true}},
		},
		{
			name:  "syntax error after blank lines reports its own line",
			input: good + "\n\n\n" + `{"lifestyle" "busy"}` + "\n" + good,
			want:  []item{{line: 1, ok: true}, {line: 4, syntax: true}},
		},
		{
			name:  "input ending inside an object",
			input: good + "\n" + strings.TrimSuffix(good, "}"),
			want:  []item{{line: 1, ok: true}, {line: 2, syntax: true}},
		},
		{
			name:  "blank lines between objects",
			input: "\n" + good + "\n\n\n" + good + "\r\n\r\n" + good + "\n\n",
			want:  []item{{line: 2, ok: true}, {line: 5, ok: true}, {line: 7, ok: true}},
		},
		{
			name:  "objects on one line",
			input: good + " " + good,
			want:  []item{{line: 1, ok: true}, {line: 1, ok: true}},
		},
		{
			name:  "not an object",
			input: good + "\n[1, 2]\n" + good,
			want:  []item{{line: 1, ok: true}, {line: 2}, {line: 3, ok: true}},
		},
		{name: "empty input", input: ""},
		{name: "only blank lines", input: "\n\n  \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := quiz.NewStream(strings.NewReader(tt.input), defaultBank())
			for i, w := range tt.want {
				a, line, err := s.Next()
				if line != w.line {
					t.Errorf("set %d: line %d, want %d (err: %v)", i+1, line, w.line, err)
				}
				if w.ok {
					if err != nil {
						t.Fatalf("set %d: %v", i+1, err)
					}
					if !maps.Equal(a, validAnswers()) {
						t.Errorf("set %d: answers %v, want %v", i+1, a, validAnswers())
					}
					continue
				}
				var le *quiz.LineError
				if !errors.As(err, &le) {
					t.Fatalf("set %d: error %v (%T), want a *quiz.LineError", i+1, err, err)
				}
				if le.Line != w.line {
					t.Errorf("set %d: LineError.Line = %d, want %d", i+1, le.Line, w.line)
				}
				if prefix := "line " + strconv.Itoa(w.line) + ": "; !strings.HasPrefix(err.Error(), prefix) {
					t.Errorf("set %d: message %q does not start with %q", i+1, err, prefix)
				}
				var se *quiz.SyntaxError
				if got := errors.As(err, &se); got != w.syntax {
					t.Errorf("set %d: syntax error = %v, want %v (%v)", i+1, got, w.syntax, err)
				}
				if w.syntax {
					// The stream has stopped: every later call gives the same error.
					for range 2 {
						if _, _, again := s.Next(); again != err {
							t.Fatalf("after a syntax error Next returned %v, want %v again", again, err)
						}
					}
					return
				}
			}
			if a, _, err := s.Next(); err != io.EOF {
				t.Fatalf("after %d sets: got %v, %v; want io.EOF", len(tt.want), a, err)
			}
			if _, _, err := s.Next(); err != io.EOF {
				t.Fatalf("Next after io.EOF: %v, want io.EOF again", err)
			}
		})
	}
}

// errReader returns its data, then a read error.
type errReader struct {
	data string
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestStreamReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	s := quiz.NewStream(&errReader{data: object(validPairs()) + "\n" + `{"lifestyle":`, err: boom}, defaultBank())
	if _, _, err := s.Next(); err != nil {
		t.Fatalf("first set: %v", err)
	}
	_, _, err := s.Next()
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want the read error %v", err, boom)
	}
	if _, _, again := s.Next(); !errors.Is(again, boom) {
		t.Fatalf("after a read error Next returned %v, want the read error again", again)
	}
}
