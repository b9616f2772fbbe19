package locale

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:embed messages/*.yaml
var files embed.FS

// Printer says the catalogue's messages in one language. It is read-only
// once built and safe to share between sessions.
type Printer struct {
	lang  Lang
	loc   *i18n.Localizer
	plain map[string]string // messages with no placeholders and no plural
}

// catalogue is one language's messages, read the first time the
// language is asked for: a process that speaks only English never reads
// the Spanish files.
type catalogue struct {
	once     sync.Once
	printer  *Printer
	messages map[string]*i18n.Message
	err      error
}

var catalogues = func() map[Lang]*catalogue {
	m := map[Lang]*catalogue{}
	for _, l := range Langs {
		m[l] = &catalogue{}
	}
	return m
}()

// read returns a language's catalogue, reading it the first time. The
// catalogues are embedded and checked by the tests, so a broken one is a
// programming error: read panics on it.
func read(l Lang) *catalogue {
	c, ok := catalogues[l]
	if !ok {
		c = catalogues[English]
		l = English
	}
	c.once.Do(func() { c.err = c.load(l) })
	if c.err != nil {
		panic(c.err)
	}
	return c
}

// For returns the Printer for a language, English for one not spoken.
func For(l Lang) *Printer { return read(l).printer }

// load reads the files of language l: messages/*.l.yaml.
func (c *catalogue) load(l Lang) error {
	tag, err := language.Parse(string(l))
	if err != nil {
		return fmt.Errorf("locale: %w", err)
	}
	bundle := i18n.NewBundle(tag)
	bundle.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	names, err := fs.Glob(files, "messages/*."+string(l)+".yaml")
	if err != nil {
		return fmt.Errorf("locale: %w", err)
	}
	c.messages = map[string]*i18n.Message{}
	for _, name := range names {
		buf, err := files.ReadFile(name)
		if err != nil {
			return fmt.Errorf("locale: %w", err)
		}
		mf, err := bundle.ParseMessageFileBytes(buf, name)
		if err != nil {
			return fmt.Errorf("locale: %s: %w", name, err)
		}
		for _, m := range mf.Messages {
			if _, dup := c.messages[m.ID]; dup {
				return fmt.Errorf("locale: %s: message %q is already in another %s file", name, m.ID, l)
			}
			c.messages[m.ID] = m
		}
	}
	p := &Printer{lang: l, loc: i18n.NewLocalizer(bundle, string(l)), plain: map[string]string{}}
	for id, m := range c.messages {
		if !strings.Contains(m.Other, "{{") && m.One == "" {
			p.plain[id] = m.Other
		}
	}
	c.printer = p
	return nil
}

// Lang is the language the Printer speaks.
func (p *Printer) Lang() Lang { return p.lang }

// T says a message with no placeholders. An id missing from the
// catalogue says "⟦id⟧", which the tests look for.
func (p *Printer) T(id string) string {
	if s, ok := p.plain[id]; ok {
		return s
	}
	return p.F(id)
}

// F says a message, filling its {{.Name}} placeholders from pairs of
// name and value: p.F("results.saved", "Code", code).
func (p *Printer) F(id string, pairs ...any) string {
	return p.say(id, nil, pairs)
}

// N says a message in the plural form for n, which the message can use
// as {{.Count}}; pairs fill its other placeholders as in F.
func (p *Printer) N(id string, n int, pairs ...any) string {
	return p.say(id, n, pairs)
}

func (p *Printer) say(id string, count any, pairs []any) string {
	data := map[string]any{}
	for i := 0; i+1 < len(pairs); i += 2 {
		data[fmt.Sprint(pairs[i])] = pairs[i+1]
	}
	if count != nil {
		data["Count"] = count
	}
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil || s == "" {
		return "⟦" + id + "⟧"
	}
	return s
}

// Entry is one message of a catalogue, for tests and checks.
type Entry struct {
	// ID is the message's id.
	ID string
	// Forms are the message's texts: its plural forms, "other" first.
	Forms []string
}

// Entries lists a language's catalogue, sorted by id.
func Entries(l Lang) []Entry {
	var out []Entry
	for id, m := range read(l).messages {
		e := Entry{ID: id}
		for _, f := range []string{m.Other, m.Zero, m.One, m.Two, m.Few, m.Many} {
			if f != "" {
				e.Forms = append(e.Forms, f)
			}
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Files lists the catalogue's files, for the checks.
func Files() []string {
	names, _ := fs.Glob(files, "messages/*.yaml")
	for i, n := range names {
		names[i] = path.Base(n)
	}
	return names
}
