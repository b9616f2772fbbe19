package studio

import "github.com/jewelquiz/jewelquiz/rules"

// Vocabulary is what the settings of a studio file may name: the
// rulebook's type and metal ids, and the quiz's themes. A studio file is
// read against the rulebook the quiz uses, so a mistyped id is caught
// with its line, not ignored.
type Vocabulary struct {
	Types  []string
	Metals []string
	Themes []string
	// TypeMetals are the metals each type comes in, by type id; a type
	// made of no metal has none. Without it (nil), any metal goes.
	TypeMetals map[string][]string
}

// VocabularyOf is the vocabulary of rulebook rb and the given themes.
func VocabularyOf(rb *rules.Rulebook, themes []string) Vocabulary {
	v := Vocabulary{Themes: themes, TypeMetals: map[string][]string{}}
	for _, t := range rb.Types {
		v.Types = append(v.Types, t.ID)
		v.TypeMetals[t.ID] = t.Metals
	}
	for _, m := range rb.Metals {
		v.Metals = append(v.Metals, m.ID)
	}
	return v
}
