package rules

import (
	"cmp"
	_ "embed"
	"strings"
	"sync"
)

// The embedded rulebook's Spanish words. In makes the Spanish rulebook from
// the Go data generated from them (generatedSpanish), and parses them only
// when none was generated; either happens the first time a caller asks for
// Spanish, so a start-up that never does pays nothing for them.
//
//go:embed rulebook.es.yaml
var spanishSource []byte

// SpanishName is the file name reported in problems with the embedded
// rulebook's Spanish translation.
const SpanishName = "rulebook.es.yaml (embedded)"

// SpanishSource returns the YAML text of the embedded rulebook's Spanish
// translation.
func SpanishSource() []byte { return append([]byte(nil), spanishSource...) }

// Languages are the languages a translation may be attached in, besides
// the rulebook's own English.
var Languages = []string{"es"}

// translations are the languages a rulebook can be had in. A rulebook
// holds them from when it is loaded; a translated copy holds the rulebook
// it translates instead, so it can go back.
type translations struct {
	mu     sync.Mutex
	byLang map[string]*translated
	// base and lang are set on a translated copy: the rulebook it was
	// made from, and its language.
	base *Rulebook
	lang string
}

// translated is one language's translation of a rulebook: its source,
// turned into a translated copy once, when it is first asked for.
type translated struct {
	name string
	src  []byte
	// generated says the copy can be made from the Go data generated
	// from src (see generatedSpanishOf), without parsing it.
	generated bool
	once      sync.Once
	rb        *Rulebook // nil when the translation cannot be used
}

// withEmbedded gives the embedded rulebook, as loaded, its embedded
// translations, unparsed.
func withEmbedded(rb *Rulebook, err error) (*Rulebook, error) {
	if rb != nil {
		rb.tr = &translations{byLang: map[string]*translated{"es": {name: SpanishName, src: spanishSource, generated: true}}}
	}
	return rb, err
}

// generatedSpanishOf is the embedded rulebook base's Spanish translation,
// made from the Go data generated from rulebook.es.yaml (see
// generatedSpanish) as translate would make it from the YAML, which
// parsing took most of a Spanish command's start-up; nil in the rulebookgen
// build, which has none. Tests check that the two are the same.
func generatedSpanishOf(base *Rulebook) *Rulebook {
	cp := generatedSpanish()
	if cp == nil {
		return nil
	}
	// The ids, values and scores are base's: share its compiled tables,
	// as translate does.
	cp.bank, cp.valueIdx, cp.table, cp.groupOf = cp.Questions, base.valueIdx, base.table, base.groupOf
	cp.reason = cmp.Or(generatedReasonEs, reasonEnglish) // as translate leaves a missing one
	cp.say(generatedSaidEs)
	cp.tr = &translations{base: base, lang: "es"}
	return cp
}

// langCode turns "es", "ES" or "es_MX.UTF-8" into "es".
func langCode(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_."); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

// In returns the rulebook in a language, by its ISO 639-1 code ("es"):
// the same questions, answers, types, scores and ids, in that language's
// words, so Recommend on it ranks and scores exactly as on rb. It returns
// rb itself for the rulebook's own language (English), and for a language
// it has no usable translation for; a text the translation lacks stays in
// English. The copy is made once per language, the first time it is asked
// for, and is shared: In is safe for concurrent use. In on a translated
// copy goes back to the rulebook it was made from, or to another language.
func (rb *Rulebook) In(lang string) *Rulebook {
	if rb == nil || rb.tr == nil {
		return rb
	}
	lang = langCode(lang)
	if base := rb.tr.base; base != nil {
		if lang == rb.tr.lang {
			return rb
		}
		return base.In(lang)
	}
	rb.tr.mu.Lock()
	t := rb.tr.byLang[lang]
	rb.tr.mu.Unlock()
	if t == nil {
		return rb
	}
	t.once.Do(func() {
		if t.generated {
			if t.rb = generatedSpanishOf(rb); t.rb != nil {
				return
			}
		}
		cp, _, err := translate(rb, lang, t.name, t.src)
		if err == nil {
			t.rb = cp
		}
	})
	if t.rb == nil {
		return rb
	}
	return t.rb
}

// Translate attaches a translation of the rulebook into lang ("es"), read
// from src, a YAML file shaped like the embedded rulebook.es.yaml; name is
// the file's name in problems. It checks the translation against the
// rulebook at once: keys the rulebook does not have, {placeholders} that
// differ from the English text's, and YAML mistakes stop it being attached
// and are returned as a *LoadError, each with its line. Texts it does not
// translate are returned as missing; the translation is attached anyway,
// and those texts stay in English.
//
// Attach translations before the rulebook is shared: Translate must not be
// called while another goroutine calls In on the same rulebook.
func (rb *Rulebook) Translate(lang, name string, src []byte) (missing []Problem, err error) {
	code := langCode(lang)
	if code == "" || code == "en" {
		return nil, &LoadError{File: name, Problems: []Problem{{Msg: "a translation needs a language other than English, such as es"}}}
	}
	if rb.tr != nil && rb.tr.base != nil {
		return nil, &LoadError{File: name, Problems: []Problem{{Msg: "this rulebook is itself a translation; attach translations to the English rulebook"}}}
	}
	cp, missing, err := translate(rb, code, name, src)
	if err != nil {
		return missing, err
	}
	t := &translated{name: name, rb: cp}
	t.once.Do(func() {}) // made already
	if rb.tr == nil {
		rb.tr = &translations{}
	}
	rb.tr.mu.Lock()
	defer rb.tr.mu.Unlock()
	if rb.tr.byLang == nil {
		rb.tr.byLang = map[string]*translated{}
	}
	rb.tr.byLang[code] = t
	return missing, nil
}

// CheckTranslation checks src as a translation of rb into lang and returns
// every problem in it, each with its line, in line order: what Translate
// would refuse and what it would leave in English. It attaches nothing.
func (rb *Rulebook) CheckTranslation(lang, name string, src []byte) []Problem {
	_, missing, err := translate(rb, langCode(lang), name, src)
	var ps []Problem
	if le, ok := err.(*LoadError); ok {
		ps = append(ps, le.Problems...)
	}
	return sortProblems(append(ps, missing...))
}
