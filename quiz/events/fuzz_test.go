package events

import (
	"bytes"
	"testing"
)

// FuzzScan checks any bytes at all read without panicking: every event
// read is valid and writes back as a line that reads the same, and each
// line is read or skipped, never both
// (empty lines are neither).
func FuzzScan(f *testing.F) {
	for _, e := range sample(sid(1)) {
		line, _ := e.Line()
		f.Add(line)
		f.Add(line[:len(line)/2])
	}
	f.Add([]byte("{}\n\n{\"t\":1}\n"))
	f.Add([]byte(`{"t":1,"s":"0000000000000001","e":"finished","pick":"","confidence":"none","secs":0}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		read := 0
		skipped, err := Scan(bytes.NewReader(data), func(e Event) {
			read++
			if err := e.Check(); err != nil {
				t.Fatalf("%+v read from %q: %v", e, data, err)
			}
			line, err := e.Line()
			if err != nil {
				t.Fatal(err)
			}
			back, err := Parse(bytes.TrimSuffix(line, []byte("\n")))
			if err != nil || back != e {
				t.Fatalf("%+v wrote %q, read back as %+v, %v", e, line, back, err)
			}
		})
		if err != nil {
			t.Fatalf("reading bytes: %v", err)
		}
		lines := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(l) > 0 {
				lines++
			}
		}
		if read+skipped != lines {
			t.Fatalf("%d read and %d skipped of %d lines in %q", read, skipped, lines, data)
		}
	})
}
