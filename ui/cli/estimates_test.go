package cli

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz/studio"
)

// exampleStudio writes the example studio file, prices for every type,
// and returns its path.
func exampleStudio(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "studio.yaml")
	writeFile(t, path, string(studio.Example()))
	return path
}

// closeAnswers are answers with a close result, welded anklet just ahead
// of welded necklace, for a customer allergic to nickel; the bracelet,
// piercing, tattoo and implant are ruled out.
const closeAnswers = `{"lifestyle":"busy","dress_code":"none","machinery":"daily","machine_kind":"moving-parts","allergy":"nickel","health":[],"age":"18-plus","sleep":"back","removal":"never","style":"subtle","needles":"avoid"}`

// TestRecommendJSONEstimates: with a studio file, "estimates" has the
// numbers for the pick and a close result's runner-up, in the first
// recommended metal priced, and null for the types ruled out.
func TestRecommendJSONEstimates(t *testing.T) {
	out, errOut, err := recommendWith(closeAnswers, "--format", "json", "--studio", exampleStudio(t))
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	var got struct {
		Confidence string
		Estimates  map[string]*struct {
			Currency, Kind, Metal, Unit, Text string
			Low, High, Length                 float64
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Confidence != "close" || len(got.Estimates) != 6 {
		t.Fatalf("confidence %s, estimates %v: choose other answers", got.Confidence, got.Estimates)
	}
	// titanium, the first metal recommended for a nickel allergy: $6 an
	// inch and a $15 weld; 9.5 inches come to 72, 18 to 123.
	anklet, necklace := got.Estimates["welded-anklet"], got.Estimates["welded-necklace"]
	switch {
	case anklet == nil || necklace == nil:
		t.Fatalf("no estimate for the two close matches: %s", out)
	case anklet.Currency != "USD" || anklet.Kind != "length" || anklet.Metal != "titanium" || anklet.Unit != "inch" || anklet.Length != 9.5 || anklet.Low != 70 || anklet.High != 75:
		t.Errorf("anklet: %+v", *anklet)
	case necklace.Low != 120 || necklace.High != 125 || necklace.Length != 18 || !strings.HasPrefix(necklace.Text, "about $120–125 for an 18-inch welded necklace"):
		t.Errorf("necklace: %+v", *necklace)
	}
	for _, id := range []string{"welded-bracelet", "piercing", "tattoo-jewelry", "implant"} {
		if e, ok := got.Estimates[id]; !ok || e != nil {
			t.Errorf("%s, ruled out: estimate %v, want null", id, e)
		}
	}
}

// TestRecommendTextEstimates: with a studio file the report has the price
// and fit of both close matches; without one, nothing about money.
func TestRecommendTextEstimates(t *testing.T) {
	out, _, err := recommendWith(closeAnswers, "--studio", exampleStudio(t))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{"Price and fit for Welded anklet About $70–75 for a 9.5-inch welded anklet in implant-grade titanium, weld included.", "Price and fit for Welded necklace About $120–125"} {
		if !strings.Contains(flat, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	out, _, err = recommendWith(closeAnswers)
	if err != nil || strings.Contains(out, "$") || strings.Contains(out, "Price and fit") {
		t.Errorf("without a studio file: %v\n%s", err, out)
	}
}

// TestRecommendBrokenStudio: a studio file with a mistake stops recommend
// before any output, with the mistake's line, as bad input.
func TestRecommendBrokenStudio(t *testing.T) {
	path := filepath.Join(t.TempDir(), "studio.yaml")
	writeFile(t, path, "currency: USD\nprices:\n  piercing: {fee: [60, 40]}\n")
	out, _, err := recommendWith(closeAnswers, "--studio", path)
	var input *InputError
	if !errors.As(err, &input) || !strings.Contains(err.Error(), path+":3: prices.piercing.fee: the range [60, 40] starts above its end") || out != "" {
		t.Errorf("error %v, output %q; want an InputError at line 3 and no output", err, out)
	}
}
