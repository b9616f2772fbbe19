package studio

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// write puts a file at path, making its directory.
func write(t *testing.T, path, src string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDefaultPath(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct {
		name, xdg, want string
	}{
		{"XDG_CONFIG_HOME set", "/etc/xdg-test", "/etc/xdg-test/jewelquiz/studio.yaml"},
		{"unset", "", filepath.Join(home, ".config", "jewelquiz", "studio.yaml")},
		{"relative, which the spec says to ignore", "conf", filepath.Join(home, ".config", "jewelquiz", "studio.yaml")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_CONFIG_HOME", tt.xdg)
			if got := DefaultPath(); got != tt.want {
				t.Errorf("DefaultPath() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := write(t, filepath.Join(dir, "good.yaml"), "name: Goldfaden\nbooking_url: "+goodURL+"\n")
	s, err := Load(good, testVocabulary)
	if err != nil || s != (Studio{Name: "Goldfaden", BookingURL: goodURL}) {
		t.Fatalf("Load(good) = %+v, %v", s, err)
	}

	broken := write(t, filepath.Join(dir, "broken.yaml"), "name: Goldfaden\nnmae: x\n")
	_, err = Load(broken, testVocabulary)
	var le *LoadError
	if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), "studio file "+broken+":2: ") {
		t.Errorf("Load(broken) = %v, want a *LoadError at %s:2", err, broken)
	}

	_, err = Load(filepath.Join(dir, "missing.yaml"), testVocabulary)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("Load(missing) = %v, want an error naming the file that matches fs.ErrNotExist", err)
	}

	large := write(t, filepath.Join(dir, "large.yaml"), strings.Repeat("#", MaxSize+1))
	_, err = Load(large, testVocabulary)
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "larger than 64 KiB") {
		t.Errorf("Load(large) = %v, want a *LoadError saying it is too large", err)
	}
}

// TestLoadTurnsDownWhatIsNotAFile checks a directory, a FIFO nobody
// writes to and an endless device are turned down at once.
func TestLoadTurnsDownWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, path := range []string{dir, fifo, "/dev/zero"} {
		done := make(chan error, 1)
		go func() { _, err := Load(path, testVocabulary); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), path) {
				t.Errorf("Load(%s) = %v, want an error naming it that matches ErrNotRegular", path, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Load(%s) is still waiting", path)
		}
	}
}

func TestLoadDefault(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	s, err := LoadDefault(testVocabulary)
	if err != nil || s != (Studio{}) {
		t.Fatalf("with no file at the default path: %+v, %v; want nothing set and no error", s, err)
	}
	write(t, DefaultPath(), "name: Goldfaden\n")
	if s, err = LoadDefault(testVocabulary); err != nil || s.Name != "Goldfaden" {
		t.Fatalf("with a file at the default path: %+v, %v", s, err)
	}
	write(t, DefaultPath(), "name: Goldfaden\nbooking_url: nowhere\n")
	_, err = LoadDefault(testVocabulary)
	if want := DefaultPath() + ":2: booking_url:"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("with a broken file at the default path: %v, want %q", err, want)
	}
}
