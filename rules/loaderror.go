package rules

import (
	"fmt"
	"github.com/jewelquiz/jewelquiz/quiz"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// LoadError lists every problem found in one rulebook.
type LoadError struct {
	File     string
	Problems []Problem
}

// Problem is one thing wrong with a rulebook, at a line (0 when unknown).
type Problem struct {
	Line int
	Msg  string
}

func (e *LoadError) Error() string {
	if len(e.Problems) == 1 {
		return "rulebook " + e.Problems[0].String(e.File)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "rulebook %s: %d problems", e.File, len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  " + p.String(e.File))
	}
	return b.String()
}

// String renders the problem as "file:line: message".
func (p Problem) String(file string) string {
	if p.Line <= 0 {
		return file + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d: %s", file, p.Line, p.Msg)
}

func sortProblems(ps []Problem) []Problem {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
	return ps
}

// The YAML library's messages, compiled when a rulebook has a problem
// rather than at every start-up.
var (
	lineRe    = lazyRegexp(`^(?:yaml: )?line (\d+): (.*)$`)
	unknownRe = lazyRegexp(`^field (\S+) not found in type (\S+)$`)
	typeRe    = lazyRegexp("^cannot unmarshal !!(\\w+) `(.*)` into (.+)$")
)

// lazyRegexp returns a function that compiles expr on its first call.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// yamlProblems turns the YAML library's errors into problems with lines and
// plainer words.
func yamlProblems(err error) []Problem {
	var msgs []string
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	} else {
		msgs = []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	var ps []Problem
	for _, m := range msgs {
		p := Problem{Msg: m}
		if g := lineRe().FindStringSubmatch(m); g != nil {
			p.Line, _ = strconv.Atoi(g[1])
			p.Msg = g[2]
			if parserProblems[p.Msg] {
				p.Line++ // the YAML library counts a parser error's line from 0
			}
		}
		p.Msg = plainYAMLMessage(p.Msg)
		ps = append(ps, p)
	}
	return sortProblems(ps)
}

// parserProblems are the YAML parser's messages (as opposed to its
// scanner's), whose line go.yaml.in/yaml/v3 reports one too low.
var parserProblems = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"did not find expected key":              true,
	"did not find expected '-' indicator":    true,
	"did not find expected node content":     true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
	"found undefined tag handle":             true,
}

func plainYAMLMessage(m string) string {
	if g := unknownRe().FindStringSubmatch(m); g != nil {
		msg := fmt.Sprintf("unknown key %s", quiz.Quote(g[1]))
		if keys := knownKeys()[g[2]]; len(keys) > 0 {
			msg += fmt.Sprintf(" (allowed here: %s)", strings.Join(keys, ", "))
		}
		return msg
	}
	if g := typeRe().FindStringSubmatch(m); g != nil {
		want := map[string]string{"int": "a whole number", "*int": "a whole number", "bool": "true or false", "string": "text"}[g[3]]
		switch {
		case strings.HasPrefix(g[3], "[]"):
			want = "a list"
		case strings.HasPrefix(g[3], "map"), strings.HasPrefix(g[3], "rules."), strings.HasPrefix(g[3], "quiz."):
			want = "a mapping of keys to values"
		case want == "":
			want = g[3]
		}
		got := map[string]string{"str": "text", "int": "a number", "bool": "true/false", "seq": "a list", "map": "a mapping", "null": "nothing", "float": "a number"}[g[1]]
		if got == "" {
			got = g[1]
		}
		if g[2] != "" {
			got += " " + quiz.Quote(g[2])
		}
		return fmt.Sprintf("expected %s here, got %s", want, got)
	}
	if strings.Contains(m, "mapping values are not allowed") {
		return m + " (put text that contains \": \" in quotes)"
	}
	return m
}

// knownKeys maps the Go type names the YAML library reports to the keys
// allowed in that part of the rulebook, worked out when first needed.
var knownKeys = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, v := range []any{Rulebook{}, quiz.Question{}, quiz.Option{}, Templates{}, Metal{}, MetalAdvice{}, MetalGroup{}, Advice{}, Type{}, Catalog{}, Effect{}} {
		t := reflect.TypeOf(v)
		var keys []string
		for i := 0; i < t.NumField(); i++ {
			if tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]; tag != "" && tag != "-" {
				keys = append(keys, tag)
			}
		}
		out[t.String()] = keys
	}
	return out
})
