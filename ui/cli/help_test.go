package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/exp/golden"
)

// fixedDataHome makes defaults drawn from the XDG data directory the same
// on every machine, for golden files.
func fixedDataHome(t *testing.T) {
	t.Helper()
	old := xdg.DataHome
	xdg.DataHome = "/home/you/.local/share"
	t.Cleanup(func() { xdg.DataHome = old })
}

// runMain runs the whole command line args as jewelquiz would.
func runMain(args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	err := Main(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errOut})
	return out.String(), errOut.String(), err
}

// everyName is every command's name as typed after jewelquiz, "" for the
// quiz, groups included.
func everyName() []string {
	out := []string{""}
	for _, c := range commands() {
		out = append(out, c.Name)
	}
	return out
}

// TestHelpGolden compares each command's --help with its golden file
// (regenerate with go test ./ui/cli -run TestHelpGolden -update, and read
// the diff): on standard output, nothing on standard error, ErrHelp (exit
// status 0), a summary, usage, examples and the exit codes.
func TestHelpGolden(t *testing.T) {
	fixedDataHome(t)
	for _, name := range everyName() {
		file := name
		if file == "" {
			file = "jewelquiz"
		}
		t.Run(file, func(t *testing.T) {
			if name == "" || name == "serve" {
				skipHeadless(t)
			}
			out, errOut, err := runMain(append(strings.Fields(name), "--help")...)
			if !errors.Is(err, ErrHelp) || errOut != "" {
				t.Fatalf("%v, stderr %q", err, errOut)
			}
			for _, want := range []string{"Usage:\n  jewelquiz ", "\nExamples:\n  ", "\n  130  interrupted"} {
				if !strings.Contains(out, want) {
					t.Errorf("help lacks %q", want)
				}
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

// TestHelpCommand checks help CMD prints exactly what CMD --help does,
// and -h the same.
func TestHelpCommand(t *testing.T) {
	for _, name := range everyName() {
		words := strings.Fields(name)
		want, _, _ := runMain(append(words, "--help")...)
		for _, args := range [][]string{append([]string{"help"}, words...), append(words, "-h")} {
			got, _, err := runMain(args...)
			if !errors.Is(err, ErrHelp) || got != want {
				t.Errorf("%q: %v, and its output differs from %q --help:\n%s", args, err, name, got)
			}
		}
	}
}

// TestDidYouMean checks each kind of mistake is one line of input error
// naming the closest command, action, flag or shell, and no guess when
// nothing is close.
func TestDidYouMean(t *testing.T) {
	skipHeadless(t)
	tests := []struct {
		args []string
		want string // "" when no suggestion should be made
	}{
		{[]string{"recomend"}, "did you mean recommend?"},
		{[]string{"quesions"}, "did you mean questions?"},
		{[]string{"comp"}, "did you mean completion?"},
		{[]string{"xyzzy"}, ""},
		{[]string{"studio", "chekc"}, "did you mean check?"},
		{[]string{"questions", "--fromat", "json"}, "did you mean --format?"},
		{[]string{"serve", "--max-session", "3"}, "did you mean --max-sessions?"},
		{[]string{"--kiosck"}, "did you mean --kiosk?"},
		{[]string{"list", "--zzz"}, ""},
		{[]string{"completion", "bsh"}, "did you mean bash?"},
	}
	for _, tt := range tests {
		out, errOut, err := runMain(tt.args...)
		var in *InputError
		if !errors.As(err, &in) || out != "" || errOut != "" {
			t.Errorf("%q: %v, stdout %q, stderr %q; want only an input error", tt.args, err, out, errOut)
			continue
		}
		msg := err.Error()
		if strings.Contains(msg, "\n") || !strings.Contains(msg, "--help") {
			t.Errorf("%q: %q is not one line pointing to --help", tt.args, msg)
		}
		if tt.want == "" && strings.Contains(msg, "did you mean") || !strings.Contains(msg, tt.want) {
			t.Errorf("%q: %q, want %q", tt.args, msg, tt.want)
		}
	}
}
