package rules_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// manyMistakes are one mistake of each kind the checker finds, made in the
// same rulebook: structural (an unknown key, a wrong type), references
// (metal, type, question and answer ids, with typos close enough to
// suggest the right one), a score range, a follow-up and a flag.
var manyMistakes = []loadEdit{
	{
		name: "unknown key",
		old:  "    short: Sleep\n", new: "    short: Sleep\n    hint: at night\n", at: "hint: at night",
		words: []string{`unknown key "hint"`, "allowed here"},
	},
	{
		name: "wrong type",
		old:  "undo.\n    base: 60\n", new: "undo.\n    base: sixty\n", at: "base: sixty",
		words: []string{"expected a whole number here", `"sixty"`},
	},
	{
		name: "unknown metal",
		old:  "          avoid: [white-gold, gold-filled]\n", new: "          avoid: [white-gold, gold-filed]\n", at: "gold-filed",
		words: []string{`unknown metal "gold-filed"`, `did you mean "gold-filled"?`},
	},
	{
		name: "unknown type",
		old:  "types: [welded-bracelet, welded-necklace, welded-anklet]", new: "types: [welded-bracelet, welded-necklase, welded-anklet]", at: "welded-necklase",
		words: []string{`unknown type "welded-necklase"`, `did you mean "welded-necklace"?`},
	},
	{
		name: "unknown question",
		old:  "{sport: other}\n        points: -5\n        because: a chain at the neck", new: "{sprot: other}\n        points: -5\n        because: a chain at the neck", at: "{sprot: other}",
		words: []string{`unknown question "sprot"`, `did you mean "sport"?`},
	},
	{
		name: "unknown answer",
		old:  "{machinery: daily}\n        exclude: true\n", new: "{machinery: dialy}\n        exclude: true\n", at: "{machinery: dialy}",
		words: []string{`unknown answer "dialy"`, `did you mean "daily"?`},
	},
	{
		name: "score range",
		old:  "theirs.\n    base: 45\n", new: "theirs.\n    base: 99\n", at: "base: 99",
		words: []string{`type "tattoo-jewelry": scores can range`, "within 0..100"},
	},
	{
		name: "ask_if",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: lifestyle, any_of: [activ]}", at: "[activ]",
		words: []string{`ask_if: "lifestyle" has no answer "activ"`, `did you mean "active"?`},
	},
	{
		name: "flag",
		old:  "when: {question: age, any_of: [under-18]}", new: "when: {question: age, any_of: [under-16]}", at: "under-16",
		words: []string{`flag "under-18": "age" has no answer "under-16"`, `did you mean "under-18"?`},
	},
}

// One run reports every mistake, each on its line: a mistake of one kind
// does not hide those of another, nor the score range.
func TestLoadReportsEveryKindOfMistakeAtOnce(t *testing.T) {
	src := string(rules.DefaultSource())
	type want struct {
		edit loadEdit
		line int
	}
	var wants []want
	for _, e := range manyMistakes {
		var line int
		src, line = e.apply(t, src)
		wants = append(wants, want{e, line})
	}
	// apply counts lines in the text as it was then; an edit adding a line
	// moves the later ones, so find each mistake again in the final text.
	for i, w := range wants {
		wants[i].line = strings.Count(src[:strings.Index(src, w.edit.at)], "\n") + 1
	}
	rb, err := rules.Load(testName, []byte(src))
	var le *rules.LoadError
	if !errors.As(err, &le) || rb != nil {
		t.Fatalf("Load = %v, %v; want only a *rules.LoadError", rb, err)
	}
	for _, w := range wants {
		found := false
		for _, p := range le.Problems {
			if p.Line == w.line && containsAll(p.Msg, w.edit.words) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no problem on line %d saying %q", w.edit.name, w.line, w.edit.words)
		}
		if at := fmt.Sprintf("%s:%d: ", testName, w.line); !strings.Contains(err.Error(), at) {
			t.Errorf("%s: the message has no %q", w.edit.name, at)
		}
	}
	if t.Failed() {
		t.Logf("got:\n%v", err)
	}
	for i := 1; i < len(le.Problems); i++ {
		if le.Problems[i-1].Line > le.Problems[i].Line {
			t.Errorf("problems are not in line order: %v", le.Problems)
		}
	}
}

// A value of the wrong type is reported once, as such, and not again as
// missing.
func TestLoadWrongTypeIsNotAlsoMissing(t *testing.T) {
	for _, tt := range []struct{ old, new, missing string }{
		{"undo.\n    base: 60\n", "undo.\n    base: sixty\n", "no base score"},
		{"points: -10\n        because: a bracelet sits", "points: lots\n        because: a bracelet sits", "give points"},
		{"questions:\n  - id: lifestyle\n", "questions: lifestyle\nunused:\n  - id: lifestyle\n", "lists no questions"},
	} {
		edited := strings.Replace(string(rules.DefaultSource()), tt.old, tt.new, 1)
		if edited == string(rules.DefaultSource()) {
			t.Fatalf("the rulebook has no %q: update this test", tt.old)
		}
		_, err := rules.Load(testName, []byte(edited))
		if err == nil {
			t.Fatalf("%q loaded", tt.new)
		}
		if !strings.Contains(err.Error(), "expected") {
			t.Errorf("%q: no wrong-type problem in:\n%v", tt.new, err)
		}
		if strings.Contains(err.Error(), tt.missing) {
			t.Errorf("%q is also reported as missing (%q):\n%v", tt.new, tt.missing, err)
		}
	}
}
