package main

import (
	"go/scanner"
	"go/token"
	"reflect"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

type inner struct {
	N int
	S []string
}

type sample struct {
	Name   string
	Kind   quiz.Kind
	Count  *int
	Ratio  float64
	On     bool
	Inner  *inner
	List   []inner
	Empty  []string
	Nil    []string
	Table  map[string]map[string]string
	hidden string
}

// The writer spells every kind of value a rulebook holds as Go source,
// telling nil from empty, qualifying other packages' types and writing map
// keys in order.
func TestLiteral(t *testing.T) {
	three := 3
	tests := []struct {
		name    string
		v       any
		want    string
		imports string
	}{
		{"string", "a \"q\"\n", `"a \"q\"\n"`, ""},
		{"named type from another package", quiz.KindMany, `"many"`, ""},
		{"pointer to int", &three, `genPtr[int](3)`, ""},
		{"nil slice", []string(nil), `nil`, ""},
		{"empty slice", []string{}, `[]string{}`, ""},
		{"map in key order", map[string]int{"b": 2, "a": 1}, `map[string]int{"a": 1, "b": 2}`, ""},
		{"struct of another package", quiz.Condition{Question: "q", AnyOf: []string{"x"}},
			`quiz.Condition{Question: "q", AnyOf: []string{"x"}}`, "quiz"},
		{"zero and unexported fields left out", sample{Name: "n", Kind: quiz.KindOne, Count: &three, Ratio: 0.5, On: true,
			Inner: &inner{N: 1}, List: []inner{{S: []string{"s"}}}, Empty: []string{},
			Table: map[string]map[string]string{"k": {}}, hidden: "h"},
			`sample{Name: "n", Kind: "one", Count: genPtr[int](3), Ratio: 0.5, On: true, Inner: &inner{N: 1},
			List: []inner{{S: []string{"s"}}}, Empty: []string{}, Table: map[string]map[string]string{"k": {}}}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newLiteral("github.com/jewelquiz/jewelquiz/rules/internal/rulebookgen", "genPtr")
			if err := w.value(reflect.ValueOf(tt.v), false); err != nil {
				t.Fatal(err)
			}
			if got, want := squash(t, w.buf.String()), squash(t, tt.want); got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
			var imports []string
			for _, name := range w.imports {
				imports = append(imports, name)
			}
			if got := strings.Join(imports, ","); got != tt.imports {
				t.Errorf("imports %q, want %q", got, tt.imports)
			}
		})
	}
}

// Values with no Go literal are refused with the place they were found.
func TestLiteralRefuses(t *testing.T) {
	for _, v := range []any{
		struct{ F func() }{F: func() {}},
		map[string]any{"k": 1},
		[]float64{1, 2, 3, 0},
	} {
		w := newLiteral("p", "genPtr")
		err := w.value(reflect.ValueOf(v), false)
		if _, isFloats := v.([]float64); isFloats {
			if err != nil {
				t.Errorf("%#v: %v", v, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%#v written as %s", v, w.buf.String())
		}
	}
}

// squash spells an expression's tokens one space apart, with no comma
// before a closing brace, whatever its line breaks.
func squash(t *testing.T, expr string) string {
	t.Helper()
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(expr)), []byte(expr), func(_ token.Position, msg string) { t.Fatalf("%s in %s", msg, expr) }, 0)
	var toks []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		if lit == "" {
			lit = tok.String()
		}
		if lit == "}" && len(toks) > 0 && toks[len(toks)-1] == "," {
			toks = toks[:len(toks)-1]
		}
		toks = append(toks, lit)
	}
	return strings.Join(toks, " ")
}
