package events

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Scan calls fn with each event in r, in order. A line that is not an
// event (corrupt, cut short, or longer than MaxLine) is skipped and
// counted, never fatal; only a failure to read r is an error. Empty lines
// are passed over: a writer that found the log ending mid-line starts
// with a newline, which makes one if the line was being written then.
func Scan(r io.Reader, fn func(Event)) (skipped int, err error) {
	br := bufio.NewReaderSize(r, MaxLine)
	for {
		line, long, err := readLine(br)
		if err == io.EOF && len(line) == 0 && !long {
			return skipped, nil
		}
		if err != nil && err != io.EOF {
			return skipped, fmt.Errorf("reading the event log: %w", err)
		}
		// A last line without its newline is a write cut short.
		switch e, perr := Parse(line); {
		case len(line) == 0 && !long:
		case !long && err == nil && perr == nil:
			fn(e)
		default:
			skipped++
		}
		if err == io.EOF {
			return skipped, nil
		}
	}
}

// readLine reads a line without its newline; long reports one longer than
// the reader's buffer, whose rest it skips. err is io.EOF for a last line
// without a newline.
func readLine(br *bufio.Reader) (line []byte, long bool, err error) {
	line, err = br.ReadSlice('\n')
	for errors.Is(err, bufio.ErrBufferFull) {
		long = true
		_, err = br.ReadSlice('\n')
	}
	if len(line) > 0 && line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
	}
	return line, long, err
}

// ReadDir calls fn with every event in dir's log, the older file's first,
// and returns how many lines were skipped. A directory with no log has no
// events.
func ReadDir(dir string, fn func(Event)) (skipped int, err error) {
	for _, name := range []string{Old, File} {
		n, err := readFile(filepath.Join(dir, name), fn)
		skipped += n
		if err != nil {
			return skipped, err
		}
	}
	return skipped, nil
}

func readFile(path string, fn func(Event)) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("event log: %w", err)
	}
	defer f.Close()
	n, err := Scan(f, fn)
	if err != nil {
		return n, fmt.Errorf("%s: %w", path, err)
	}
	return n, nil
}
