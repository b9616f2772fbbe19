package rules

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"

	"go.yaml.in/yaml/v3"
)

// A translation file gives the words of a rulebook in another language,
// keyed the way the rulebook names things, never by position, so the
// rulebook's entries can be reordered without breaking it:
//
//	lang: es
//	name: ...
//	questions:            # by question id, then option value
//	  lifestyle: {title: ..., short: ..., why: ..., options: {active: {label: ..., description: ...}}}
//	explain:              # by template name, plus reason (see below)
//	answers:              # by question id, then answer value
//	metals:               # by metal id: name, about
//	metal_advice:         # by group name: note, answers (by value): note
//	ask:                  # English text: translation
//	flags:                # by flag id: text
//	types:                # by type id: name, summary, description,
//	                      # metal_note, scans, fit, catalog, cautions, ask,
//	                      # effects (by question id, then answer value: the because)
//
// Lists of sentences with no ids (ask, cautions, catalog suits, not_for,
// pros and cons) map each English sentence to its translation, so an
// English sentence that is reworded shows up as one to translate again.
// explain.reason is how a reason is put together from the answer and the
// effect's because; English's is reasonEnglish.

// reasonEnglish is how the rulebook's own reasons read: the answer, then
// ", so ", then the because (see compose).
const reasonEnglish = "{answer}, so {because}."

// slot is one place in a rulebook that holds words: a leaf holds the
// English text and the places its translation goes; a branch holds keys.
type slot struct {
	english string
	put     []func(string) // leaf: puts the translation in the copy
	keys    []string       // branch: its keys, in rulebook order
	kids    map[string]*slot

	done  bool // leaf: translated
	given bool // leaf: given, translated or not (then a problem says why)
	line  int  // where the translation file gives this slot, 0 if nowhere
}

func branch() *slot { return &slot{kids: map[string]*slot{}} }

// add returns the branch's child key, making it a branch if it is new.
func (s *slot) add(key string) *slot {
	if k, ok := s.kids[key]; ok {
		return k
	}
	k := branch()
	s.kids[key] = k
	s.keys = append(s.keys, key)
	return k
}

// text adds a leaf under key for the English text at p.
func (s *slot) text(key string, p *string) {
	s.leaf(key, *p, func(t string) { *p = t })
}

// texts adds a leaf for each of the space-separated keys, in turn, for the
// English texts at ps.
func (s *slot) texts(keys string, ps ...*string) {
	for i, key := range strings.Fields(keys) {
		s.text(key, ps[i])
	}
}

// leaf adds a leaf under key for an English text and where its
// translation goes; a second place with the same key (the same sentence
// twice in a list) shares the leaf.
func (s *slot) leaf(key, english string, put func(string)) {
	if k, ok := s.kids[key]; ok && k.kids == nil {
		k.put = append(k.put, put)
		return
	}
	s.kids[key] = &slot{english: english, put: []func(string){put}}
	s.keys = append(s.keys, key)
}

// list adds each sentence of a list, keyed by its English text.
func (s *slot) list(key string, items []string) {
	if len(items) == 0 {
		return
	}
	b := s.add(key)
	for i := range items {
		b.text(items[i], &items[i])
	}
}

// slots builds the tree of a rulebook's words: cp is a copy of the
// rulebook whose texts the leaves point into, and reason is where the
// translation of reasonEnglish goes.
func slots(cp *Rulebook, reason *string) (*slot, []Problem) {
	root := branch()
	var dup []Problem
	root.text("name", &cp.Name)
	qs := root.add("questions")
	for i := range cp.Questions {
		q := &cp.Questions[i]
		b := qs.add(q.ID)
		b.texts("title short why", &q.Title, &q.Short, &q.Why)
		opts := b.add("options")
		for j := range q.Options {
			o := &q.Options[j]
			opts.add(o.Value).texts("label description", &o.Label, &o.Description)
		}
	}
	ex := root.add("explain")
	tp := &cp.Explain
	for _, f := range []struct {
		key string
		p   *string
	}{
		{"summary", &tp.Summary}, {"close", &tp.Close}, {"close_base", &tp.CloseBase}, {"weak", &tp.Weak},
		{"single", &tp.Single}, {"single_weak", &tp.SingleWeak}, {"no_pick", &tp.NoPick},
		{"versus", &tp.Versus}, {"versus_base", &tp.VersusBase}, {"versus_start", &tp.VersusStart},
		{"tie", &tp.Tie}, {"only", &tp.Only}, {"no_reason", &tp.NoReason}, {"no_reason_only", &tp.NoReasonOnly},
		{"reason", reason},
	} {
		ex.text(f.key, f.p)
	}
	ans := root.add("answers")
	for _, q := range cp.Questions { // in the bank's order, not the map's
		if len(cp.Answers[q.ID]) == 0 {
			continue
		}
		b := ans.add(q.ID)
		m := cp.Answers[q.ID]
		for _, v := range q.Values() {
			if english, ok := m[v]; ok {
				b.leaf(v, english, func(t string) { m[v] = t })
			}
		}
	}
	ms := root.add("metals")
	for i := range cp.Metals {
		m := &cp.Metals[i]
		ms.add(m.ID).texts("name about", &m.Name, &m.About)
	}
	ma := root.add("metal_advice")
	for i := range cp.MetalAdvice.Groups {
		g := &cp.MetalAdvice.Groups[i]
		if _, seen := ma.kids[g.Name]; seen {
			dup = append(dup, Problem{Msg: fmt.Sprintf("metal_advice: two groups are named %q, so their advice cannot be translated apart; give each group its own name in the rulebook", g.Name)})
			continue
		}
		b := ma.add(g.Name)
		b.text("note", &g.Note)
		if len(g.Answers) == 0 {
			continue
		}
		a := b.add("answers")
		keys := make([]string, 0, len(g.Answers))
		for k := range g.Answers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if q, ok := quiz.Find(cp.Questions, cp.MetalAdvice.Question); ok {
			keys = slices.DeleteFunc(q.Values(), func(v string) bool { _, ok := g.Answers[v]; return !ok })
		}
		for _, k := range keys {
			m := g.Answers
			a.add(k).leaf("note", m[k].Note, func(t string) { adv := m[k]; adv.Note = t; m[k] = adv })
		}
	}
	root.list("ask", cp.Ask)
	fl := root.add("flags")
	for i := range cp.Flags {
		fl.add(cp.Flags[i].ID).text("text", &cp.Flags[i].Text)
	}
	ts := root.add("types")
	for i := range cp.Types {
		t := &cp.Types[i]
		b := ts.add(t.ID)
		b.texts("name summary description metal_note", &t.Name, &t.Summary, &t.Description, &t.MetalNote)
		b.list("cautions", t.Cautions)
		c := b.add("catalog")
		c.texts("made upkeep removal healing", &t.Catalog.Made, &t.Catalog.Upkeep, &t.Catalog.Removal, &t.Catalog.Healing)
		c.list("suits", t.Catalog.Suits)
		c.list("not_for", t.Catalog.NotFor)
		c.list("pros", t.Catalog.Pros)
		c.list("cons", t.Catalog.Cons)
		b.list("ask", t.Ask)
		b.text("scans", &t.Scans)
		b.add("fit").texts("advice season", &t.Fit.Advice, &t.Fit.Season)
		if len(t.Effects) > 0 {
			e := b.add("effects")
			for j := range t.Effects {
				q, v := t.Effects[j].condition()
				e.add(q).text(v, &t.Effects[j].Because)
			}
		}
	}
	return root, dup
}

// translate checks src as a translation of rb into lang and makes the
// translated copy. err, a *LoadError, holds what stops the translation
// being used; missing the texts it leaves in English, found even when err
// is not nil, as long as the YAML reads. It never panics.
func translate(rb *Rulebook, lang, name string, src []byte) (cp *Rulebook, missing []Problem, err error) {
	defer func() {
		if r := recover(); r != nil { // the YAML parser must never take the program down
			cp, missing, err = nil, nil, &LoadError{File: name, Problems: []Problem{{Msg: fmt.Sprintf("the YAML parser failed: %v", r)}}}
		}
	}()
	fail := func(ps ...Problem) (*Rulebook, []Problem, error) {
		return nil, nil, &LoadError{File: name, Problems: sortProblems(ps)}
	}
	if len(src) > MaxSource {
		return fail(Problem{Msg: fmt.Sprintf("the file is %d bytes; a translation may be at most %d", len(src), MaxSource)})
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return fail(Problem{Line: 1, Msg: "the translation is empty"})
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(src))
	if err := dec.Decode(&doc); err != nil {
		return fail(yamlProblems(err)...)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return fail(Problem{Line: extra.Line, Msg: "a translation is one YAML document; remove the second one (after ---)"})
	}
	cp = textCopy(rb)
	reason := reasonEnglish
	root, problems := slots(cp, &reason)
	said := ""
	root.leaf("lang", lang, func(t string) { said = t }) // checked, not translated
	w := &walker{problems: problems}
	top := &doc
	if top.Kind == yaml.DocumentNode && len(top.Content) > 0 {
		top = top.Content[0]
	}
	root.line = 1
	w.walk(root, top, nil)
	if l := root.kids["lang"]; l.done && said != lang {
		w.add(l.line, "lang: this file is in %q, but it is being read as %q", said, lang)
	}
	missing = sortProblems(missingTexts(root, nil, 0))
	if len(w.problems) > 0 {
		return nil, missing, &LoadError{File: name, Problems: sortProblems(w.problems)}
	}
	cp.reason = reason // the copy's reasons, said again in its own words
	cp.say(nil)
	cp.tr = &translations{base: rb, lang: lang}
	return cp, missing, nil
}

// walker checks a translation's YAML against the tree of the rulebook's words.
type walker struct{ problems []Problem }

func (w *walker) add(line int, format string, args ...any) {
	w.problems = append(w.problems, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

func dotted(path []string) string { return strings.Join(path, ".") }

// walk matches node n against slot s at path.
func (w *walker) walk(s *slot, n *yaml.Node, path []string) {
	if n.Kind == yaml.AliasNode {
		w.add(n.Line, "%s: aliases (*name) are not allowed in a translation; write the text out", dotted(path))
		return
	}
	if s.kids == nil { // a leaf: text
		s.given = n.Tag != "!!null" && strings.TrimSpace(n.Value) != "" || n.Kind != yaml.ScalarNode
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "!!null") {
			w.add(n.Line, "%s: expected text here", dotted(path))
			return
		}
		text := strings.TrimSpace(n.Value)
		if n.Tag == "!!null" || text == "" {
			return // left out: missing, unless the English is empty too
		}
		if strings.TrimSpace(s.english) == "" {
			w.add(n.Line, "%s: the rulebook has no text here, so there is nothing to translate; remove it", dotted(path))
			return
		}
		if msg := samePlaceholders(s.english, text); msg != "" {
			w.add(n.Line, "%s: %s", dotted(path), msg)
			return
		}
		s.done = true
		s.line = n.Line
		for _, put := range s.put {
			put(text)
		}
		return
	}
	switch {
	case n.Kind == yaml.ScalarNode && n.Tag == "!!null":
		return // an empty branch: everything under it is missing
	case n.Kind != yaml.MappingNode:
		w.add(n.Line, "%s: expected keys under here, such as %s", orTop(path), strings.Join(firstKeys(s.keys, 3), ", "))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		at := append(slices.Clone(path), key)
		if k.Kind != yaml.ScalarNode {
			w.add(k.Line, "%s: a key must be a plain name", orTop(path))
			continue
		}
		if first, dup := seen[key]; dup {
			w.add(k.Line, "%s is given twice (first on line %d)", dotted(at), first)
			continue
		}
		seen[key] = k.Line
		kid, ok := s.kids[key]
		if !ok {
			w.add(k.Line, "%s: unknown key %q%s", orTop(path), key, unknownHint(key, s.keys))
			continue
		}
		if kid.kids != nil {
			kid.line = k.Line
		}
		w.walk(kid, v, at)
	}
}

func orTop(path []string) string {
	if len(path) == 0 {
		return "top level"
	}
	return dotted(path)
}

func firstKeys(keys []string, n int) []string {
	if len(keys) > n {
		return append(slices.Clone(keys[:n]), "...")
	}
	return keys
}

// unknownHint is the did-you-mean for an unknown key, or, when there is
// none and the keys are few and short, the keys allowed.
func unknownHint(got string, keys []string) string {
	if s := suggest(got, keys); s != "" {
		return s
	}
	if len(keys) <= 12 {
		long := false
		for _, k := range keys {
			long = long || len(k) > 30
		}
		if !long {
			return fmt.Sprintf(" (allowed here: %s)", strings.Join(keys, ", "))
		}
	}
	return " (not in the rulebook)"
}

// missingTexts lists the leaves with English text and no translation, at
// the line of the nearest part of the path the translation gives.
func missingTexts(s *slot, path []string, line int) []Problem {
	if s.line > 0 {
		line = s.line
	}
	if s.kids == nil {
		if s.done || s.given || strings.TrimSpace(s.english) == "" || dotted(path) == "lang" {
			return nil
		}
		if last := len(path) - 1; path[last] == s.english { // a sentence of a list
			return []Problem{{Line: line, Msg: fmt.Sprintf("%s: not translated: %q", dotted(path[:last]), clip(s.english))}}
		}
		return []Problem{{Line: line, Msg: fmt.Sprintf("%s: not translated (English: %q)", dotted(path), clip(s.english))}}
	}
	var out []Problem
	for _, k := range s.keys {
		out = append(out, missingTexts(s.kids[k], append(slices.Clone(path), k), line)...)
	}
	return out
}

// clip shortens an English text quoted in a problem.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}

// placeholders lists the distinct {names} in a text, sorted, as the
// rulebook's checker finds them.
func placeholders(s string) []string {
	out := placeholderRe().FindAllString(s, -1)
	sort.Strings(out)
	return slices.Compact(out)
}

// samePlaceholders says how the translation's {placeholders} differ from
// the English text's, or "" when they are the same.
func samePlaceholders(english, text string) string {
	want, got := placeholders(english), placeholders(text)
	if slices.Equal(want, got) {
		return ""
	}
	var extra, lack []string
	for _, p := range got {
		if !slices.Contains(want, p) {
			extra = append(extra, p)
		}
	}
	for _, p := range want {
		if !slices.Contains(got, p) {
			lack = append(lack, p)
		}
	}
	var parts []string
	if len(extra) > 0 {
		parts = append(parts, "has "+strings.Join(extra, " ")+", which the rulebook's text has not")
	}
	if len(lack) > 0 {
		parts = append(parts, "lacks "+strings.Join(lack, " "))
	}
	msg := "placeholders differ from the rulebook's: " + strings.Join(parts, "; ")
	if len(want) > 0 {
		msg += " (it has " + strings.Join(want, " ") + ")"
	}
	return msg
}
