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

var (
	once     sync.Once
	printers map[Lang]*Printer
	catalog  map[Lang]map[string]*i18n.Message
	loadErr  error
)

// For returns the Printer for a language, English for one not spoken.
// The catalogues are embedded and checked by the tests, so a broken one
// is a programming error: For panics on it.
func For(l Lang) *Printer {
	once.Do(load)
	if loadErr != nil {
		panic(loadErr)
	}
	if p, ok := printers[l]; ok {
		return p
	}
	return printers[English]
}

func load() {
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	catalog = map[Lang]map[string]*i18n.Message{}
	names, err := fs.Glob(files, "messages/*.yaml")
	if err != nil {
		loadErr = err
		return
	}
	for _, name := range names {
		buf, err := files.ReadFile(name)
		if err != nil {
			loadErr = fmt.Errorf("locale: %w", err)
			return
		}
		mf, err := bundle.ParseMessageFileBytes(buf, name)
		if err != nil {
			loadErr = fmt.Errorf("locale: %s: %w", name, err)
			return
		}
		l, ok := FromLocale(mf.Tag.String())
		if !ok {
			loadErr = fmt.Errorf("locale: %s: language %s is not spoken", name, mf.Tag)
			return
		}
		if catalog[l] == nil {
			catalog[l] = map[string]*i18n.Message{}
		}
		for _, m := range mf.Messages {
			if _, dup := catalog[l][m.ID]; dup {
				loadErr = fmt.Errorf("locale: %s: message %q is already in another %s file", name, m.ID, l)
				return
			}
			catalog[l][m.ID] = m
		}
	}
	printers = map[Lang]*Printer{}
	for _, l := range Langs {
		p := &Printer{lang: l, loc: i18n.NewLocalizer(bundle, string(l)), plain: map[string]string{}}
		for id, m := range catalog[l] {
			if !strings.Contains(m.Other, "{{") && m.One == "" {
				p.plain[id] = m.Other
			}
		}
		printers[l] = p
	}
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
	once.Do(load)
	if loadErr != nil {
		panic(loadErr)
	}
	var out []Entry
	for id, m := range catalog[l] {
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
