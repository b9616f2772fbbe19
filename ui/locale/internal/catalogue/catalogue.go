// Package catalogue reads the quiz's message catalogues, the YAML files
// under ui/locale/messages, as go-i18n reads them. The locale package's
// generator writes what it reads as Go data, and the locale package's
// tests check that data against the files, so that a process never parses
// YAML to say a word.
package catalogue

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// Message is one message of a catalogue: its id, its plural forms and
// whether it can be said as it is.
type Message struct {
	// ID is the message's id, "welcome.title".
	ID string
	// Other is the message's text, or its "other" plural form.
	Other string
	// Zero, One, Two, Few and Many are its other plural forms, if any.
	Zero, One, Two, Few, Many string
	// Plain says the message has no placeholders and no plural forms, so
	// Other is said as it is, without go-i18n.
	Plain bool
}

// Forms lists the message's texts that are set, "other" first.
func (m Message) Forms() []string {
	var out []string
	for _, f := range []string{m.Other, m.Zero, m.One, m.Two, m.Few, m.Many} {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Parse reads a language's files, messages/*.LANG.yaml in fsys, and
// returns their messages sorted by id. A file go-i18n cannot read, or an
// id in two files, is an error naming the file.
func Parse(fsys fs.FS, lang string) ([]Message, error) {
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	bundle := i18n.NewBundle(tag)
	bundle.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	names, err := fs.Glob(fsys, "messages/*."+lang+".yaml")
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("catalogue: no messages/*.%s.yaml files", lang)
	}
	seen := map[string]string{}
	var out []Message
	for _, name := range names {
		buf, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("catalogue: %w", err)
		}
		mf, err := bundle.ParseMessageFileBytes(buf, path.Base(name))
		if err != nil {
			return nil, fmt.Errorf("catalogue: %s: %w", name, err)
		}
		for _, m := range mf.Messages {
			if other, dup := seen[m.ID]; dup {
				return nil, fmt.Errorf("catalogue: %s: message %q is already in %s", name, m.ID, other)
			}
			seen[m.ID] = name
			out = append(out, Message{
				ID: m.ID, Other: m.Other, Zero: m.Zero, One: m.One, Two: m.Two, Few: m.Few, Many: m.Many,
				Plain: !strings.Contains(m.Other, "{{") && m.Zero+m.One+m.Two+m.Few+m.Many == "",
			})
		}
	}
	slices.SortFunc(out, func(a, b Message) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// Langs lists the languages that have files in fsys, from their names
// (welcome.es.yaml is Spanish), sorted.
func Langs(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "messages/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	var out []string
	for _, n := range names {
		parts := strings.Split(path.Base(n), ".")
		if len(parts) != 3 {
			return nil, fmt.Errorf("catalogue: %s: want AREA.LANG.yaml", n)
		}
		if !slices.Contains(out, parts[1]) {
			out = append(out, parts[1])
		}
	}
	slices.Sort(out)
	return out, nil
}
