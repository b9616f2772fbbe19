package cli

import (
	"errors"
	"strings"
	"testing"
)

// skipHeadless skips a test of the quiz or of serve, their flags among
// them, in the headless build, which leaves both out.
func skipHeadless(t *testing.T) {
	t.Helper()
	if Headless {
		t.Skip("the headless build leaves out the quiz and serve")
	}
}

// In the headless build the quiz and serve say they are not in it, with
// exit status 2, and their help says why; every other command is there.
func TestHeadlessLeavesOutQuizAndServe(t *testing.T) {
	if !Headless {
		t.Skip("a test of the headless build: go test -tags headless")
	}
	for _, args := range [][]string{nil, {"--kiosk"}, {"--accessible"}, {"serve"}, {"serve", "--addr", "127.0.0.1:0"}} {
		_, _, err := runMain(args...)
		var input *InputError
		if !errors.As(err, &input) || !strings.Contains(err.Error(), "headless build") {
			t.Errorf("%q: %v, want an input error naming the headless build", args, err)
		}
	}
	for _, args := range [][]string{{"--help"}, {"serve", "--help"}, {"--kiosk", "--help"}, {"serve", "--addr", "x", "-h"}} {
		out, _, err := runMain(args...)
		if !errors.Is(err, ErrHelp) || !strings.Contains(out, "Usage:\n  jewelquiz") || !strings.Contains(out, "-tags headless") {
			t.Errorf("%q: %v\n%s", args, err, out)
		}
	}
	out, _, err := recommendWith(exampleAnswers, "--format", "json")
	if err != nil || !strings.HasPrefix(out, `{"pick":`) {
		t.Errorf("recommend: %v, %q", err, out)
	}
}
