package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/ui"
)

// TestQuizLanguage: the quiz speaks --lang's language, else the locale
// environment's (LC_ALL, then LC_MESSAGES, then LANG), else English; the
// accessible mode shows which from its first line.
func TestQuizLanguage(t *testing.T) {
	skipHeadless(t)
	const english, spanish = "questions about your days", "preguntas sobre tu día a día"
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"nothing set", nil, nil, english},
		{"LANG Mexican Spanish", map[string]string{"LANG": "es_MX.UTF-8"}, nil, spanish},
		{"LC_ALL wins over LANG", map[string]string{"LANG": "es_ES.UTF-8", "LC_ALL": "en_US.UTF-8"}, nil, english},
		{"LC_MESSAGES wins over LANG", map[string]string{"LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_AR.UTF-8"}, nil, spanish},
		{"a language not spoken is English", map[string]string{"LANG": "fr_FR.UTF-8"}, nil, english},
		{"--lang es", nil, []string{"--lang", "es"}, spanish},
		{"--lang wins over LANG", map[string]string{"LANG": "es_MX.UTF-8"}, []string{"--lang=en"}, english},
		{"--lang in capitals", nil, []string{"--lang", "ES"}, spanish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
				t.Setenv(name, tt.env[name])
			}
			var out, errOut bytes.Buffer
			args := append([]string{"--accessible"}, tt.args...)
			err := Main(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut})
			// The input ends before the first answer; any other input
			// error is about the language.
			var input *InputError
			if errors.As(err, &input) && !errors.Is(err, ui.ErrInputEnded) {
				t.Fatalf("%v: %v", args, err)
			}
			first, _, _ := strings.Cut(out.String(), "\n")
			if !strings.Contains(first, tt.want) {
				t.Errorf("%v: the quiz begins %q, want %q", args, first, tt.want)
			}
		})
	}
}

// TestQuizBadLanguage: a language jewelquiz does not speak is an input
// error (exit status 2) that names it and the languages spoken, before
// anything is asked.
func TestQuizBadLanguage(t *testing.T) {
	skipHeadless(t)
	for _, bad := range []string{"fr", "english", "e"} {
		t.Setenv("LANG", "es_MX.UTF-8")
		var out, errOut bytes.Buffer
		err := Main(context.Background(), []string{"--accessible", "--lang", bad}, IO{In: strings.NewReader("1\n"), Out: &out, Err: &errOut})
		var input *InputError
		if !errors.As(err, &input) {
			t.Fatalf("--lang %s: %v, want an input error", bad, err)
		}
		want := `unknown language "` + bad + `": jewelquiz speaks en (English) and es (Spanish)`
		if err.Error() != want {
			t.Errorf("--lang %s: %q\nwant %q", bad, err, want)
		}
		if out.Len() != 0 {
			t.Errorf("--lang %s: asked something:\n%s", bad, out.String())
		}
	}
}
