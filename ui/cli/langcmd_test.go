package cli

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
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

// TestShowSpanishGolden: the results an answer code holds, in Spanish,
// as text and as Markdown (regenerate with go test ./ui/cli -run
// TestShowSpanishGolden -update, and read the diff).
func TestShowSpanishGolden(t *testing.T) {
	for _, format := range []string{"text", "markdown"} {
		t.Run(format, func(t *testing.T) {
			out, errOut, err := runMain("show", exampleCode, "--lang", "es", "--format", format)
			if err != nil || errOut != "" {
				t.Fatalf("%v, stderr %q", err, errOut)
			}
			golden.RequireEqual(t, []byte(out))
		})
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
