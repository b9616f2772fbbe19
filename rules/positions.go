package rules

import "go.yaml.in/yaml/v3"

// positions finds the line of a place in the rulebook's YAML tree, named by
// a path of mapping keys (string) and sequence indices (int).
type positions struct{ root *yaml.Node }

// line returns the line of the deepest node on path that exists, so a
// missing key is reported at the line of its parent.
func (p positions) line(path ...any) int {
	n := p.root
	if n == nil {
		return 0
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, step := range path {
		next := child(n, step)
		if next == nil {
			break
		}
		n = next
	}
	return n.Line
}

// keyLine returns the line of the key itself in a mapping, for problems about
// a key (such as a question id under `answers`).
func (p positions) keyLine(path ...any) int {
	if len(path) == 0 || p.root == nil {
		return p.line()
	}
	parentLine := p.line(path[:len(path)-1]...)
	n := p.root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, step := range path[:len(path)-1] {
		if n = child(n, step); n == nil {
			return parentLine
		}
	}
	if key, ok := path[len(path)-1].(string); ok && n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i].Line
			}
		}
	}
	return parentLine
}

func child(n *yaml.Node, step any) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch s := step.(type) {
	case string:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == s {
				return n.Content[i+1]
			}
		}
	case int:
		if n.Kind == yaml.SequenceNode && s >= 0 && s < len(n.Content) {
			return n.Content[s]
		}
	}
	return nil
}

// has reports whether every step of path exists in the tree.
func (p positions) has(path ...any) bool {
	n := p.root
	if n == nil {
		return false
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, step := range path {
		if n = child(n, step); n == nil {
			return false
		}
	}
	return true
}
