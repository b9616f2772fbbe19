package rules_test

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// The embedded Spanish translation gives every text of the rulebook, and
// nothing the rulebook does not have: the checker finds no problem.
func TestSpanishComplete(t *testing.T) {
	rb := defaultRulebook(t)
	for _, p := range rb.CheckTranslation("es", rules.SpanishName, rules.SpanishSource()) {
		t.Error(p.String(rules.SpanishName))
	}
}

// lineOf is the line of the first line of src holding marker.
func lineOf(t *testing.T, src, marker string) int {
	t.Helper()
	i := strings.Index(src, marker)
	if i < 0 {
		t.Fatalf("the translation has no %q: update this test", marker)
	}
	return strings.Count(src[:i], "\n") + 1
}

// edit replaces old, which must be in src once, with new.
func edit(t *testing.T, src, old, new string) string {
	t.Helper()
	if strings.Count(src, old) != 1 {
		t.Fatalf("the translation has %d of %q, not one: update this test", strings.Count(src, old), old)
	}
	return strings.Replace(src, old, new, 1)
}

// Each kind of mistake in a translation is reported at its line, with the
// words that say what is wrong; those that stop it being used stop
// Translate too, and a text left out does not.
func TestTranslationProblems(t *testing.T) {
	es := string(rules.SpanishSource())
	for _, c := range []struct {
		name     string
		old, new string
		at       string // the line the problem is on holds this
		want     []string
		usable   bool // Translate attaches it anyway
	}{
		{"unknown question", "\n  lifestyle:\n    title:", "\n  lifestyl:\n    title:", "lifestyl:", []string{`questions: unknown key "lifestyl": did you mean "lifestyle"?`}, false},
		{"unknown option", "      relaxed:\n", "      relaxd:\n", "relaxd:", []string{`questions.lifestyle.options: unknown key "relaxd": did you mean "relaxed"?`}, false},
		{"unknown field", "    summary: \"Una cadena fina soldada alrededor de tu muñeca", "    sumary: \"Una cadena fina soldada alrededor de tu muñeca", "sumary:", []string{`types.welded-bracelet: unknown key "sumary": did you mean "summary"?`}, false},
		{"reworded English sentence", `"It can snag on knitwear or`, `"It can snag on knitwears or`, "knitwears", []string{`unknown key "It can snag on knitwears or get in the way of a watch."`, `did you mean "It can snag on knitwear or get in the way of a watch."?`}, false},
		{"unknown effect answer", "        light-sleeper: \"puede que notes la cadena moverse en la muñeca", "        light-sleepr: \"puede que notes la cadena moverse en la muñeca", "light-sleepr:", []string{`types.welded-bracelet.effects.sleep: unknown key "light-sleepr": did you mean "light-sleeper"?`}, false},
		{"placeholder renamed", "Tu mejor opción: {pick}, con {score}/100.", "Tu mejor opción: {pick}, con {puntos}/100.", "{puntos}", []string{"explain.summary: placeholders differ", "has {puntos}, which the rulebook's text has not", "lacks {score}"}, false},
		{"placeholder dropped", "Las opciones {pick} y {runner} empataron con {score}", "Las opciones {pick} y {runner} empataron", "empataron:", []string{"explain.tie: placeholders differ", "lacks {score}"}, false},
		{"placeholder where none is", "    short: \"Tus días\"", "    short: \"Tus {días}\"", "Tus {días}", []string{"questions.lifestyle.short: placeholders differ", "has {días}"}, false},
		{"wrong language", "lang: es\n", "lang: fr\n", "lang: fr", []string{`lang: this file is in "fr", but it is being read as "es"`}, false},
		{"list for text", "    short: \"Tus días\"", "    short: [\"Tus días\"]", "Tus días", []string{"questions.lifestyle.short: expected text here"}, false},
		{"text for keys", "  tattoo jewelry:\n    note:", "  tattoo jewelry: hola\n  x:\n    note:", "tattoo jewelry: hola", []string{"metal_advice.tattoo jewelry: expected keys under here"}, false},
		{"given twice", "    short: \"Tus días\"", "    short: \"Tus días\"\n    short: \"Días\"", "short: \"Días\"", []string{"questions.lifestyle.short is given twice (first on line"}, false},
		{"text the rulebook has not", "  welded-necklace:\n    name:", "  welded-necklace:\n    metal_note: \"Nota\"\n    name:", "metal_note: \"Nota\"", []string{"types.welded-necklace.metal_note: the rulebook has no text here"}, false},
		{"alias", "    short: \"Tus días\"", "    short: &d \"Tus días\"\n    why: *d", "why: *d", []string{"aliases"}, false},
		{"second document", "lang: es\n", "lang: es\n---\nlang: es\n", "---", []string{"one YAML document"}, false},
		{"left out", "    short: \"Tus días\"\n", "", "  lifestyle:", []string{`questions.lifestyle.short: not translated (English: "Your days")`}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := edit(t, es, c.old, c.new)
			line := lineOf(t, src, c.at)
			rb := plainRulebook(t)
			ps := rb.CheckTranslation("es", "es.yaml", []byte(src))
			found := false
			for _, p := range ps {
				all := true
				for _, w := range c.want {
					all = all && strings.Contains(p.Msg, w)
				}
				if all && p.Line == line {
					found = true
				}
			}
			if !found {
				t.Fatalf("no problem at line %d says %q; the problems are %v", line, c.want, ps)
			}
			missing, err := rb.Translate("es", "es.yaml", []byte(src))
			var le *rules.LoadError
			switch {
			case c.usable && err != nil:
				t.Fatalf("Translate refused a translation that lacks a text: %v", err)
			case c.usable && len(missing) != 1:
				t.Fatalf("Translate reports %v missing, want the one", missing)
			case !c.usable && !errors.As(err, &le):
				t.Fatalf("Translate took it: %v, %v", missing, err)
			case !c.usable && rb.In("es") != rb:
				t.Fatal("a refused translation is used")
			}
		})
	}
}

// plainRulebook loads the embedded rulebook's YAML as a file, with no
// translation attached.
func plainRulebook(t *testing.T) *rules.Rulebook {
	t.Helper()
	rb, err := rules.Load("mine.yaml", rules.DefaultSource())
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// A text the translation leaves out stays in English at run time; the
// rest is in Spanish.
func TestTranslationFallsBack(t *testing.T) {
	rb := plainRulebook(t)
	src := edit(t, string(rules.SpanishSource()), "    short: \"Tus días\"\n", "")
	if _, err := rb.Translate("es", "es.yaml", []byte(src)); err != nil {
		t.Fatal(err)
	}
	es := rb.In("es")
	q, _ := quiz.Find(es.Bank(), "lifestyle")
	if q.Short != "Your days" || q.Title != "¿Cómo suelen ser tus días?" {
		t.Fatalf("short %q, title %q: want the English short and the Spanish title", q.Short, q.Title)
	}
}

// In gives the same copy every time, goes back from it, and gives the
// rulebook itself for English and for a language it has no words for.
func TestIn(t *testing.T) {
	rb := defaultRulebook(t)
	es := rb.In("es")
	if es == rb || es.Questions[0].Title == rb.Questions[0].Title {
		t.Fatal(`In("es") is not in Spanish`)
	}
	for _, c := range []struct {
		got, want *rules.Rulebook
		what      string
	}{
		{rb.In("es"), es, `In("es") twice`},
		{rb.In("ES"), es, `In("ES")`},
		{rb.In("es_MX.UTF-8"), es, `In("es_MX.UTF-8")`},
		{es.In("es"), es, `In("es") on the Spanish copy`},
		{es.In("en"), rb, `In("en") on the Spanish copy`},
		{rb.In("en"), rb, `In("en")`},
		{rb.In(""), rb, `In("")`},
		{rb.In("fr"), rb, `In("fr")`},
	} {
		if c.got != c.want {
			t.Errorf("%s gives another rulebook", c.what)
		}
	}
	if es.Version != rb.Version || rb.Questions[0].Title != "What are your days usually like?" {
		t.Fatal("the translation changed the version, or the English rulebook")
	}
	if loaded := plainRulebook(t); loaded.In("es") != loaded {
		t.Fatal("a rulebook loaded from a file speaks Spanish without a translation attached")
	}
}

// Many sessions may ask for Spanish at once: they all get the one copy,
// made once (run with -race).
func TestInConcurrent(t *testing.T) {
	rb := defaultRulebook(t)
	a := quiz.Answers{}
	for q, more := quiz.Next(rb.Bank(), a); more; q, more = quiz.Next(rb.Bank(), a) {
		a[q.ID] = q.Options[0].Value
	}
	const n = 16
	got := make([]*rules.Rulebook, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = rb.In("es")
			if _, err := got[i].Recommend(a); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i := range got {
		if got[i] != got[0] || got[i] == rb {
			t.Fatalf("session %d got another rulebook", i)
		}
	}
}

// Translate refuses English, and a translated copy.
func TestTranslateRefuses(t *testing.T) {
	rb := defaultRulebook(t)
	for _, c := range []struct {
		rb   *rules.Rulebook
		lang string
	}{{rb, "en"}, {rb, ""}, {rb.In("es"), "es"}} {
		if _, err := c.rb.Translate(c.lang, "x.yaml", rules.SpanishSource()); err == nil {
			t.Errorf("Translate(%q) on %s took it", c.lang, c.rb.Name)
		}
	}
}
