package rules_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// The name the rulebooks under test are loaded as.
const testName = "my-rules.yaml"

// loadEdit is one mistake made in the default rulebook.
type loadEdit struct {
	name     string
	old, new string   // old must occur once in the rulebook; "" appends new
	at       string   // occurs once in the edited text, on the line of the problem
	words    []string // the problem's message contains these
}

// anklet is the line a problem with the welded anklet as a whole is reported on.
const anklet = "  - id: welded-anklet\n"

var loadEdits = []loadEdit{
	{
		name: "unknown key in a question",
		old:  "    short: Sleep\n", new: "    short: Sleep\n    hint: at night\n", at: "hint: at night",
		words: []string{"unknown key", `"hint"`, "allowed here", "title", "options"},
	},
	{
		name: "unknown key in an option",
		old:  "        label: Lightly\n", new: "        label: Lightly\n        icon: moon\n", at: "icon: moon",
		words: []string{"unknown key", `"icon"`, "allowed here", "value, label, description"},
	},
	{
		name: "a question with no title",
		old:  "    title: How do you sleep?\n", new: "", at: "  - id: sleep\n",
		words: []string{`question "sleep" has no title`},
	},
	{
		name: "a question with no short name",
		old:  "    short: Sleep\n", new: "", at: "  - id: sleep\n",
		words: []string{`question "sleep" has no short`},
	},
	{
		name: "a question with no why",
		old:  "    why: You will sleep in it every night, so it has to be comfortable in bed.\n", new: "", at: "  - id: sleep\n",
		words: []string{`question "sleep" has no why`},
	},
	{
		name: "a question with no id",
		old:  "  - id: sleep\n    title:", new: "  - title:", at: "  - title: How do you sleep?",
		words: []string{"questions[8]: a question needs an id"},
	},
	{
		name:  "a question with no options",
		old:   "    options:\n      - value: fine\n        label: Needles are fine\n        description: A quick pinch doesn't bother me.\n      - value: avoid\n        label: I'd rather avoid them\n        description: No needles or skin procedures, please.\n",
		new:   "",
		at:    "  - id: needles\n",
		words: []string{`question "needles" has no options`},
	},
	{
		name:  "a question with an empty list of options",
		old:   "    options:\n      - value: fine\n        label: Needles are fine\n        description: A quick pinch doesn't bother me.\n      - value: avoid\n        label: I'd rather avoid them\n        description: No needles or skin procedures, please.\n",
		new:   "    options: []\n",
		at:    "    options: []",
		words: []string{`question "needles" has no options`},
	},
	{
		name: "duplicate question id",
		old:  "  - id: sleep\n", new: "  - id: allergy\n", at: "  - id: allergy\n    title: How do you sleep?",
		words: []string{`duplicate question id "allergy"`},
	},
	{
		name: "duplicate answer value in a question",
		old:  "      - value: busy\n", new: "      - value: active\n", at: "      - value: active\n        label: Busy",
		words: []string{`question "lifestyle", option 2: duplicate value "active"`},
	},
	{
		name: "a question id that is not plain",
		old:  "  - id: dress_code\n", new: "  - id: Dress Code\n", at: "id: Dress Code",
		words: []string{`question id "Dress Code"`, "lower-case letters and digits"},
	},
	{
		name: "an answer value that is not plain",
		old:  "      - value: side-or-stomach\n", new: "      - value: side or stomach\n", at: "value: side or stomach",
		words: []string{`question "sleep", option 2: value "side or stomach"`, "lower-case letters and digits"},
	},
	{
		name: "an answer value with a trailing dash",
		old:  "      - value: side-or-stomach\n", new: "      - value: side-or-stomach-\n", at: "value: side-or-stomach-",
		words: []string{`value "side-or-stomach-"`, "joined by - or _"},
	},
	{
		name: "an option with no value",
		old:  "      - value: light-sleeper\n        label: Lightly\n", new: "      - label: Lightly\n", at: "      - label: Lightly",
		words: []string{`question "sleep", option 3 needs a value`},
	},
	{
		name: "an option with no label",
		old:  "        label: Lightly\n", new: "", at: "      - value: light-sleeper\n",
		words: []string{`question "sleep", option 3 has no label`},
	},
	{
		name: "an option with no description",
		old:  "        description: Anything I can feel wakes me up.\n", new: "", at: "      - value: light-sleeper\n",
		words: []string{`question "sleep", option 3 has no description`},
	},
	{
		name: "a renamed value the answers still use",
		old:  "      - value: daily\n", new: "      - value: every-day\n", at: "    daily: you work with machines",
		words: []string{"answers.machinery", `unknown answer "daily"`, "never, sometimes, every-day"},
	},
	{
		name: "a renamed question the metal advice still uses",
		old:  "  - id: allergy\n", new: "  - id: allergies\n", at: "  question: allergy\n",
		words: []string{"metal_advice: unknown question", `"allergy"`, "allergies"},
	},
	{
		name: "questions that are not a list",
		old:  "questions:\n  - id: lifestyle\n", new: "questions: lifestyle\nunused:\n  - id: lifestyle\n", at: "questions: lifestyle",
		words: []string{"expected a list here", `"lifestyle"`},
	},
	{
		name: "unknown key",
		old:  "undo.\n    base: 60\n", new: "undo.\n    base: 60\n    colour: gold\n", at: "colour: gold",
		words: []string{"unknown key", `"colour"`, "allowed here", "summary"},
	},
	{
		name: "unknown question in when",
		old:  "{sport: other}\n        points: -5\n        because: a chain at the neck", new: "{sprot: other}\n        points: -5\n        because: a chain at the neck", at: "{sprot: other}",
		words: []string{"unknown question", `"sprot"`, `"welded-necklace"`, "lifestyle, sport, dress_code"},
	},
	{
		name: "unknown answer in when",
		old:  "{machinery: daily}\n        exclude: true\n", new: "{machinery: always}\n        exclude: true\n", at: "{machinery: always}",
		words: []string{"unknown answer", `"always"`, `"machinery"`, "never, sometimes, daily"},
	},
	{
		name: "unknown metal of a type",
		old:  "metals: [titanium]\n", new: "metals: [titanium, unobtainium]\n", at: "unobtainium",
		words: []string{"unknown metal", `"unobtainium"`, "titanium"},
	},
	{
		name: "unknown metal in metal_advice",
		old:  "recommended: [titanium, implant-steel, niobium, solid-gold, platinum]\n", new: "recommended: [titanium, mithril, niobium, solid-gold, platinum]\n", at: "mithril",
		words: []string{"unknown metal", `"mithril"`},
	},
	{
		name: "unknown type in a metal_advice group",
		old:  "types: [piercing, implant]\n", new: "types: [piercing, implant, septum]\n", at: "septum",
		words: []string{"metal_advice group", `"piercings and implants"`, `unknown type "septum"`, "welded-bracelet"},
	},
	{
		name: "a type in two metal_advice groups",
		old:  "types: [piercing, implant]\n", new: "types: [piercing, implant, welded-anklet]\n", at: "implant, welded-anklet]",
		words: []string{`type "welded-anklet" is already in group "welded chains"`},
	},
	{
		name: "a type in no metal_advice group",
		old:  "types: [piercing, implant]\n", new: "types: [piercing]\n", at: "  - id: implant\n",
		words: []string{`type "implant" is in no metal_advice group`},
	},
	{
		name: "a welded-only metal recommended for piercings",
		old:  "recommended: [titanium, niobium, platinum, solid-gold]\n          avoid: [implant-steel,", new: "recommended: [titanium, niobium, platinum, gold-filled]\n          avoid: [implant-steel,", at: "platinum, gold-filled]",
		words: []string{`"piercings and implants".nickel`, `"gold-filled" is not one of the metals`, "only: titanium, implant-steel"},
	},
	{
		name: "a metal_advice group missing an answer",
		old:  "        unsure:\n          recommended: [titanium, solid-gold, platinum]\n          avoid: [white-gold, gold-filled]\n          note: If you are not sure, a dermatologist can patch-test you for nickel before anything is welded; until then, titanium and solid gold are the safest choices.\n", new: "", at: "        none:\n          recommended: [solid-gold,",
		words: []string{`"welded chains"`, `no advice for answer "unsure"`},
	},
	{
		name: "a type made of no metal in a group with metals",
		old:  "types: [piercing, implant]\n", new: "types: [piercing, implant, tattoo-jewelry]\n", at: "implant, tattoo-jewelry]",
		words: []string{`type "tattoo-jewelry" is made of none`},
	},
	{
		name: "a metal group with neither answers nor a note",
		old:  "      note: Pigments can cause allergic reactions too, so ask for a patch test of the ink before the session.\n", new: "", at: "    - name: tattoo jewelry\n",
		words: []string{`"tattoo jewelry" needs answers`},
	},
	{
		name: "a type with no ask",
		old:  "    ask:\n      - Will it rub inside the shoes and socks I wear most days?\n      - Which metal is this exactly, and can I see its certificate?\n      - What will it cost in all, and what does re-welding or removal cost later?\n", new: "", at: anklet,
		words: []string{`"welded-anklet" has no ask`},
	},
	{
		name: "a type with no scans",
		old:  "    scans: For an MRI of that area, or for any surgery, your piercer", new: "    # scans: For an MRI of that area, or for any surgery, your piercer", at: "  - id: piercing\n",
		words: []string{`"piercing" has no scans`},
	},
	{
		name: "a type with no fit advice",
		old:  "      advice: The professional chooses the size and depth", new: "      season: The professional chooses the size and depth", at: "  - id: implant\n",
		words: []string{`"implant" has no fit advice`, "a finger's space"},
	},
	{
		name: "duplicate type id",
		old:  "  - id: welded-necklace\n", new: "  - id: welded-bracelet\n", at: "  - id: welded-bracelet\n    name: Welded necklace",
		words: []string{"duplicate type id", `"welded-bracelet"`},
	},
	{
		name: "duplicate metal id",
		old:  "  - id: niobium\n", new: "  - id: titanium\n", at: "  - id: titanium\n    name: niobium",
		words: []string{"duplicate id", `"titanium"`},
	},
	{
		name: "points out of range",
		old:  "points: -10\n        because: a bracelet sits", new: "points: 80\n        because: a bracelet sits", at: "points: 80",
		words: []string{"points 80", "out of range"},
	},
	{
		name:  "a type with no description",
		old:   "    description: >-\n      The same welded chain, fitted around the ankle. Socks and trousers hide\n      it, it stays far from hand-level machinery, and you will hardly feel it\n      in bed. It comes off the same way: cut at the weld, re-welded later.\n",
		new:   "",
		at:    anklet,
		words: []string{`"welded-anklet"`, "no description"},
	},
	{
		name: "a type with an empty summary",
		old:  "summary: A welded chain around your ankle, hidden by socks and far from busy hands.\n", new: "summary: \"\"\n", at: anklet,
		words: []string{`"welded-anklet"`, "no summary"},
	},
	{
		name: "base out of range",
		old:  "undo.\n    base: 60\n", new: "undo.\n    base: 120\n", at: "base: 120",
		words: []string{`"welded-bracelet"`, "base 120", "out of range"},
	},
	{
		name: "scores can exceed 100",
		old:  "undo.\n    base: 60\n", new: "undo.\n    base: 90\n", at: "base: 90",
		words: []string{`"welded-bracelet"`, "scores can range", "within 0..100"},
	},
	{
		name: "when with two keys",
		old:  "{machinery: sometimes}\n        points: -10\n", new: "{machinery: sometimes, sleep: back}\n        points: -10\n", at: "- when: {machinery: sometimes, sleep: back}",
		words: []string{`"welded-bracelet"`, "exactly one question"},
	},
	{
		name:  "points and exclude together",
		old:   "exclude: true\n        because: a chain on the wrist every day",
		new:   "exclude: true\n        points: -10\n        because: a chain on the wrist every day",
		at:    "- when: {machinery: daily}\n        exclude: true\n        points: -10",
		words: []string{`"welded-bracelet"`, "either points or exclude"},
	},
	{
		name: "effect with neither points nor exclude",
		old:  "points: -10\n        because: a bracelet sits", new: "because: a bracelet sits", at: "- when: {machinery: sometimes}\n        because: a bracelet sits",
		words: []string{"give points"},
	},
	{
		name: "unknown placeholder in explain",
		old:  `"{pick} is the only type your answers leave open."`, new: `"{pick} is the only {kind} your answers leave open."`, at: "{kind}",
		words: []string{"explain.only", "unknown placeholder {kind}", "{pick}"},
	},
	{
		name: "unknown placeholder in explain.close",
		old:  "which favours {favoured}.", new: "which favours {favoured} by {gap}.", at: "{gap}",
		words: []string{"explain.close", "unknown placeholder {gap}", "{favoured}"},
	},
	{
		name: "unknown placeholder in explain.weak",
		old:  "comes closest, at {score}/100", new: "comes closest, at {score}/100 of {count}", at: "of {count}",
		words: []string{"explain.weak", "unknown placeholder {count}", "{pick}, {score}"},
	},
	{
		name: "missing explain.close_base",
		old:  "  close_base: \"{pick} ({score}) and {runner} ({runner_score}) suit you almost equally, and none of your answers tells them apart: compare both at the consultation.\"\n", new: "", at: "  summary: \"{pick} is your best match",
		words: []string{`"close_base" sentence is missing`},
	},
	{
		name: "unknown placeholder in explain.no_reason_only",
		old:  "it is the only type your answers leave open.\"", new: "it is the only one of {count}.\"", at: "only one of {count}",
		words: []string{"explain.no_reason_only", "unknown placeholder {count}"},
	},
	{
		name: "missing phrase for an answer",
		old:  "    light-sleeper: you are a light sleeper\n", new: "", at: "    back: you sleep on your back",
		words: []string{"answers.sleep", `"light-sleeper"`},
	},
	{
		name: "unknown answer in answers",
		old:  "    light-sleeper: you are a light sleeper\n", new: "    light-sleeper: you are a light sleeper\n    insomniac: you hardly sleep\n", at: "insomniac",
		words: []string{"answers.sleep", `"insomniac"`, "back, side-or-stomach, light-sleeper"},
	},
	{
		name: "tab indentation",
		old:  "undo.\n    base: 60\n", new: "undo.\n\tbase: 60\n", at: "\tbase: 60",
		words: []string{"character"},
	},
	{
		name: "unclosed quote",
		old:  "because: an implant, placed in a skin procedure, is out", new: `because: "an implant, placed in a skin procedure, is out`, at: `"an implant`,
		words: []string{"end of stream"},
	},
	{
		name: "unclosed list",
		old:  "metals: [titanium]\n", new: "metals: [titanium\n", at: "[titanium\n",
		words: []string{"']'"},
	},
	{
		name: "colon and space in plain text",
		old:  "name: jewelquiz default rulebook", new: "name: jewelquiz: default rulebook", at: "name: jewelquiz:",
		words: []string{"in quotes"},
	},
	{
		name: "text where a number belongs",
		old:  "undo.\n    base: 60\n", new: "undo.\n    base: sixty\n", at: "base: sixty",
		words: []string{"whole number", `"sixty"`},
	},
	{
		name: "two documents",
		old:  "", new: "---\nversion: \"2\"\n", at: "---",
		words: []string{"one YAML document"},
	},
}

// apply makes the edit's mistake in src and returns the edited text and the
// line the problem is on.
func (e loadEdit) apply(t testing.TB, src string) (string, int) {
	t.Helper()
	edited := src + e.new
	if e.old != "" {
		if n := strings.Count(src, e.old); n != 1 {
			t.Fatalf("the rulebook has %q %d times, want once: update this test", e.old, n)
		}
		edited = strings.Replace(src, e.old, e.new, 1)
	}
	if n := strings.Count(edited, e.at); n != 1 {
		t.Fatalf("the edited rulebook has %q %d times, want once", e.at, n)
	}
	return edited, strings.Count(edited[:strings.Index(edited, e.at)], "\n") + 1
}

func TestLoadErrors(t *testing.T) {
	src := string(rules.DefaultSource())
	for _, tt := range loadEdits {
		t.Run(tt.name, func(t *testing.T) { checkLoadEdit(t, src, tt) })
	}
}

// askIfEdits are the mistakes the checker finds in a question's kind and
// ask_if; the sport question is asked if lifestyle is active.
var askIfEdits = []loadEdit{
	{
		name: "unknown kind",
		old:  "  - id: health\n    kind: many\n", new: "  - id: health\n    kind: several\n", at: "kind: several",
		words: []string{`question "health": unknown kind "several"`, `"one"`, `"many"`},
	},
	{
		name: "too many options for a many question",
		old:  "      - value: pacemaker\n", new: "      - value: extra-0\n        label: X\n        description: X.\n      - value: extra-1\n        label: X\n        description: X.\n      - value: extra-2\n        label: X\n        description: X.\n      - value: extra-3\n        label: X\n        description: X.\n      - value: extra-4\n        label: X\n        description: X.\n      - value: pacemaker\n", at: "      - value: extra-0\n",
		words: []string{`question "health" has 9 options`, "a many question may have at most 8"},
	},
	{
		name: "too many options for a one question",
		old:  "      - value: light-sleeper\n", new: "      - value: extra-0\n        label: X\n        description: X.\n      - value: extra-1\n        label: X\n        description: X.\n      - value: extra-2\n        label: X\n        description: X.\n      - value: extra-3\n        label: X\n        description: X.\n      - value: extra-4\n        label: X\n        description: X.\n      - value: extra-5\n        label: X\n        description: X.\n      - value: extra-6\n        label: X\n        description: X.\n      - value: extra-7\n        label: X\n        description: X.\n      - value: extra-8\n        label: X\n        description: X.\n      - value: extra-9\n        label: X\n        description: X.\n      - value: light-sleeper\n", at: "      - value: back\n",
		words: []string{`question "sleep" has 13 options`, "a question may have at most 12"},
	},
	{
		name: "ask_if naming the question itself",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: sport, any_of: [contact]}", at: "ask_if: {question: sport,",
		words: []string{`question "sport": ask_if cannot depend on the question itself`},
	},
	{
		name: "ask_if naming a later question",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: machinery, any_of: [daily]}", at: "ask_if: {question: machinery, any_of: [daily]}",
		words: []string{`question "sport": ask_if names "machinery", which is asked later`},
	},
	{
		name: "ask_if naming an unknown question",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: lifestlye, any_of: [active]}", at: "lifestlye",
		words: []string{`question "sport": ask_if names unknown question "lifestlye"`, "earlier questions are: lifestyle"},
	},
	{
		name: "ask_if naming a many question",
		old:  "  - id: age\n", new: "  - id: age\n    ask_if: {question: health, any_of: [pacemaker]}\n", at: "ask_if: {question: health",
		words: []string{`question "age": ask_if names "health", a many question`},
	},
	{
		name: "ask_if naming no question",
		old:  "{question: lifestyle, any_of: [active]}", new: "{any_of: [active]}", at: "ask_if: {any_of: [active]}",
		words: []string{`question "sport": ask_if needs a question`},
	},
	{
		name: "ask_if with an empty any_of",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: lifestyle, any_of: []}", at: "ask_if: {question: lifestyle, any_of: []}",
		words: []string{`question "sport": ask_if needs any_of`, `"lifestyle"`},
	},
	{
		name: "ask_if with an unknown value",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: lifestyle, any_of: [sporty]}", at: "[sporty]",
		words: []string{`question "sport": ask_if: "lifestyle" has no answer "sporty"`, "active, busy, relaxed"},
	},
	{
		name: "ask_if with a value listed twice",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: lifestyle, any_of: [active, active]}", at: "[active, active]",
		words: []string{`question "sport": ask_if: "active" is listed twice`},
	},
	{
		name: "ask_if listing every value",
		old:  "{question: lifestyle, any_of: [active]}", new: "{question: lifestyle, any_of: [active, busy, relaxed]}", at: "[active, busy, relaxed]",
		words: []string{`question "sport": ask_if lists every answer to "lifestyle"`, "remove ask_if"},
	},
}

// flagEdits are the mistakes the checker finds in flags.
var flagEdits = []loadEdit{
	{
		name: "a flag with no id",
		old:  "  - id: pacemaker\n    when:", new: "  - when:", at: "  - when: {question: health, any_of: [pacemaker]}",
		words: []string{"flags[0]: a flag needs an id"},
	},
	{
		name: "a flag id that is not plain",
		old:  "  - id: slow-healing\n    when:", new: "  - id: Slow Healing\n    when:", at: "id: Slow Healing",
		words: []string{`flag id "Slow Healing"`, "lower-case"},
	},
	{
		name: "duplicate flag id",
		old:  "  - id: pregnant\n    when:", new: "  - id: pacemaker\n    when:", at: "  - id: pacemaker\n    when: {question: health, any_of: [pregnant]}",
		words: []string{`duplicate flag id "pacemaker"`},
	},
	{
		name: "a flag with no text",
		old:  "    text: \"You are under 18:", new: "    # text: \"You are under 18:", at: "  - id: under-18\n",
		words: []string{`flag "under-18" has no text`},
	},
	{
		name: "a flag on an unknown question",
		old:  "when: {question: machine_kind, any_of:", new: "when: {question: machine_type, any_of:", at: "machine_type",
		words: []string{`flag "live-electrical": when names unknown question "machine_type"`, "lifestyle, sport"},
	},
	{
		name: "a flag with an empty any_of",
		old:  "when: {question: health, any_of: [slow-healing]}", new: "when: {question: health, any_of: []}", at: "when: {question: health, any_of: []}",
		words: []string{`flag "slow-healing": when needs any_of`, `"health"`},
	},
	{
		name: "a flag on an unknown answer",
		old:  "when: {question: age, any_of: [under-18]}", new: "when: {question: age, any_of: [under-16]}", at: "under-16",
		words: []string{`flag "under-18": "age" has no answer "under-16"`, "under-18, 18-plus"},
	},
}

func TestLoadErrorsInFollowUpsAndFlags(t *testing.T) {
	src := string(rules.DefaultSource())
	for _, tt := range append(append([]loadEdit(nil), askIfEdits...), flagEdits...) {
		t.Run(tt.name, func(t *testing.T) { checkLoadEdit(t, src, tt) })
	}
}

// checkLoadEdit makes one mistake in src and checks that Load reports it,
// on its line, saying what the edit expects.
func checkLoadEdit(t *testing.T, src string, tt loadEdit) {
	t.Helper()
	edited, line := tt.apply(t, src)
	rb, err := rules.Load(testName, []byte(edited))
	if err == nil {
		t.Fatalf("the rulebook loaded; want a problem on line %d", line)
	}
	if rb != nil {
		t.Errorf("Load returned a rulebook with its error")
	}
	var le *rules.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v (%T) is not a *rules.LoadError", err, err)
	}
	if le.File != testName {
		t.Errorf("File = %q, want %q", le.File, testName)
	}
	found := false
	for _, p := range le.Problems {
		if p.Line == line && containsAll(p.Msg, tt.words) {
			found = true
		}
	}
	if !found {
		t.Fatalf("no problem on line %d saying %q; got:\n%v", line, tt.words, err)
	}
	msg := err.Error()
	if prefix := "rulebook " + testName + ":"; !strings.HasPrefix(msg, prefix) {
		t.Errorf("message %q does not start with %q", msg, prefix)
	}
	if at := fmt.Sprintf("%s:%d:", testName, line); !strings.Contains(msg, at) {
		t.Errorf("message %q does not contain %q", msg, at)
	}
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// A rulebook must list its questions: with none, nothing can be asked.
func TestLoadNoQuestions(t *testing.T) {
	src := string(rules.DefaultSource())
	start, end := strings.Index(src, "questions:\n"), strings.Index(src, "# Sentence templates.")
	if start < 0 || end < start {
		t.Fatalf("the rulebook no longer has its questions before the sentence templates: update this test")
	}
	edited := src[:start] + "questions: []\n\n" + src[end:]
	line := strings.Count(edited[:start], "\n") + 1
	_, err := rules.Load(testName, []byte(edited))
	var le *rules.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("Load = %v, want a *rules.LoadError", err)
	}
	for _, p := range le.Problems {
		if p.Line == line && strings.Contains(p.Msg, "the rulebook lists no questions") {
			return
		}
	}
	t.Fatalf("no problem on line %d saying the rulebook lists no questions; got:\n%v", line, err)
}

func TestLoadEmpty(t *testing.T) {
	for _, src := range []string{"", "\n", " \n\t\n"} {
		_, err := rules.Load(testName, []byte(src))
		var le *rules.LoadError
		if !errors.As(err, &le) {
			t.Fatalf("Load(%q) = %v, want a *rules.LoadError", src, err)
		}
		if len(le.Problems) != 1 || le.Problems[0].Line != 1 || !strings.Contains(le.Problems[0].Msg, "empty") {
			t.Errorf("Load(%q): problems %v, want one on line 1 saying the rulebook is empty", src, le.Problems)
		}
		if want := "rulebook " + testName + ":1: "; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("message %q does not start with %q", err, want)
		}
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	edits := map[string]loadEdit{}
	for _, e := range loadEdits {
		edits[e.name] = e
	}
	edited, lineQ := edits["unknown question in when"].apply(t, string(rules.DefaultSource()))
	edited, lineP := edits["points out of range"].apply(t, edited)
	_, err := rules.Load(testName, []byte(edited))
	var le *rules.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a *rules.LoadError", err)
	}
	if len(le.Problems) < 2 {
		t.Fatalf("got %d problems, want both mistakes reported: %v", len(le.Problems), err)
	}
	for i := 1; i < len(le.Problems); i++ {
		if le.Problems[i-1].Line > le.Problems[i].Line {
			t.Errorf("problems are not in line order: %v", le.Problems)
		}
	}
	for _, line := range []int{lineQ, lineP} {
		if !strings.Contains(err.Error(), fmt.Sprintf("%s:%d:", testName, line)) {
			t.Errorf("no problem on line %d in %v", line, err)
		}
	}
	if !strings.HasPrefix(err.Error(), fmt.Sprintf("rulebook %s: %d problems\n", testName, len(le.Problems))) {
		t.Errorf("message %q does not start by counting the problems", err)
	}
}

func TestDefaultLoads(t *testing.T) {
	rb := defaultRulebook(t)
	if len(rb.Types) == 0 || rb.Version == "" {
		t.Fatalf("the default rulebook has %d types and version %q", len(rb.Types), rb.Version)
	}
	again, err := rules.Load(rules.DefaultName, rules.DefaultSource())
	if err != nil {
		t.Fatalf("loading DefaultSource: %v", err)
	}
	if again.Version != rb.Version || len(again.Types) != len(rb.Types) {
		t.Fatalf("DefaultSource loads as version %q with %d types; Default as %q with %d", again.Version, len(again.Types), rb.Version, len(rb.Types))
	}
}
