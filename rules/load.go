package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/jewelquiz/jewelquiz/quiz"

	"go.yaml.in/yaml/v3"
)

// Limits on what a rulebook may say.
const (
	MinPoints = -50
	MaxPoints = 50
	MaxScore  = 100
)

// MaxSource bounds the size of a rulebook in bytes; a real one is a few
// kilobytes. Readers of rulebooks should stop reading past it.
const MaxSource = 1 << 20

// Load parses and validates a rulebook, questions included. name is used in
// error messages. Every problem found is reported in one *LoadError, each
// with its line.
func Load(name string, data []byte) (*Rulebook, error) {
	return load(name, data, true)
}

// loadTrusted is Load for a rulebook expected to be valid, such as the
// embedded one: it parses the YAML once, not a second time for the lines
// of problems, which was most of a command's start-up. Should there be a
// problem after all, it loads again with Load to report it with its line.
func loadTrusted(name string, data []byte) (*Rulebook, error) {
	rb, err := load(name, data, false)
	if err != nil {
		return Load(name, data)
	}
	return rb, nil
}

// load is Load; withLines parses the YAML a second time, into nodes, for
// the line of each problem.
func load(name string, data []byte, withLines bool) (rb *Rulebook, err error) {
	defer func() {
		if r := recover(); r != nil { // the YAML parser must never take the program down
			rb, err = nil, &LoadError{File: name, Problems: []Problem{{Line: 0, Msg: fmt.Sprintf("the YAML parser failed: %v", r)}}}
		}
	}()
	if len(data) > MaxSource {
		return nil, &LoadError{File: name, Problems: []Problem{{Msg: fmt.Sprintf("the file is %d bytes; a rulebook may be at most %d", len(data), MaxSource)}}}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &LoadError{File: name, Problems: []Problem{{Line: 1, Msg: "the rulebook is empty"}}}
	}
	var root *yaml.Node
	if withLines {
		root = new(yaml.Node)
		if err := yaml.Unmarshal(data, root); err != nil {
			return nil, &LoadError{File: name, Problems: yamlProblems(err)}
		}
	}
	rb = &Rulebook{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var structural []Problem
	if err := dec.Decode(rb); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, &LoadError{File: name, Problems: yamlProblems(err)}
		}
		// Unknown keys and wrong types: the rest was decoded, so check it too.
		structural = yamlProblems(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, &LoadError{File: name, Problems: []Problem{{Line: extra.Line, Msg: "a rulebook is one YAML document; remove the second one (after ---)"}}}
	}
	for i := range rb.Questions {
		if rb.Questions[i].Kind == "" {
			rb.Questions[i].Kind = quiz.KindOne
		}
	}
	v := &validator{rb: rb, bank: rb.Questions, pos: positions{root}, problems: structural}
	v.validate()
	if len(v.problems) > 0 {
		return nil, &LoadError{File: name, Problems: sortProblems(v.problems)}
	}
	rb.compile()
	return rb, nil
}
