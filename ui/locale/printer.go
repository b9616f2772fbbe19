package locale

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/jewelquiz/jewelquiz/ui/locale/internal/catalogue"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Printer says the catalogue's messages in one language. It is read-only
// once built and safe to share between sessions.
type Printer struct {
	lang     Lang
	messages []catalogue.Message // sorted by id

	// loc says the messages with placeholders or plural forms. It is
	// built the first time one is said: most of a headless command's
	// words are plain, and a bundle costs a tenth of a millisecond.
	locOnce sync.Once
	loc     *i18n.Localizer
}

// printers holds a Printer per language, built from the generated
// catalogues without parsing anything.
var printers = func() map[Lang]*Printer {
	m := map[Lang]*Printer{}
	for _, l := range Langs {
		m[l] = &Printer{lang: l, messages: generatedMessages(l)}
	}
	return m
}()

// For returns the Printer for a language, English for one not spoken.
func For(l Lang) *Printer {
	if p, ok := printers[l]; ok {
		return p
	}
	return printers[English]
}

// find returns the message with the id.
func (p *Printer) find(id string) (catalogue.Message, bool) {
	i, ok := slices.BinarySearchFunc(p.messages, id, func(m catalogue.Message, id string) int {
		return strings.Compare(m.ID, id)
	})
	if !ok {
		return catalogue.Message{}, false
	}
	return p.messages[i], true
}

// localizer returns go-i18n's Localizer for the Printer's messages,
// building it the first time.
func (p *Printer) localizer() *i18n.Localizer {
	p.locOnce.Do(func() {
		tag := language.Make(string(p.lang))
		bundle := i18n.NewBundle(tag)
		var msgs []*i18n.Message
		for _, m := range p.messages {
			if m.Plain {
				continue // said without go-i18n
			}
			// A plural form the message does not have, such as Spanish's
			// "many" for a round million, says the "other" form.
			or := func(form string) string { return cmp.Or(form, m.Other) }
			msgs = append(msgs, &i18n.Message{ID: m.ID, Other: m.Other, Zero: or(m.Zero), One: or(m.One), Two: or(m.Two), Few: or(m.Few), Many: or(m.Many)})
		}
		if err := bundle.AddMessages(tag, msgs...); err != nil {
			// The generated catalogues are checked by the tests; a
			// message go-i18n refuses is a programming error.
			panic(fmt.Sprintf("locale: %s: %v", p.lang, err))
		}
		p.loc = i18n.NewLocalizer(bundle, string(p.lang))
	})
	return p.loc
}

// Lang is the language the Printer speaks.
func (p *Printer) Lang() Lang { return p.lang }

// T says a message with no placeholders. An id missing from the
// catalogue says "⟦id⟧", which the tests look for.
func (p *Printer) T(id string) string { return p.F(id) }

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
	m, ok := p.find(id)
	if !ok {
		return "⟦" + id + "⟧"
	}
	if m.Plain {
		return m.Other
	}
	data := map[string]any{}
	for i := 0; i+1 < len(pairs); i += 2 {
		data[fmt.Sprint(pairs[i])] = pairs[i+1]
	}
	if count != nil {
		data["Count"] = count
	}
	s, err := p.localizer().Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
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
	p := For(l)
	out := make([]Entry, 0, len(p.messages))
	for _, m := range p.messages {
		out = append(out, Entry{ID: m.ID, Forms: m.Forms()})
	}
	return out
}
