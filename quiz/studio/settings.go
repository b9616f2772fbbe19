package studio

import (
	"fmt"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/jewelquiz/jewelquiz/quiz"

	"go.yaml.in/yaml/v3"
)

// setting is one key a studio file may set: read checks its value and
// keeps it in s, returning what is wrong with it.
type setting struct {
	key  string
	read func(r *reading, key string, v *yaml.Node) []Problem
}

// reading is a studio file being read: the settings kept so far, and the
// ids they may name.
type reading struct {
	s *Studio
	v Vocabulary
	// pricesSet is whether the file sets prices, rightly or not.
	pricesSet bool
}

// settings are every key of a studio file, in the order messages list
// them. A new setting is a field of Studio and a line here.
var settings = []setting{
	{"name", readName},
	{"booking_url", readBookingURL},
	{"theme", readTheme},
	{"currency", readCurrency},
	{"retention", readRetention},
	{"prices", readPrices},
}

// read walks a parsed studio file into s and returns its problems: a top
// level that is not a mapping, unknown keys, keys set twice, and each
// known setting's own.
func read(r *reading, doc *yaml.Node) []Problem {
	root := deref(doc)
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = deref(root.Content[0])
	}
	if isNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return []Problem{{Line: root.Line, Msg: fmt.Sprintf(`a studio file holds settings, one to a line as "key: value" (the keys are %s); this is %s`, keys(), describe(root))}}
	}
	var ps []Problem
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], deref(root.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			ps = append(ps, Problem{Line: k.Line, Msg: fmt.Sprintf("a setting's key is one of %s; this is %s", keys(), describe(k))})
			continue
		}
		if first, twice := seen[k.Value]; twice {
			ps = append(ps, Problem{Line: k.Line, Key: k.Value, Msg: fmt.Sprintf("%s is set twice (first on line %d); keep one", quiz.Quote(k.Value), first)})
			continue
		}
		seen[k.Value] = k.Line
		found := false
		for _, st := range settings {
			if k.Value == st.key {
				ps = append(ps, st.read(r, st.key, v)...)
				found = true
			}
		}
		if !found {
			ps = append(ps, Problem{Line: k.Line, Key: k.Value, Msg: fmt.Sprintf("unknown setting %s%s; the settings are %s", quiz.Quote(k.Value), suggest(k.Value), keys())})
		}
	}
	return append(ps, r.pricesNeedCurrency(seen)...)
}

// text is a setting's value as text: any scalar as written, "" for
// nothing (null). A list or mapping is a problem.
func text(key string, v *yaml.Node) (string, []Problem) {
	switch {
	case isNull(v):
		return "", nil
	case v.Kind == yaml.ScalarNode:
		return v.Value, nil
	}
	return "", problemf(key, v, "expected text, got %s", describe(v))
}

// problemf is one problem with key's value v.
func problemf(key string, v *yaml.Node, format string, args ...any) []Problem {
	return []Problem{{Line: v.Line, Key: key, Msg: key + ": " + fmt.Sprintf(format, args...)}}
}

// suggest is ` (did you mean "x"?)` when a setting's key is close to
// got: the same but for case, spaces, - and _; a couple of letters off;
// or one inside the other ("url" for "booking_url").
func suggest(got string) string {
	keys := make([]string, len(settings))
	for i, st := range settings {
		keys[i] = st.key
	}
	return suggestAmong(got, keys)
}

// suggestAmong is " (did you mean X?)" when one of candidates is close to
// got (case, dashes, underscores and spaces aside), else "".
func suggestAmong(got string, candidates []string) string {
	norm := func(s string) string {
		return strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.ToLower(s))
	}
	g := norm(got)
	best, bestDist := "", 3
	for _, c := range candidates {
		k := norm(c)
		d := levenshtein.ComputeDistance(g, k)
		if len(g) >= 3 && (strings.Contains(k, g) || strings.Contains(g, k)) {
			d = min(d, 2)
		}
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// keys lists the settings' keys for a message.
func keys() string {
	var ks []string
	for _, st := range settings {
		ks = append(ks, st.key)
	}
	return strings.Join(ks, ", ")
}

// deref is the node an alias stands for, or n.
func deref(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// isNull reports whether n is nothing: no node, or a null scalar.
func isNull(n *yaml.Node) bool {
	return n.Kind == 0 || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names the kind of a node for a message.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping (settings of its own)"
	case yaml.ScalarNode:
		return "text " + quiz.Quote(n.Value)
	}
	return "something else"
}
