package studio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ErrNotRegular is a studio file path naming a directory, FIFO or device.
var ErrNotRegular = errors.New("not a regular file")

// DefaultPath is where a studio file is looked for when none is given:
// $XDG_CONFIG_HOME/jewelquiz/studio.yaml, or ~/.config/jewelquiz/studio.yaml
// when that is unset or not absolute (as the XDG spec says). It is "" when
// neither is known.
func DefaultPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "jewelquiz", "studio.yaml")
}

// Load reads and parses the studio file at path (see Parse). Only a
// regular file is read, and no more of it than MaxSize allows. A missing
// file is an error that matches fs.ErrNotExist.
func Load(path string, v Vocabulary) (Studio, error) {
	data, err := readFile(path)
	if errors.Is(err, errTooLarge) {
		return Studio{}, loadError(path, []Problem{tooLarge})
	}
	if err != nil {
		return Studio{}, fmt.Errorf("studio file: %w", err)
	}
	return Parse(path, data, v)
}

// LoadDefault loads the studio file at DefaultPath. No file there is a
// studio with nothing set; any other trouble with it is an error.
func LoadDefault(v Vocabulary) (Studio, error) {
	path := DefaultPath()
	if path == "" {
		return Studio{}, nil
	}
	s, err := Load(path, v)
	if errors.Is(err, fs.ErrNotExist) {
		return Studio{}, nil
	}
	return s, err
}

// errTooLarge is a file past MaxSize, found while reading it.
var errTooLarge = errors.New("past MaxSize")

// readFile reads the regular file at path, up to MaxSize. It opens without
// waiting, so a FIFO nobody writes to cannot hang it before it is turned
// down.
func readFile(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, errTooLarge
	}
	return data, nil
}
