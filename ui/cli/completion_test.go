package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// TestCompletionScripts checks each shell's script names every command
// and flag, and that the shell itself accepts its syntax; a shell that is
// not installed is skipped, saying so.
func TestCompletionScripts(t *testing.T) {
	skipHeadless(t)
	for _, shell := range []string{"bash", "zsh", "fish"} {
		t.Run(shell, func(t *testing.T) {
			out, _, err := runMain("completion", shell)
			if err != nil || out == "" {
				t.Fatalf("%v, %d bytes", err, len(out))
			}
			for _, want := range []string{"recommend", "completion", "max-sessions-per-address", "markdown", "dracula"} {
				if !strings.Contains(out, want) {
					t.Errorf("the script does not mention %q", want)
				}
			}
			path, err := exec.LookPath(shell)
			if err != nil {
				t.Skipf("%s is not installed: its script was made but its syntax not checked", shell)
			}
			file := filepath.Join(t.TempDir(), "jewelquiz."+shell)
			if err := os.WriteFile(file, []byte(out), 0o600); err != nil {
				t.Fatal(err)
			}
			if msg, err := exec.Command(path, "-n", file).CombinedOutput(); err != nil {
				t.Fatalf("%s -n: %v\n%s", shell, err, msg)
			}
		})
	}
}

// TestBashCompletes runs the bash completion function on partial command
// lines and checks what it offers.
func TestBashCompletes(t *testing.T) {
	skipHeadless(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	script, _, _ := runMain("completion", "bash")
	tests := []struct{ line, want string }{
		{"jewelquiz rec", "recommend"},
		{"jewelquiz recommend --for", "--format"},
		{"jewelquiz types --format m", "markdown"},
		{"jewelquiz rules ch", "check"},
		{"jewelquiz --th", "--theme"},
		{"jewelquiz --theme dra", "dracula"},
		{"jewelquiz completion fi", "fish"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.line)
		if strings.HasSuffix(tt.line, " ") {
			words = append(words, "")
		}
		prog := script + "\nCOMP_WORDS=(" + strings.Join(quoteAll(words), " ") + ")\nCOMP_CWORD=" +
			strconv.Itoa(len(words)-1) + "\n_jewelquiz\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
		out, err := exec.Command(bash, "-c", prog).CombinedOutput()
		if err != nil || !strings.Contains("\n"+string(out), "\n"+tt.want+"\n") {
			t.Errorf("%q: %v, offered %q, want %q", tt.line, err, out, tt.want)
		}
	}
}

// quoteAll is words quoted for bash.
func quoteAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = shellQuote(w)
	}
	return out
}

// TestCompletionBadShell checks an unknown shell is an input error.
func TestCompletionBadShell(t *testing.T) {
	for _, args := range [][]string{{"completion"}, {"completion", "tcsh"}, {"completion", "bash", "zsh"}} {
		_, _, err := runMain(args...)
		var in *InputError
		if !errors.As(err, &in) {
			t.Errorf("%q: %v, want an input error", args, err)
		}
	}
}

// TestManPage checks the manual page has every command and section, and,
// where groff is installed, that groff reads it without a warning.
func TestManPage(t *testing.T) {
	skipHeadless(t)
	out, _, err := runMain("man")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".TH JEWELQUIZ 1", ".SH EXIT STATUS", ".B 130", "\\-\\-max\\-sessions\\-per\\-address"} {
		if !strings.Contains(out, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	for _, c := range commands() {
		if !c.group() && !strings.Contains(out, `.SS "jewelquiz `+c.Name+`"`) {
			t.Errorf("the man page has no section for %s", c.Name)
		}
	}
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff is not installed: the page was made but not read")
	}
	// -Wbreak: the example answer set is one JSON word, wider than a line.
	cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-Wbreak", "-z")
	cmd.Stdin = strings.NewReader(out)
	if msg, err := cmd.CombinedOutput(); err != nil || len(msg) > 0 {
		t.Fatalf("groff: %v\n%s", err, msg)
	}
}

// TestVersionLine checks what version says for a release, for a build
// from a checkout with and without changes, and with no build information.
func TestVersionLine(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	tests := []struct {
		info *debug.BuildInfo
		want string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, "jewelquiz v1.2.0 (go1.26.8)"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", "9f367abcdef0123456789", "vcs.modified", "true", "vcs.time", "2025-01-02T03:04:05Z")},
			"jewelquiz (devel) commit 9f367abcdef0, modified, 2025-01-02T03:04:05Z (go1.26.8)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("vcs.revision", "9f367ab", "vcs.modified", "false")},
			"jewelquiz (devel) commit 9f367ab"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: vcs("-tags", "netgo,headless")},
			"jewelquiz v1.2.0 headless build"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: vcs("-tags", "headlessish")},
			"jewelquiz v1.2.0"},
		{nil, "jewelquiz (unknown version: built without module information)"},
	}
	for _, tt := range tests {
		if got := versionLine(tt.info); got != tt.want {
			t.Errorf("versionLine = %q, want %q", got, tt.want)
		}
	}
}

// TestVersionCommand checks version and --version print the same line,
// and version takes no argument.
func TestVersionCommand(t *testing.T) {
	a, _, err1 := runMain("version")
	b, _, err2 := runMain("--version")
	if err1 != nil || err2 != nil || a != b || !strings.HasPrefix(a, "jewelquiz ") || strings.Count(a, "\n") != 1 {
		t.Fatalf("version: %q, %v; --version: %q, %v", a, err1, b, err2)
	}
	var in *InputError
	if _, _, err := runMain("version", "extra"); !errors.As(err, &in) {
		t.Errorf("version extra: %v, want an input error", err)
	}
}
