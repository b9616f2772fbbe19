package rules_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"regexp"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"go.yaml.in/yaml/v3"
)

func FuzzLoad(f *testing.F) {
	src := string(rules.DefaultSource())
	small := compactRulebook(f, src)
	for _, s := range []string{
		src,
		small,
		strings.Replace(small, "base: 60", "base: 90", 1),
		strings.Replace(small, "{lifestyle: active}", "{lifestyl: active}", 1),
		strings.Replace(small, "points: -20", "points: 80", 1),
		strings.Replace(small, "- id: piercing", "- id: welded-bracelet", 1),
		strings.Replace(small, "  - id: sleep\n", "  - id: Sleep\n", 1),
		strings.Replace(small, "value: busy", "value: active", 1),
		strings.Replace(small, "    short: Style\n", "", 1),
		strings.Replace(small, "title: How do you sleep?", "title: How do you sleep?\n    kind: one", 1),
		strings.Replace(small, "    base: 60", "\tbase: 60", 1),
		strings.Replace(small, "any_of: [active]", "any_of: [active, busy]", 1),
		strings.Replace(small, "any_of: [active]", "any_of: []", 1),
		strings.Replace(small, "any_of: [active]", "any_of: [sporty]", 1),
		strings.Replace(small, "{question: lifestyle, any_of: [active]}", "{question: sport, any_of: [water]}", 1),
		strings.Replace(small, "{question: machinery, any_of: [sometimes, daily]}", "{question: health, any_of: [keloids]}", 1),
		strings.Replace(small, "    ask_if: {question: lifestyle, any_of: [active]}\n", "", 1),
		strings.Replace(small, "    kind: many\n", "", 1),
		strings.Replace(small, "    kind: many\n", "    kind: some\n", 1),
		strings.Replace(small, "  - id: age\n", "  - id: age\n    kind: many\n", 1),
		strings.Replace(small, "when: {question: health, any_of: [pacemaker]}", "when: {question: health, any_of: [pacemakers]}", 1),
		strings.Replace(small, "  - id: pregnant\n", "  - id: pacemaker\n", 1),
		strings.Replace(small, "base: 60", "base: &b 60", 1) + "extra: *b\n",
		small + "---\nversion: x\n",
		small[:len(small)/2],
		"", "---", "version: 1", "types: []", "[]", "a: &x [1]\nb: *x\n",
	} {
		f.Add([]byte(s))
	}
	limitMinimizing(f)

	f.Fuzz(func(t *testing.T, data []byte) {
		rb, err := rules.Load("fuzz.yaml", data)
		if err != nil {
			checkLoadError(t, data, rb, err)
			return
		}
		bank := rb.Bank()
		checkBank(t, bank)
		for _, a := range sampleAnswers(bank) {
			// Each sample is a valid, complete set: nothing is left to ask,
			// and it survives writing and reading back.
			if err := a.Validate(bank); err != nil {
				t.Fatalf("sample answers %v do not validate: %v", a, err)
			}
			if q, more := quiz.Next(bank, a); more {
				t.Fatalf("sample answers %v leave %q to ask", a, q.ID)
			}
			if b, err := quiz.Decode(quiz.Encode(a, bank), bank); err != nil || b.String() != a.String() {
				t.Fatalf("%v does not round-trip: %v, %v", a, b, err)
			}
			rec, err := rb.Recommend(a)
			if err != nil {
				t.Fatalf("a rulebook that loads cannot recommend for %v: %v", a, err)
			}
			var flags []string
			for _, fl := range rb.Flags {
				if fl.When.Holds(a) {
					flags = append(flags, fl.ID)
				}
			}
			var got []string
			for _, fl := range rec.Flags {
				got = append(got, fl.ID)
			}
			if strings.Join(got, " ") != strings.Join(flags, " ") {
				t.Fatalf("%v: flags %v, want %v", a, got, flags)
			}
			if len(rec.Ranking) != len(rb.Types) {
				t.Fatalf("ranking has %d types, the rulebook %d", len(rec.Ranking), len(rb.Types))
			}
			for _, r := range rec.Ranking {
				if r.Score < 0 || r.Score > rules.MaxScore {
					t.Fatalf("%v: %s scores %d, outside 0..%d", a, r.Type, r.Score, rules.MaxScore)
				}
			}
			if _, err := json.Marshal(rec); err != nil {
				t.Fatalf("encoding the recommendation: %v", err)
			}
		}
	})
}

// idRe is what the checker lets a question id or answer value be.
var idRe = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

// checkBank checks the questions of a rulebook that loaded: plain ids and
// values, none given twice, and wording for everything shown.
func checkBank(t *testing.T, bank []quiz.Question) {
	t.Helper()
	if len(bank) == 0 {
		t.Fatalf("a rulebook with no questions loaded")
	}
	ids := map[string]bool{}
	for _, q := range bank {
		if !idRe.MatchString(q.ID) || ids[q.ID] {
			t.Fatalf("question id %q is not plain or not unique", q.ID)
		}
		ids[q.ID] = true
		if strings.TrimSpace(q.Title) == "" || strings.TrimSpace(q.Short) == "" || strings.TrimSpace(q.Why) == "" || len(q.Options) == 0 {
			t.Fatalf("question %q lacks wording or options: %+v", q.ID, q)
		}
		values := map[string]bool{}
		for _, o := range q.Options {
			if !idRe.MatchString(o.Value) || values[o.Value] {
				t.Fatalf("question %q: value %q is not plain or not unique", q.ID, o.Value)
			}
			values[o.Value] = true
			if strings.TrimSpace(o.Label) == "" || strings.TrimSpace(o.Description) == "" {
				t.Fatalf("question %q: option %q lacks wording", q.ID, o.Value)
			}
		}
	}
}

// sampleAnswers is a few complete answer sets for bank, each answering
// exactly the questions it asks: every first option (none of a many
// question's), every last option (all of them), and each question's option
// at its own place in the bank, wrapping around.
func sampleAnswers(bank []quiz.Question) []quiz.Answers {
	first, last, diagonal := quiz.Answers{}, quiz.Answers{}, quiz.Answers{}
	for i, q := range bank {
		vs := q.Values()
		if q.Asked(first) {
			first[q.ID] = vs[0]
			if q.Many() {
				first[q.ID] = ""
			}
		}
		if q.Asked(last) {
			last[q.ID] = vs[len(vs)-1]
			if q.Many() {
				last[q.ID] = quiz.JoinValues(q, vs)
			}
		}
		if q.Asked(diagonal) {
			diagonal[q.ID] = vs[i%len(vs)]
		}
	}
	return []quiz.Answers{first, last, diagonal}
}

// limitMinimizing caps the time spent minimising each new input the fuzzer
// finds, unless -fuzzminimizetime is given. Every iteration parses a whole
// rulebook of several kilobytes, so the default of 60 s per input would use
// up a short -fuzztime minimising a single input.
func limitMinimizing(f *testing.F) {
	const name = "test.fuzzminimizetime"
	given := false
	flag.Visit(func(fl *flag.Flag) { given = given || fl.Name == name })
	if !given && flag.Lookup(name) != nil {
		if err := flag.Set(name, "1s"); err != nil {
			f.Fatal(err)
		}
	}
}

// compactRulebook is src without comments or blank lines and with only two
// of its types: a valid seed small enough to keep each iteration, and the
// minimising of what the fuzzer finds, quick.
func compactRulebook(tb testing.TB, src string) string {
	tb.Helper()
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			lines = append(lines, l)
		}
	}
	out := strings.Join(lines, "\n") + "\n"
	cut := func(from, to string) {
		i, j := strings.Index(out, from), len(out)
		if to != "" {
			j = strings.Index(out, to)
		}
		if i < 0 || j < i {
			tb.Fatalf("the rulebook no longer has %q before %q", from, to)
		}
		out = out[:i] + out[j:]
	}
	cut("  - id: welded-necklace\n", "  - id: piercing\n")
	cut("  - id: tattoo-jewelry\n", "")
	cut("    - name: tattoo jewelry\n", "types:\n")
	out = strings.Replace(out, "types: [welded-bracelet, welded-necklace, welded-anklet]", "types: [welded-bracelet]", 1)
	out = strings.Replace(out, "types: [piercing, implant]", "types: [piercing]", 1)
	if _, err := rules.Load("compact.yaml", []byte(out)); err != nil {
		tb.Fatalf("the compact rulebook does not load: %v", err)
	}
	return out
}

// checkLoadError checks a failed Load: a *rules.LoadError with at least one
// problem, and a panic caught only if the YAML library itself panics.
func checkLoadError(t *testing.T, data []byte, rb *rules.Rulebook, err error) {
	t.Helper()
	var le *rules.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v (%T) is not a *rules.LoadError", err, err)
	}
	if rb != nil {
		t.Fatalf("Load returned a rulebook with its error %v", err)
	}
	if len(le.Problems) == 0 || err.Error() == "" {
		t.Fatalf("a LoadError with no problems: %q", err)
	}
	for _, p := range le.Problems {
		if strings.TrimSpace(p.Msg) == "" {
			t.Fatalf("a problem with no message: %v", le.Problems)
		}
		if strings.HasPrefix(p.Msg, "the YAML parser failed") && !yamlPanics(data) {
			t.Fatalf("Load panicked, and not in the YAML library: %s", p.Msg)
		}
	}
}

// yamlPanics reports whether the YAML library panics on data, decoding it the
// ways Load does.
func yamlPanics(data []byte) (panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil {
		return false
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var rb rules.Rulebook
	if err := dec.Decode(&rb); err != nil {
		return false
	}
	var extra yaml.Node
	_ = dec.Decode(&extra)
	return false
}
