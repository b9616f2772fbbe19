package rules_test

import (
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// The expert ordering, over the whole answer space.

// againstBracelet reports whether an answer argues against a welded
// bracelet: work with machines, a dress code (bare wrists above all), live
// electrical work, a pacemaker or a pregnancy.
func againstBracelet(a quiz.Answers) bool {
	return a["machinery"] != "never" || a["dress_code"] != "none" ||
		a.Has("dress_code", "bare-wrists") ||
		a.Has("machine_kind", "live-electrical") || a.Has("machine_kind", "both") ||
		a.Has("health", "pacemaker") || a.Has("health", "pregnant")
}

// TestPiercingBeforeImplant: studios call implants "long-term temporary"
// and place them for enthusiasts who ask, so wherever neither is ruled out,
// a piercing ranks above an implant (for a statement piece above all).
var _ = everySet("TestPiercingBeforeImplant", func(c spaceCase, notes map[string]int) string {
	p, _ := ranked(c.rec, "piercing")
	i, _ := ranked(c.rec, "implant")
	if p.Excluded || i.Excluded {
		return ""
	}
	notes["both open"]++
	if place(c.rec.Ranking, "piercing") > place(c.rec.Ranking, "implant") {
		return failf("%v: implant (%d) ranks above piercing (%d)", c.answers, i.Score, p.Score)
	}
	return ""
})

func TestPiercingBeforeImplant(t *testing.T) {
	if checked(t, "TestPiercingBeforeImplant")["both open"] == 0 {
		t.Fatal("piercing and implant are never both open")
	}
}

// TestAnkletOnlyWithAReason: the anklet is picked only where hands, wrists,
// work, health or a dress code argue against a bracelet, never by default.
var _ = everySet("TestAnkletOnlyWithAReason", func(c spaceCase, notes map[string]int) string {
	if c.rec.Pick != "welded-anklet" {
		return ""
	}
	notes["anklet"]++
	if !againstBracelet(c.answers) {
		return failf("%v: the anklet is picked with nothing against a bracelet", c.answers)
	}
	return ""
})

func TestAnkletOnlyWithAReason(t *testing.T) {
	if checked(t, "TestAnkletOnlyWithAReason")["anklet"] == 0 {
		t.Fatal("the anklet is never picked: the test checks nothing")
	}
}

// TestBraceletIsTheUsualChain: with nothing against a bracelet, it ranks
// above the other welded chains, and for a subtle look it is the pick
// whenever a chain is.
var _ = everySet("TestBraceletIsTheUsualChain", func(c spaceCase, notes map[string]int) string {
	if againstBracelet(c.answers) {
		return ""
	}
	notes["nothing against"]++
	b := place(c.rec.Ranking, "welded-bracelet")
	if b > place(c.rec.Ranking, "welded-necklace") || b > place(c.rec.Ranking, "welded-anklet") {
		return failf("%v: another chain ranks above the bracelet: %v", c.answers, typesOf(c.rec.Ranking))
	}
	if c.answers["style"] == "subtle" && c.rec.Pick != "welded-bracelet" && c.rec.Pick != "tattoo-jewelry" {
		return failf("%v: for a subtle look the pick is %s", c.answers, c.rec.Pick)
	}
	return ""
})

func TestBraceletIsTheUsualChain(t *testing.T) {
	if checked(t, "TestBraceletIsTheUsualChain")["nothing against"] == 0 {
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
