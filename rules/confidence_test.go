package rules_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// wantConfidence works the confidence out from the scores, as documented:
// none when every type is ruled out, weak when the best open score is under
// 50, close when the second best open score is within 10, else clear.
func wantConfidence(rk []rules.Ranked) rules.Confidence {
	var open []int
	for _, r := range rk {
		if !r.Excluded {
			open = append(open, r.Score)
		}
	}
	slices.SortFunc(open, func(a, b int) int { return b - a })
	switch {
	case len(open) == 0:
		return rules.ConfidenceNone
	case open[0] < rules.WeakBelow:
		return rules.ConfidenceWeak
	case len(open) > 1 && open[0]-open[1] <= rules.CloseWithin:
		return rules.ConfidenceClose
	}
	return rules.ConfidenceClear
}

// TestConfidence: over the whole answer space, the confidence follows from
// the scores, and the summary leads with what it means.
var _ = everySet("TestConfidence", func(c spaceCase, seen map[string]int) string {
	rk := c.rec.Ranking
	want := wantConfidence(rk)
	if c.rec.Confidence != want {
		return failf("%v: confidence %q, want %q (scores %d, %d)", c.answers, c.rec.Confidence, want, rk[0].Score, rk[1].Score)
	}
	seen[string(want)]++
	open := 0
	for _, r := range rk {
		if !r.Excluded {
			open++
		}
	}
	if (want == rules.ConfidenceNone) != (open == 0) {
		return failf("%v: confidence %q with %d types open", c.answers, want, open)
	}
	s := c.rec.Summary
	switch want {
	case rules.ConfidenceNone:
		if c.rec.Pick != "" || !strings.Contains(s, "ruled out") {
			return failf("%v: no pick expected and a summary saying so, got %q, %q", c.answers, c.rec.Pick, s)
		}
	case rules.ConfidenceWeak:
		if !strings.HasPrefix(s, "Talk it through at the consultation") || !strings.Contains(s, rk[0].Name) || strings.Contains(s, "best match") {
			return failf("%v: weak summary %q", c.answers, s)
		}
	case rules.ConfidenceClose:
		if !strings.HasPrefix(s, rk[0].Name+" (") || !strings.Contains(s, "suit you almost equally") || !strings.Contains(s, rk[1].Name) || strings.Contains(s, "best match") {
			return failf("%v: close summary %q does not name %s and %s as equals", c.answers, s, rk[0].Name, rk[1].Name)
		}
	case rules.ConfidenceClear:
		if open > 1 && !strings.Contains(s, rk[0].Name+" is your best match") || open == 1 && !strings.HasPrefix(s, rk[0].Name+" is the one type") {
			return failf("%v: clear summary %q", c.answers, s)
		}
	}
	return ""
})

func TestConfidence(t *testing.T) {
	seen := checked(t, "TestConfidence")
	// The default rulebook never rules out every type; TestConfidenceNone
	// covers that level.
	for _, level := range []rules.Confidence{rules.ConfidenceWeak, rules.ConfidenceClose, rules.ConfidenceClear} {
		if seen[string(level)] == 0 {
			t.Errorf("no answer set is rated %q", level)
		}
	}
}

// TestCloseNamesTheSeparatingAnswer: a close summary names the answer whose
// effects tell the two apart most, and the type it favours; when none does,
// it says so.
var closeNames = func() spaceCheck {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return func(c spaceCase, _ map[string]int) string {
		if c.rec.Confidence != rules.ConfidenceClose {
			return ""
		}
		// Each value of a many answer counts on its own.
		a, b := c.rec.Ranking[0], c.rec.Ranking[1]
		best, q, val, favoured := 0, "", "", ""
		for _, qq := range rb.Bank() {
			for _, v := range c.answers.Values(qq.ID) {
				gap := valuePoints(a, qq.ID, v) - valuePoints(b, qq.ID, v)
				if gap > best {
					best, q, val, favoured = gap, qq.ID, v, a.Name
				} else if -gap > best {
					best, q, val, favoured = -gap, qq.ID, v, b.Name
				}
			}
		}
		s := c.rec.Summary
		if q == "" {
			if !strings.Contains(s, "none of your answers tells them apart") {
				return failf("%v: no answer separates %s and %s, but the summary is %q", c.answers, a.Type, b.Type, s)
			}
			return ""
		}
		if phrase := rb.Answers[q][val]; !strings.Contains(s, phrase) || !strings.Contains(s, "favours "+favoured) {
			return failf("%v: summary %q should name %q favouring %s", c.answers, s, phrase, favoured)
		}
		return ""
	}
}()

var _ = everySet("TestCloseNamesTheSeparatingAnswer", closeNames)

func TestCloseNamesTheSeparatingAnswer(t *testing.T) { checked(t, "TestCloseNamesTheSeparatingAnswer") }

// valuePoints sums the points one value of an answer gave in a trace.
func valuePoints(r rules.Ranked, question, value string) int {
	n := 0
	for _, s := range r.Trace {
		if s.Question == question && s.Answer == value {
			n += s.Points
		}
	}
	return n
}

func sumPoints(r rules.Ranked, question string) int {
	n := 0
	for _, s := range r.Trace {
		if s.Question == question {
			n += s.Points
		}
	}
	return n
}

// TestNoReasonCountsOnlyComparedTypes: the sentence standing in for a
// pick's reasons counts only the types not ruled out.
var _ = everySet("TestNoReasonCountsOnlyComparedTypes", func(c spaceCase, notes map[string]int) string {
	if c.rec.Pick == "" || !strings.HasPrefix(c.rec.Ranking[0].Reasons[0], "No answer of yours") {
		return ""
	}
	notes["checked"]++
	open := 0
	for _, r := range c.rec.Ranking {
		if !r.Excluded {
			open++
		}
	}
	if open != c.rec.Open() {
		return failf("%v: Open() = %d, but %d types are not ruled out", c.answers, c.rec.Open(), open)
	}
	got := c.rec.Ranking[0].Reasons[0]
	switch {
	case open == 1 && !strings.Contains(got, "only type"):
		return failf("%v: only the pick is open, but %q", c.answers, got)
	case open > 1 && !strings.Contains(got, fmt.Sprintf("leads the %d types", open)):
		return failf("%v: %d types were compared, but %q", c.answers, open, got)
	}
	return ""
})

func TestNoReasonCountsOnlyComparedTypes(t *testing.T) {
	if checked(t, "TestNoReasonCountsOnlyComparedTypes")["checked"] == 0 {
		t.Fatal("no pick without a reason of its own: this test checks nothing")
	}
}

// TestConfidenceJSON: the JSON carries the confidence.
func TestConfidenceJSON(t *testing.T) {
	n := 0
	for a := range quiz.Space(defaultRulebook(t).Bank()) {
		if n++; n%3001 != 1 {
			continue // 215 answer sets spread over the space
		}
		c := spaceCase{a, recommendation(t, a)}
		js, err := json.Marshal(c.rec)
		if err != nil {
			t.Fatal(err)
		}
		var out struct {
			Confidence *string `json:"confidence"`
			Scans      *string `json:"scans"`
		}
		if err := json.Unmarshal(js, &out); err != nil {
			t.Fatal(err)
		}
		if out.Confidence == nil || *out.Confidence != string(c.rec.Confidence) {
			t.Fatalf("%v: JSON confidence %v, want %q", c.answers, out.Confidence, c.rec.Confidence)
		}
		if out.Scans == nil || *out.Scans != c.rec.Scans || (c.rec.Scans == "") != (c.rec.Pick == "") {
			t.Fatalf("%v: JSON scans %v, want the pick's note %q", c.answers, out.Scans, c.rec.Scans)
		}
	}
}

// TestConfidenceNone: with a rulebook where avoiding needles also rules out
// the necklace and the anklet, such answers leave no pick, confidence none,
// and the no-pick sentence.
func TestConfidenceNone(t *testing.T) {
	src := string(rules.DefaultSource())
	for _, id := range []string{"welded-bracelet", "welded-necklace", "welded-anklet"} {
		at := "  - id: " + id + "\n"
		i := strings.Index(src, at)
		k := strings.Index(src[i:], "    effects:\n")
		if i < 0 || k < 0 {
			t.Fatalf("the rulebook has no effects for %s: update this test", id)
		}
		j := k + i + len("    effects:\n")
		src = src[:j] + "      - when: {needles: avoid}\n        exclude: true\n        because: test\n" + src[j:]
	}
	rb, err := rules.Load(testName, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rb.Recommend(quiz.Answers{
		"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "none",
		"health": "", "age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid",
	})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Confidence != rules.ConfidenceNone || rec.Pick != "" || rec.Summary != rb.Explain.NoPick {
		t.Fatalf("confidence %q, pick %q, summary %q; want none, no pick, the no-pick sentence", rec.Confidence, rec.Pick, rec.Summary)
	}
	js, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"confidence":"none"`) || !strings.Contains(string(js), `"pick":null`) {
		t.Fatalf("JSON %s lacks confidence none and pick null", js)
	}
}

// TestOneTypeOpenClaimsNoComparison: where every type but the pick is ruled
// out, nothing was compared, so the summary says the pick is the one type
// left open and never calls it a best match or the closest.
var _ = everySet("TestOneTypeOpenClaimsNoComparison", func(c spaceCase, notes map[string]int) string {
	if c.rec.Pick == "" || c.rec.Open() != 1 {
		return ""
	}
	notes[string(c.rec.Confidence)]++
	s := c.rec.Summary
	switch {
	case !strings.Contains(s, "the one type your answers leave open"):
		return failf("%v: only %s is open, but the summary is %q", c.answers, c.rec.Pick, s)
	case strings.Contains(s, "best match") || strings.Contains(s, "closest"):
		return failf("%v: only %s is open, but the summary claims a comparison: %q", c.answers, c.rec.Pick, s)
	}
	return ""
})

func TestOneTypeOpenClaimsNoComparison(t *testing.T) {
	notes := checked(t, "TestOneTypeOpenClaimsNoComparison")
	if notes[string(rules.ConfidenceClear)] == 0 || notes[string(rules.ConfidenceWeak)] == 0 {
		t.Fatalf("want clear and weak results with one type open, got %v", notes)
	}
}
