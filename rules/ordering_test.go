package rules_test

import (
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// The expert ordering, over the whole answer space.

// TestPiercingBeforeImplant: studios call implants "long-term temporary"
// and place them for enthusiasts who ask, so wherever neither is ruled out,
// a piercing ranks above an implant (for a statement piece above all).
func TestPiercingBeforeImplant(t *testing.T) {
	n := 0
	for _, c := range answerSpace(t) {
		p, _ := ranked(c.rec, "piercing")
		i, _ := ranked(c.rec, "implant")
		if p.Excluded || i.Excluded {
			continue
		}
		n++
		if place(c.rec.Ranking, "piercing") > place(c.rec.Ranking, "implant") {
			t.Fatalf("%v: implant (%d) ranks above piercing (%d)", c.answers, i.Score, p.Score)
		}
	}
	if n == 0 {
		t.Fatal("piercing and implant are never both open")
	}
}

// TestAnkletOnlyWithAReason: the anklet is picked only where hands, wrists
// or a dress code argue against a bracelet, never by default.
func TestAnkletOnlyWithAReason(t *testing.T) {
	for _, c := range answerSpace(t) {
		if c.rec.Pick == "welded-anklet" && c.answers["machinery"] == "never" && c.answers["dress_code"] == "none" {
			t.Fatalf("%v: the anklet is picked with nothing against a bracelet", c.answers)
		}
	}
}

// TestBraceletIsTheUsualChain: with nothing against a bracelet (no machines,
// no dress code), it ranks above the other welded chains, and for a subtle
// look it is the pick whenever a chain is.
func TestBraceletIsTheUsualChain(t *testing.T) {
	n := 0
	for _, c := range answerSpace(t) {
		if c.answers["machinery"] != "never" || c.answers["dress_code"] != "none" {
			continue
		}
		n++
		b := place(c.rec.Ranking, "welded-bracelet")
		if b > place(c.rec.Ranking, "welded-necklace") || b > place(c.rec.Ranking, "welded-anklet") {
			t.Fatalf("%v: another chain ranks above the bracelet: %v", c.answers, typesOf(c.rec.Ranking))
		}
		if c.answers["style"] == "subtle" && c.rec.Pick != "welded-bracelet" && c.rec.Pick != "tattoo-jewelry" {
			t.Fatalf("%v: for a subtle look the pick is %s", c.answers, c.rec.Pick)
		}
	}
	if n == 0 {
		t.Fatal("no answer set has nothing against a bracelet")
	}
}

func place(rk []rules.Ranked, id string) int {
	for i, r := range rk {
		if r.Type == id {
			return i
		}
	}
	return -1
}
