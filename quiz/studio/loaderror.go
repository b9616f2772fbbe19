package studio

import (
	"fmt"
	"sort"
	"strings"
)

// LoadError lists every problem found in one studio file.
type LoadError struct {
	// File is the name the file was given under, as the problems show it.
	File string
	// Problems are in the order of their lines.
	Problems []Problem
}

// Problem is one thing wrong with a studio file.
type Problem struct {
	// Line is where in the file, from 1; 0 when the problem is the whole
	// file (its size) or the YAML library gave no line.
	Line int
	// Key is the setting the problem is about, as a dotted path from the
	// top of the file ("booking_url"; a setting inside another would be
	// "outer.inner"); "" for the file as a whole.
	Key string
	// Msg says what is wrong and, where it can, how to put it right.
	Msg string
}

// shownProblems is how many problems Error lists: past a screenful, the
// file is not a studio file at all.
const shownProblems = 20

// Error is the problems, one to a line after a count when there are
// several, each as "file:line: message"; past shownProblems, a count of
// the rest.
func (e *LoadError) Error() string {
	if len(e.Problems) == 1 {
		return "studio file " + e.Problems[0].String(e.File)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "studio file %s: %d problems", e.File, len(e.Problems))
	for i, p := range e.Problems {
		if i == shownProblems {
			fmt.Fprintf(&b, "\n  … and %d more", len(e.Problems)-i)
			break
		}
		b.WriteString("\n  " + p.String(e.File))
	}
	return b.String()
}

// String renders the problem as "file:line: message", or "file: message"
// when it has no line.
func (p Problem) String(file string) string {
	if p.Line <= 0 {
		return file + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d: %s", file, p.Line, p.Msg)
}

// loadError is the problems found in file as an error, sorted by line;
// nil when there are none.
func loadError(file string, ps []Problem) error {
	if len(ps) == 0 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
	return &LoadError{File: file, Problems: ps}
}
