package rules_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// wantConfidence works the confidence out from the scores, as documented.
func wantConfidence(rk []rules.Ranked) rules.Confidence {
	switch {
	case rk[0].Excluded:
		return rules.ConfidenceNone
	case rk[0].Score < rules.WeakBelow:
		return rules.ConfidenceWeak
	case !rk[1].Excluded && rk[0].Score-rk[1].Score <= rules.CloseWithin:
		return rules.ConfidenceClose
	}
	return rules.ConfidenceClear
}

// TestConfidence: over the whole answer space, the confidence follows from
// the scores, and the summary leads with what it means.
func TestConfidence(t *testing.T) {
	seen := map[rules.Confidence]int{}
	for _, c := range answerSpace(t) {
		rk := c.rec.Ranking
		want := wantConfidence(rk)
		if c.rec.Confidence != want {
			t.Fatalf("%v: confidence %q, want %q (scores %d, %d)", c.answers, c.rec.Confidence, want, rk[0].Score, rk[1].Score)
		}
		seen[want]++
		s := c.rec.Summary
		switch want {
		case rules.ConfidenceNone:
			if c.rec.Pick != "" || !strings.Contains(s, "ruled out") {
				t.Fatalf("%v: no pick expected and a summary saying so, got %q, %q", c.answers, c.rec.Pick, s)
			}
		case rules.ConfidenceWeak:
			if !strings.HasPrefix(s, "Talk it through at the consultation") || !strings.Contains(s, rk[0].Name) || strings.Contains(s, "best match") {
				t.Fatalf("%v: weak summary %q", c.answers, s)
			}
		case rules.ConfidenceClose:
			if !strings.HasPrefix(s, rk[0].Name+" (") || !strings.Contains(s, "suit you almost equally") || !strings.Contains(s, rk[1].Name) || strings.Contains(s, "best match") {
				t.Fatalf("%v: close summary %q does not name %s and %s as equals", c.answers, s, rk[0].Name, rk[1].Name)
			}
		case rules.ConfidenceClear:
			if !strings.Contains(s, rk[0].Name+" is your best match") {
				t.Fatalf("%v: clear summary %q", c.answers, s)
			}
		}
	}
	// The default rulebook never rules out every type; TestConfidenceNone
	// covers that level.
	for _, level := range []rules.Confidence{rules.ConfidenceWeak, rules.ConfidenceClose, rules.ConfidenceClear} {
		if seen[level] == 0 {
			t.Errorf("no answer set is rated %q", level)
		}
	}
}

// TestCloseNamesTheSeparatingAnswer: a close summary names the answer whose
// effects tell the two apart most, and the type it favours; when none does,
// it says so.
func TestCloseNamesTheSeparatingAnswer(t *testing.T) {
	rb := defaultRulebook(t)
	for _, c := range answerSpace(t) {
		if c.rec.Confidence != rules.ConfidenceClose {
			continue
		}
		a, b := c.rec.Ranking[0], c.rec.Ranking[1]
		best, q, favoured := 0, "", ""
		for _, qq := range rb.Bank() {
			gap := sumPoints(a, qq.ID) - sumPoints(b, qq.ID)
			if gap > best {
				best, q, favoured = gap, qq.ID, a.Name
			} else if -gap > best {
				best, q, favoured = -gap, qq.ID, b.Name
			}
		}
		s := c.rec.Summary
		if q == "" {
			if !strings.Contains(s, "none of your answers tells them apart") {
				t.Fatalf("%v: no answer separates %s and %s, but the summary is %q", c.answers, a.Type, b.Type, s)
			}
			continue
		}
		if phrase := rb.Answers[q][c.answers[q]]; !strings.Contains(s, phrase) || !strings.Contains(s, "favours "+favoured) {
			t.Fatalf("%v: summary %q should name %q favouring %s", c.answers, s, phrase, favoured)
		}
	}
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
func TestNoReasonCountsOnlyComparedTypes(t *testing.T) {
	n := 0
	for _, c := range answerSpace(t) {
		if c.rec.Pick == "" || !strings.HasPrefix(c.rec.Ranking[0].Reasons[0], "No answer of yours") {
			continue
		}
		n++
		open := 0
		for _, r := range c.rec.Ranking {
			if !r.Excluded {
				open++
			}
		}
		got := c.rec.Ranking[0].Reasons[0]
		switch {
		case open == 1 && !strings.Contains(got, "only type"):
			t.Fatalf("%v: only the pick is open, but %q", c.answers, got)
		case open > 1 && !strings.Contains(got, fmt.Sprintf("leads the %d types", open)):
			t.Fatalf("%v: %d types were compared, but %q", c.answers, open, got)
		}
	}
	if n == 0 {
		t.Fatal("no pick without a reason of its own: this test checks nothing")
	}
}

// TestConfidenceJSON: the JSON carries the confidence.
func TestConfidenceJSON(t *testing.T) {
	for _, c := range answerSpace(t)[:200] {
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
		if out.Scans == nil || *out.Scans != c.rec.Scans || c.rec.Scans == "" {
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
		j := strings.Index(src[i:], "    effects:\n") + i + len("    effects:\n")
		src = src[:j] + "      - when: {needles: avoid}\n        exclude: true\n        because: test\n" + src[j:]
	}
	rb, err := rules.Load(testName, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rb.Recommend(quiz.Answers{
		"lifestyle": "busy", "dress_code": "none", "machinery": "never", "allergy": "none",
		"sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid",
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
