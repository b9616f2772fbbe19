package cli

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	goodStudio   = "name: Goldfaden\nbooking_url: https://example-studio.test/book?quiz={code}\n"
	brokenStudio = "name: Goldfaden\nbooking_url: https://example-studio.test/book\n"
)

// studioFiles writes a good and a broken studio file, and points the
// default path into an empty directory of the returned config's.
func studioFiles(t *testing.T) (good, broken, config string) {
	t.Helper()
	dir := t.TempDir()
	good, broken, config = filepath.Join(dir, "good.yaml"), filepath.Join(dir, "broken.yaml"), filepath.Join(dir, "config")
	if err := os.MkdirAll(filepath.Join(config, "jewelquiz"), 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, good, goodStudio)
	writeFile(t, broken, brokenStudio)
	t.Setenv("XDG_CONFIG_HOME", config)
	return good, broken, config
}

// putDefault writes src as the studio file at the default path under
// config, or removes that file when src is "".
func putDefault(t *testing.T, config, src string) string {
	t.Helper()
	path := filepath.Join(config, "jewelquiz", "studio.yaml")
	if src == "" {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
		return path
	}
	writeFile(t, path, src)
	return path
}

// writeFile writes src at path.
func writeFile(t *testing.T, path, src string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestStudioCheck(t *testing.T) {
	good, broken, config := studioFiles(t)
	defaultPath := filepath.Join(config, "jewelquiz", "studio.yaml")
	tests := []struct {
		name    string
		args    []string
		dflt    string // the default file's content; "" for none
		out     string // stdout, when it succeeds
		problem string // part of the error, when it fails
	}{
		{"a good file", []string{"check", good}, "", good + ": ok\n", ""},
		{"a broken file", []string{"check", broken}, "", "", broken + ":2: booking_url: no {code} in it"},
		{"a missing file", []string{"check", good + ".missing"}, "", "", "no such file"},
		{"no default file", []string{"check"}, "", defaultPath + ": no such file; the quiz runs without a studio name or booking link\n", ""},
		{"a good default file", []string{"check"}, goodStudio, defaultPath + ": ok\n", ""},
		{"a broken default file", []string{"check"}, brokenStudio, "", defaultPath + ":2: booking_url:"},
		{"two files", []string{"check", good, broken}, "", "", "give one studio file"},
		{"no action", nil, "", "", "say what to do"},
		{"another action", []string{"edit"}, "", "", `unknown action "edit"`},
		{"show with a file", []string{"show", good}, "", "", "studio show: unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			putDefault(t, config, tt.dflt)
			studioCmd := func(ctx context.Context, args []string, std IO) error {
				return Main(ctx, append([]string{"studio"}, args...), std)
			}
			out, _, err := runConsult(studioCmd, tt.args...)
			if tt.problem == "" {
				if err != nil || out != tt.out {
					t.Errorf("stdout %q, error %v; want %q and no error", out, err, tt.out)
				}
				return
			}
			var input *InputError
			if !errors.As(err, &input) || !strings.Contains(err.Error(), tt.problem) {
				t.Errorf("error %v, want an InputError saying %q", err, tt.problem)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

// TestBrokenStudioStopsTheQuiz checks the quiz and the server turn down a
// broken studio file, given or at the default path, before anything
// starts: nothing drawn, no host key made.
func TestBrokenStudioStopsTheQuiz(t *testing.T) {
	skipHeadless(t)
	_, broken, config := studioFiles(t)
	hostKey := filepath.Join(t.TempDir(), "host_key")
	serve := []string{"--addr", "127.0.0.1:0", "--host-key", hostKey}
	tests := []struct {
		name string
		run  func(args ...string) (string, string, error)
		args []string
		dflt bool // the broken file is at the default path
	}{
		{"quiz", runQuiz, []string{"--studio", broken}, false},
		{"quiz, accessible", runQuiz, []string{"--accessible", "--studio", broken}, false},
		{"quiz, default file", runQuiz, nil, true},
		{"serve", runServe, append([]string{"--studio", broken}, serve...), false},
		{"serve, default file", runServe, serve, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := broken
			if putDefault(t, config, ""); tt.dflt {
				file = putDefault(t, config, brokenStudio)
			}
			out, _, err := tt.run(tt.args...)
			var input *InputError
			if !errors.As(err, &input) || !strings.Contains(err.Error(), file+":2: booking_url: no {code}") {
				t.Errorf("error %v, want an InputError at %s:2", err, file)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing: the quiz must not start", out)
			}
			if _, err := os.Stat(hostKey); err == nil {
				t.Errorf("the server made its host key: it started")
			}
		})
	}
}

// runQuiz runs the quiz with args and no terminal, as runConsult does.
func runQuiz(args ...string) (string, string, error) {
	return runConsult(Quiz, args...)
}

// runServe runs serve with args, stopping it after hangGuard should it
// start after all.
func runServe(args ...string) (string, string, error) {
	return runConsult(func(ctx context.Context, args []string, std IO) error {
		ctx, cancel := context.WithTimeout(ctx, hangGuard)
		defer cancel()
		return Serve(ctx, args, std)
	}, args...)
}

// TestStudioShowPassesCheck: the example studio show prints passes
// studio check as it is, prices included.
func TestStudioShowPassesCheck(t *testing.T) {
	out, _, err := runConsult(StudioShow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\nprices:\n") || !strings.Contains(out, "\n# ") {
		t.Fatalf("studio show printed no commented prices:\n%s", out)
	}
	path := filepath.Join(t.TempDir(), "studio.yaml")
	writeFile(t, path, out)
	if got, _, err := runConsult(StudioCheck, path); err != nil || got != path+": ok\n" {
		t.Fatalf("studio check on what studio show printed: %q, %v", got, err)
	}
}
