package cli

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// The tests speak English unless they say otherwise, whatever the
// developer's LANG.
func init() { getenv = func(string) string { return "" } }

// withEnv gives the commands a locale environment for one test.
func withEnv(t *testing.T, env ...string) {
	t.Helper()
	old := getenv
	getenv = locale.EnvList(env)
	t.Cleanup(func() { getenv = old })
}

func TestChooseLang(t *testing.T) {
	for _, tc := range []struct {
		flag string
		env  []string
		want locale.Lang
	}{
		{"", nil, locale.English},
		{"", []string{"LANG=es_MX.UTF-8"}, locale.Spanish},
		{"", []string{"LANG=es_ES.UTF-8", "LC_MESSAGES=en_US.UTF-8"}, locale.English},
		{"", []string{"LANG=en_US.UTF-8", "LC_ALL=es"}, locale.Spanish},
		{"en", []string{"LANG=es_MX.UTF-8"}, locale.English},
		{"ES", nil, locale.Spanish},
	} {
		withEnv(t, tc.env...)
		if got, err := chooseLang("show", tc.flag); err != nil || got != tc.want {
			t.Errorf("--lang %q in %v: %s, %v; want %s", tc.flag, tc.env, got, err, tc.want)
		}
	}
}

// A language jewelquiz does not speak is bad input, named, for every
// command that takes --lang.
func TestLangUnknown(t *testing.T) {
	for _, args := range [][]string{
		{"show", exampleCode, "--lang", "fr"},
		{"types", "--lang", "fr"},
		{"recommend", "--answers", "-", "--lang", "fr"},
	} {
		out, _, err := runMain(args...)
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), `unknown language "fr"`) || out != "" {
			t.Errorf("%v: %v, output %q; want an InputError saying unknown language", args, err, out)
		}
	}
}

// spanishGolden runs the command line args and compares its output with
// the test's golden file; no message may be missing from the catalogue.
func spanishGolden(t *testing.T, args ...string) {
	t.Helper()
	out, errOut, err := runMain(args...)
	if err != nil || errOut != "" {
		t.Fatalf("%v, stderr %q", err, errOut)
	}
	if strings.Contains(out, "⟦") {
		t.Errorf("a message is missing from the catalogue:\n%s", out)
	}
	golden.RequireEqual(t, []byte(out))
}

// TestShowSpanishGolden: the results an answer code holds, in Spanish,
// as text and as Markdown (regenerate with go test ./ui/cli -run
// TestShowSpanishGolden -update, and read the diff).
func TestShowSpanishGolden(t *testing.T) {
	for _, format := range []string{"text", "markdown"} {
		t.Run(format, func(t *testing.T) { spanishGolden(t, "show", exampleCode, "--lang", "es", "--format", format) })
	}
}

// The locale environment chooses show's language when --lang is not
// given; --lang wins over it.
func TestShowLanguageFromEnv(t *testing.T) {
	withEnv(t, "LANG=es_MX.UTF-8")
	for _, tc := range []struct {
		args []string
		head string
	}{
		{nil, "Código de respuestas " + exampleCode + "\nReglas    "},
		{[]string{"--lang", "en"}, "Answer code " + exampleCode + "\nRulebook  "},
	} {
		out, _, err := runMain(append([]string{"show", exampleCode}, tc.args...)...)
		if err != nil || !strings.HasPrefix(out, tc.head) {
			t.Errorf("show %v: %v\n%s\nwant it to start %q", tc.args, err, out, tc.head)
		}
	}
}

// A saved consultation in Spanish: the labels and the answers are
// Spanish, and the report is the one the client saw, as it was saved.
func TestShowSavedSpanish(t *testing.T) {
	dir, recent, _ := saveConsultations(t)
	out, _, err := runConsult(Show, recent.Code, "--data-dir", dir, "--lang", "es")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Consulta " + recent.Code + "\nGuardada  ", "\nAvisos    ", "\nAlergia   ", "\nRespuestas\n", strings.TrimRight(recent.Report, "\n")} {
		if !strings.Contains(out, want) {
			t.Errorf("show --lang es lacks %q:\n%s", want, out)
		}
	}
	md, _, err := runConsult(Show, recent.Code, "--data-dir", dir, "--lang", "es", "--format", "markdown")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Consulta " + recent.Code, "- **Guardada:** ", "## Recomendación", "| Pregunta | Respuesta |"} {
		if !strings.Contains(md, want) {
			t.Errorf("show --lang es --format markdown lacks %q:\n%s", want, md)
		}
	}
}

// codeWarning is what a text report says an answer code holds, in
// English.
const codeWarning = "It holds your answers, health answers included: share it only with your studio."

// TestRecommendSpanishGolden: recommend's text report in Spanish, for a
// close result (each match's headings name it) and for answers that raise
// flags (regenerate with -update, and read the diff). No message is
// missing from the catalogue.
func TestRecommendSpanishGolden(t *testing.T) {
	for name, answers := range map[string]string{
		"close": closeAnswers,
		"flags": withAnswers(t, map[string]any{"health": []string{"pregnant", "slow-healing"}, "age": "under-18"}),
	} {
		t.Run(name, func(t *testing.T) {
			out, errOut, err := recommendWith(answers, "--lang", "es")
			if err != nil || errOut != "" {
				t.Fatalf("%v, stderr %q", err, errOut)
			}
			if strings.Contains(out, "⟦") {
				t.Errorf("a message is missing from the catalogue:\n%s", out)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

// TestTypesSpanishGolden: the catalogue of types in Spanish, as text and
// as Markdown (regenerate with -update, and read the diff).
func TestTypesSpanishGolden(t *testing.T) {
	for _, format := range []string{"text", "markdown"} {
		t.Run(format, func(t *testing.T) { spanishGolden(t, "types", "--lang", "es", "--format", format) })
	}
}

// types --format json in Spanish has the English ids, metals and number
// of entries, and the Spanish rulebook's words.
func TestTypesJSONSpanish(t *testing.T) {
	decode := func(lang string) []jsonType {
		out, _, err := runMain("types", "--format", "json", "--lang", lang)
		if err != nil {
			t.Fatal(err)
		}
		var list []jsonType
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Fatal(err)
		}
		return list
	}
	en, es := decode("en"), decode("es")
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	tr := rb.In("es")
	if len(en) != len(es) || len(es) != len(tr.Types) {
		t.Fatalf("%d types in English, %d in Spanish, %d in the Spanish rulebook", len(en), len(es), len(tr.Types))
	}
	for i := range en {
		if en[i].ID != es[i].ID || !reflect.DeepEqual(en[i].Metals, es[i].Metals) {
			t.Errorf("type %d: %s %v in English, %s %v in Spanish", i, en[i].ID, en[i].Metals, es[i].ID, es[i].Metals)
		}
		if es[i].Name != tr.Types[i].Name || es[i].Summary != tr.Types[i].Summary {
			t.Errorf("type %s: %q, want the Spanish rulebook's %q", es[i].ID, es[i].Name, tr.Types[i].Name)
		}
	}
}

// With a studio's prices, the Spanish report's price sections and the
// JSON's estimates are in Spanish, and the numbers are the English ones.
func TestRecommendSpanishEstimates(t *testing.T) {
	studioFile := exampleStudio(t)
	out, _, err := recommendWith(closeAnswers, "--lang", "es", "--studio", studioFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nPrecio y ajuste: ", ": unos "} {
		if !strings.Contains(out, want) {
			t.Errorf("recommend --lang es --studio lacks %q:\n%s", want, out)
		}
	}
	type estimates struct {
		Estimates map[string]*struct {
			Low  float64 `json:"low"`
			Text string  `json:"text"`
		} `json:"estimates"`
	}
	var en, es estimates
	for lang, to := range map[string]*estimates{"en": &en, "es": &es} {
		out, _, err := recommendWith(closeAnswers, "--lang", lang, "--studio", studioFile, "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(out), to); err != nil {
			t.Fatal(err)
		}
	}
	priced := 0
	for id, e := range en.Estimates {
		s := es.Estimates[id]
		if (e == nil) != (s == nil) {
			t.Fatalf("%s: estimate %v in English, %v in Spanish", id, e, s)
		}
		if e == nil {
			continue
		}
		priced++
		if e.Low != s.Low || e.Text == s.Text || !strings.Contains(s.Text, "unos") {
			t.Errorf("%s: %+v in English, %+v in Spanish", id, *e, *s)
		}
	}
	if priced == 0 {
		t.Fatal("no estimate to compare")
	}
}
