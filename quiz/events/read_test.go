package events

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestScanSkipsAndCounts checks every kind of bad line is skipped and
// counted, and the lines around it still read.
func TestScanSkipsAndCounts(t *testing.T) {
	good := `{"t":5,"s":"0000000000000001","e":"started"}`
	in := strings.Join([]string{
		good,
		`not json`,
		``,
		`{"t":5,"s":"0000000000000001","e":"answered","q":"allergy","name":"Ann"}`,
		`{"t":5,"s":"0000000000000001","e":"started"` + strings.Repeat(" ", 2*MaxLine) + `}`,
		"\x00\xff",
		good,
		`{"t":6,"s":"0000000000000001","e":"fini`, // cut short at the end
	}, "\n")
	var n int
	skipped, err := Scan(strings.NewReader(in), func(Event) { n++ })
	if err != nil || n != 2 || skipped != 5 {
		t.Fatalf("read %d, skipped %d (%v); want 2 and 5", n, skipped, err)
	}
}

// TestScanLastLineWithoutNewline checks a whole event at the end without
// its newline is counted as cut short: a writer may be mid-line.
func TestScanLastLineWithoutNewline(t *testing.T) {
	line, _ := Event{Time: 1, Session: sid(1), Kind: Started}.Line()
	var n int
	skipped, err := Scan(bytes.NewReader(bytes.TrimSuffix(line, []byte("\n"))), func(Event) { n++ })
	if err != nil || n != 0 || skipped != 1 {
		t.Fatalf("read %d, skipped %d (%v)", n, skipped, err)
	}
}

// TestReadMissingDir checks a directory with no log reads as no events.
func TestReadMissingDir(t *testing.T) {
	s, err := Read(filepath.Join(t.TempDir(), "none"), time.Time{})
	if err != nil || s.Started != 0 || s.DroppedAt == nil || s.Picks == nil || s.Confidence == nil {
		t.Fatalf("%+v, %v", s, err)
	}
}

// TestReadUnreadable checks a log that cannot be read is an error, not
// no events.
func TestReadUnreadable(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, File), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(dir, time.Time{}); err == nil {
		t.Fatal("a directory in the log's place read as no events")
	}
}
