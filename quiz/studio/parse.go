package studio

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// MaxSize bounds a studio file in bytes: it holds a few lines of
// settings, so anything near this is not one.
const MaxSize = 64 << 10

// tooLarge is the problem of a file past MaxSize.
var tooLarge = Problem{Msg: fmt.Sprintf("the file is larger than %d KiB; a studio file is a few lines of settings", MaxSize>>10)}

// Parse reads a studio file's settings from data, strictly: one YAML
// document holding a mapping of the known settings, each set at most
// once, each value checked. Empty data (or only comments) is a studio
// with nothing set. name is the file's name in messages; v the ids a
// setting may name (types, metals, themes). Every problem found is
// reported in one *LoadError, each with its line.
func Parse(name string, data []byte, v Vocabulary) (s Studio, err error) {
	defer func() {
		if r := recover(); r != nil { // the YAML parser must never take the program down
			s, err = Studio{}, loadError(name, []Problem{{Msg: fmt.Sprintf("the YAML parser failed: %v", r)}})
		}
	}()
	if len(data) > MaxSize {
		return Studio{}, loadError(name, []Problem{tooLarge})
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	switch err := dec.Decode(&doc); {
	case errors.Is(err, io.EOF):
		return Studio{}, nil
	case err != nil:
		return Studio{}, loadError(name, []Problem{syntaxProblem(err, data)})
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return Studio{}, loadError(name, []Problem{syntaxProblem(err, data)})
	default:
		return Studio{}, loadError(name, []Problem{{Line: extra.Line, Msg: "a studio file is one YAML document, and this --- starts a second one"}})
	}
	if err := loadError(name, read(&reading{s: &s, v: v}, &doc)); err != nil {
		return Studio{}, err
	}
	return s, nil
}
