package rules

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The embedded rulebook, built from the generated Go data, is the same,
// compiled tables and all, as Load's full parse of the YAML: the
// generated data was not left behind by an edit of the YAML.
func TestDefaultMatchesLoad(t *testing.T) {
	if generatedRulebook() == nil {
		t.Fatal("no generated rulebook: Default parses the YAML (built with the rulebookgen tag?)")
	}
	quick, full := defaultAndFull(t)
	if !reflect.DeepEqual(quick, full) {
		t.Fatal("Default() and Load of the same YAML differ")
	}
}

// defaultAndFull returns Default() and Load's full parse of the same YAML.
func defaultAndFull(t *testing.T) (quick, full *Rulebook) {
	t.Helper()
	quick, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if full, err = withEmbedded(Load(DefaultName, DefaultSource())); err != nil {
		t.Fatal(err)
	}
	return quick, full
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

// Each Default is a rulebook of its own: changing one changes no other.
func TestDefaultIsFresh(t *testing.T) {
	a, _ := defaultAndFull(t)
	a.Questions[0].Options[0].Label = "changed"
	a.Types[0].Effects[0].When["x"] = "y"
	*a.Types[0].Base = -1
	if b, full := defaultAndFull(t); !reflect.DeepEqual(b, full) {
		t.Fatal("a change to one Default rulebook shows in the next")
	}
}

// The embedded rulebook's Spanish, made from the generated Go data, is
// the same, compiled tables and sentences included, as translate makes it
// from the embedded YAML: the generated data was not left behind by an
// edit of rulebook.es.yaml (or of rulebook.yaml).
func TestSpanishMatchesTranslation(t *testing.T) {
	if generatedSpanish() == nil {
		t.Fatal("no generated Spanish: In parses the YAML (built with the rulebookgen tag, or generated without -es?)")
	}
	rb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	quick := rb.In("es")
	full, missing, err := translate(rb, "es", SpanishName, spanishSource)
	if err != nil || len(missing) > 0 {
		t.Fatalf("translate: %v, %d missing", err, len(missing))
	}
	if quick == rb || quick.tr.base != rb || quick.tr.lang != "es" {
		t.Fatal("In(es) did not make a Spanish copy of the rulebook")
	}
	if !reflect.DeepEqual(quick, full) {
		t.Fatal("In(es) from the generated data and translate of the YAML differ")
	}
}
