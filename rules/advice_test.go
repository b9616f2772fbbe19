package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// Metals the APP's minimum standard accepts in a fresh piercing or implant
// (safepiercing.org), and those never acceptable there.
var (
	appMetals     = []string{"titanium", "implant-steel", "niobium", "solid-gold", "platinum"}
	neverInABody  = []string{"gold-filled", "sterling-silver"}
	weldedTypes   = []string{"welded-bracelet", "welded-necklace", "welded-anklet"}
	bodyJewelry   = []string{"piercing", "implant"}
	nickelBearing = []string{"stainless-steel", "implant-steel", "white-gold"}
)

// TestMetalAdvicePerType: over the whole answer space, the metal advice
// belongs to the pick: welded chains by allergy; piercings and implants only
// APP metals, and no steel with a nickel allergy or sensitive skin; tattoo
// jewelry no metal at all.
func TestMetalAdvicePerType(t *testing.T) {
	seen := map[string]int{}
	// The default rulebook never picks an implant (a piercing always ranks
	// above it), so its advice is checked where a relaxed customer rules the
	// piercing out.
	cases := append(slices.Clone(answerSpace(t)), editedSpace(t,
		"points: 5\n        because: you have time for the weeks of aftercare it needs",
		"exclude: true\n        because: you have time for the weeks of aftercare it needs")...)
	for _, c := range cases {
		m := c.rec.Metals
		rec, avoid := metalIDs(m.Recommended), metalIDs(m.Avoid)
		allergy := c.answers["allergy"]
		seen[c.rec.Pick]++
		switch {
		case c.rec.Pick == "tattoo-jewelry":
			if len(rec)+len(avoid) > 0 || !strings.Contains(m.Note, "patch test") {
				t.Fatalf("%v: tattoo jewelry got metals %v / %v and note %q", c.answers, rec, avoid, m.Note)
			}
		case slices.Contains(bodyJewelry, c.rec.Pick):
			for _, id := range rec {
				if !slices.Contains(appMetals, id) {
					t.Fatalf("%v: %s, a metal the APP does not accept, is recommended for %s", c.answers, id, c.rec.Pick)
				}
			}
			for _, id := range neverInABody {
				if !slices.Contains(avoid, id) {
					t.Fatalf("%v: %s is not to be avoided for %s (avoid: %v)", c.answers, id, c.rec.Pick, avoid)
				}
			}
			if allergy == "nickel" || allergy == "sensitive" {
				for _, id := range nickelBearing {
					if slices.Contains(rec, id) || !slices.Contains(avoid, id) {
						t.Fatalf("%v: %s should be avoided for %s (recommended %v, avoid %v)", c.answers, id, c.rec.Pick, rec, avoid)
					}
				}
			}
		case slices.Contains(weldedTypes, c.rec.Pick):
			want := map[string][]string{
				"nickel":    {"stainless-steel", "white-gold"},
				"sensitive": {"stainless-steel", "white-gold", "sterling-silver", "gold-filled"},
			}[allergy]
			for _, id := range want {
				if !slices.Contains(avoid, id) {
					t.Fatalf("%v: %s is not to be avoided (avoid: %v)", c.answers, id, avoid)
				}
			}
			if allergy == "unsure" && !strings.Contains(m.Note, "patch-test") {
				t.Fatalf("%v: unsure, yet the note %q does not mention a patch test", c.answers, m.Note)
			}
		default:
			t.Fatalf("%v: pick %q is in no group this test knows", c.answers, c.rec.Pick)
		}
		if c.rec.Pick != "tattoo-jewelry" && len(rec) == 0 {
			t.Fatalf("%v: %s gets no metal to choose", c.answers, c.rec.Pick)
		}
	}
	for _, id := range append(append(slices.Clone(weldedTypes), bodyJewelry...), "tattoo-jewelry") {
		if seen[id] == 0 {
			t.Errorf("%s is never the pick, so its advice is never checked", id)
		}
	}
}

// TestAskAndScansFitThePick: over the whole answer space, the questions to
// ask are the pick's own (and the rulebook's general ones), they fit the
// kind of piece, and the note on scans is the pick's.
func TestAskAndScansFitThePick(t *testing.T) {
	rb := defaultRulebook(t)
	fits := []struct {
		types      []string
		ask, never []string // words the questions must and must not hold
		scans      string
	}{
		{weldedTypes, []string{"certificate", "cost in all", "re-welding"}, []string{"patch test", "heal"}, "jump ring"},
		{[]string{"piercing"}, []string{"certificate", "heal", "aftercare", "downsized"}, []string{"re-weld"}, "plastic retainer"},
		{[]string{"implant"}, []string{"place it", "long-term temporary", "removes it"}, []string{"re-weld"}, "small cut"},
		{[]string{"tattoo-jewelry"}, []string{"ink", "patch test", "touch-ups"}, []string{"re-weld", "metal is this"}, "radiographer"},
	}
	checked := 0
	for _, c := range answerSpace(t) {
		pick, _ := rb.Type(c.rec.Pick)
		if want := append(slices.Clone(pick.Ask), rb.Ask...); !slices.Equal(c.rec.Ask, want) {
			t.Fatalf("%v: ask %q, want %s's %q", c.answers, c.rec.Ask, pick.ID, want)
		}
		if c.rec.Scans != pick.Scans {
			t.Fatalf("%v: scans %q, want %s's %q", c.answers, c.rec.Scans, pick.ID, pick.Scans)
		}
		all := strings.Join(c.rec.Ask, " ")
		for _, f := range fits {
			if !slices.Contains(f.types, pick.ID) {
				continue
			}
			checked++
			for _, w := range f.ask {
				if !strings.Contains(all, w) {
					t.Fatalf("%v: the questions for %s do not ask about %q: %q", c.answers, pick.ID, w, c.rec.Ask)
				}
			}
			for _, w := range f.never {
				if strings.Contains(all, w) {
					t.Fatalf("%v: the questions for %s ask about %q, which does not fit it: %q", c.answers, pick.ID, w, c.rec.Ask)
				}
			}
			if !strings.Contains(c.rec.Scans, f.scans) {
				t.Fatalf("%v: the scans note for %s %q does not mention %q", c.answers, pick.ID, c.rec.Scans, f.scans)
			}
		}
	}
	if checked != len(answerSpace(t)) {
		t.Fatalf("checked %d answer sets of %d: a pick fits no row of this test", checked, len(answerSpace(t)))
	}
}

// editedSpace recommends every answer set with the default rulebook, its
// one occurrence of old replaced by new.
func editedSpace(t *testing.T, old, new string) []spaceCase {
	t.Helper()
	src := string(rules.DefaultSource())
	if strings.Count(src, old) != 1 {
		t.Fatalf("the rulebook does not have %q once: update this test", old)
	}
	rb, err := rules.Load(testName, []byte(strings.Replace(src, old, new, 1)))
	if err != nil {
		t.Fatal(err)
	}
	var out []spaceCase
	for a := range quiz.Space(rb.Bank()) {
		rec, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, spaceCase{a, rec})
	}
	return out
}
