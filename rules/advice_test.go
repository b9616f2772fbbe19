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

// metalAdviceFits checks the metal advice for a pick: welded chains by
// allergy; piercings and implants only APP metals, and no steel with a
// nickel allergy or sensitive skin; tattoo jewelry no metal at all.
func metalAdviceFits(c spaceCase) string {
	m := c.rec.Metals
	rec, avoid := metalIDs(m.Recommended), metalIDs(m.Avoid)
	allergy := c.answers["allergy"]
	switch {
	case c.rec.Pick == "tattoo-jewelry":
		if len(rec)+len(avoid) > 0 || !strings.Contains(m.Note, "patch test") {
			return failf("%v: tattoo jewelry got metals %v / %v and note %q", c.answers, rec, avoid, m.Note)
		}
	case slices.Contains(bodyJewelry, c.rec.Pick):
		for _, id := range rec {
			if !slices.Contains(appMetals, id) {
				return failf("%v: %s, a metal the APP does not accept, is recommended for %s", c.answers, id, c.rec.Pick)
			}
		}
		for _, id := range neverInABody {
			if !slices.Contains(avoid, id) {
				return failf("%v: %s is not to be avoided for %s (avoid: %v)", c.answers, id, c.rec.Pick, avoid)
			}
		}
		if allergy == "nickel" || allergy == "sensitive" {
			for _, id := range nickelBearing {
				if slices.Contains(rec, id) || !slices.Contains(avoid, id) {
					return failf("%v: %s should be avoided for %s (recommended %v, avoid %v)", c.answers, id, c.rec.Pick, rec, avoid)
				}
			}
		}
	case slices.Contains(weldedTypes, c.rec.Pick):
		want := map[string][]string{
			"nickel":    {"stainless-steel", "white-gold"},
			"sensitive": {"stainless-steel", "white-gold", "sterling-silver", "gold-filled"},
		}[allergy]
		for _, id := range want {
			if !slices.Contains(avoid, id) || slices.Contains(rec, id) {
				return failf("%v: %s is not to be avoided (recommended %v, avoid: %v)", c.answers, id, rec, avoid)
			}
		}
		if allergy == "unsure" && !strings.Contains(m.Note, "patch-test") {
			return failf("%v: unsure, yet the note %q does not mention a patch test", c.answers, m.Note)
		}
	case c.rec.Pick == "":
		return ""
	default:
		return failf("%v: pick %q is in no group this test knows", c.answers, c.rec.Pick)
	}
	if c.rec.Pick != "tattoo-jewelry" && len(rec) == 0 {
		return failf("%v: %s gets no metal to choose", c.answers, c.rec.Pick)
	}
	return ""
}

var _ = everySet("TestMetalAdvicePerType", func(c spaceCase, seen map[string]int) string {
	seen[c.rec.Pick]++
	return metalAdviceFits(c)
})

// TestMetalAdvicePerType: over the whole answer space, the metal advice
// belongs to the pick (see metalAdviceFits).
func TestMetalAdvicePerType(t *testing.T) {
	seen := checked(t, "TestMetalAdvicePerType")
	// Where the default rulebook never picks a type, its advice is checked
	// with a rulebook that rules out every other type for a customer with
	// nothing against any, for every answer to the allergy question.
	for _, id := range allTypes {
		if seen[id] > 0 {
			continue
		}
		for _, c := range onlyType(t, id) {
			seen[c.rec.Pick]++
			if msg := metalAdviceFits(c); msg != "" {
				t.Fatal(msg)
			}
		}
	}
	for _, id := range allTypes {
		if seen[id] == 0 {
			t.Errorf("%s is never the pick, so its advice is never checked", id)
		}
	}
}

// onlyType recommends, with a rulebook where every other type is ruled out
// by needles=fine, for a relaxed customer with nothing against any type and
// each answer to the allergy question.
func onlyType(t *testing.T, id string) []spaceCase {
	t.Helper()
	src := string(rules.DefaultSource())
	for _, other := range allTypes {
		if other == id {
			continue
		}
		at := "  - id: " + other + "\n"
		i := strings.Index(src, at)
		k := strings.Index(src[max(i, 0):], "    effects:\n")
		if i < 0 || k < 0 {
			t.Fatalf("the rulebook has no effects for %s: update this test", other)
		}
		j := i + k + len("    effects:\n")
		src = src[:j] + "      - when: {needles: fine}\n        exclude: true\n        because: test\n" + src[j:]
	}
	rb, err := rules.Load(testName, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out []spaceCase
	for _, allergy := range []string{"none", "nickel", "sensitive", "unsure"} {
		a := quiz.Answers{
			"lifestyle": "relaxed", "dress_code": "none", "machinery": "never", "allergy": allergy,
			"health": "", "age": "18-plus", "sleep": "back", "removal": "never", "style": "statement", "needles": "fine",
		}
		rec, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Pick != id {
			t.Fatalf("%v: with every other type ruled out, the pick is %q, not %s", a, rec.Pick, id)
		}
		out = append(out, spaceCase{a, rec})
	}
	return out
}

// TestAskAndScansFitThePick: over the whole answer space, the questions to
// ask are the pick's own (and the rulebook's general ones), they fit the
// kind of piece, and the note on scans is the pick's.
var askAndScans = func() spaceCheck {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
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
	return func(c spaceCase, notes map[string]int) string {
		pick, _ := rb.Type(c.rec.Pick)
		if want := append(slices.Clone(pick.Ask), rb.Ask...); !slices.Equal(c.rec.Ask, want) {
			return failf("%v: ask %q, want %s's %q", c.answers, c.rec.Ask, pick.ID, want)
		}
		if c.rec.Scans != pick.Scans {
			return failf("%v: scans %q, want %s's %q", c.answers, c.rec.Scans, pick.ID, pick.Scans)
		}
		if c.rec.Pick == "" {
			return ""
		}
		all := strings.Join(c.rec.Ask, " ")
		fit := false
		for _, f := range fits {
			if !slices.Contains(f.types, pick.ID) {
				continue
			}
			fit = true
			for _, w := range f.ask {
				if !strings.Contains(all, w) {
					return failf("%v: the questions for %s do not ask about %q: %q", c.answers, pick.ID, w, c.rec.Ask)
				}
			}
			for _, w := range f.never {
				if strings.Contains(all, w) {
					return failf("%v: the questions for %s ask about %q, which does not fit it: %q", c.answers, pick.ID, w, c.rec.Ask)
				}
			}
			if !strings.Contains(c.rec.Scans, f.scans) {
				return failf("%v: the scans note for %s %q does not mention %q", c.answers, pick.ID, c.rec.Scans, f.scans)
			}
		}
		if !fit {
			return failf("%v: the pick %s fits no row of this test", c.answers, pick.ID)
		}
		return ""
	}
}()

var _ = everySet("TestAskAndScansFitThePick", askAndScans)

func TestAskAndScansFitThePick(t *testing.T) { checked(t, "TestAskAndScansFitThePick") }
