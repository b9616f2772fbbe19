package rules

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The embedded rulebook loads the same with its YAML parsed once as with
// Load's full parse.
func TestDefaultMatchesLoad(t *testing.T) {
	quick, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	full, err := Load(DefaultName, DefaultSource())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(quick, full) {
		t.Fatal("Default() and Load of the same YAML differ")
	}
}

// A problem in a rulebook loaded as trusted is reported as Load reports
// it, with its line.
func TestLoadTrustedReportsAsLoad(t *testing.T) {
	src := DefaultSource()
	for _, bad := range [][]byte{
		[]byte(strings.Replace(string(src), "version:", "versoin:", 1)),
		[]byte(strings.Replace(string(src), "\nquestions:", "\nquestions: 3\nx:", 1)),
		append(append([]byte(nil), src...), "\n---\nname: two\n"...),
	} {
		_, want := Load("bad.yaml", bad)
		_, got := loadTrusted("bad.yaml", bad)
		var le *LoadError
		if want == nil || !errors.As(got, &le) || got.Error() != want.Error() {
			t.Errorf("loadTrusted: %v\nLoad: %v", got, want)
		}
	}
}
