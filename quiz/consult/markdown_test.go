package consult

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

func TestMarkdown(t *testing.T) {
	r := sample(t, 7)
	r.Code, r.Name, r.Created = "K7MX-4P", "Ana *the* <b>", testTime
	md := Markdown(r, testBank())
	var rec struct {
		Summary string `json:"summary"`
	}
	if err := json.Unmarshal(r.Recommendation, &rec); err != nil {
		t.Fatal(err)
	}
	want := []string{"# Consultation K7MX-4P", `Ana \*the\* \<b\>`, r.PickName, rec.Summary, r.RulebookVersion, "| Question | Answer |"}
	for _, q := range testBank() {
		v, ok := r.Answers[q.ID]
		if !ok {
			continue // a follow-up not asked
		}
		want = append(want, "| "+q.Short+" | "+AnswerText(q, v)+" |")
	}
	for _, w := range want {
		if !strings.Contains(md, w) {
			t.Fatalf("Markdown lacks %q:\n%s", w, md)
		}
	}

	// Without a readable recommendation it falls back to the report.
	r.Recommendation = json.RawMessage("null")
	r.Report = "plain ``` report"
	md = Markdown(r, testBank())
	if !strings.Contains(md, "````\nplain ``` report\n````") {
		t.Fatalf("Markdown without a recommendation lacks the fenced report:\n%s", md)
	}
}

// The Markdown leads with the recommendation's confidence and shows the
// pick's scan note; a consultation saved before either existed shows
// neither and still opens.
func TestMarkdownConfidenceAndScans(t *testing.T) {
	r := sample(t, 7)
	var rec map[string]any
	if err := json.Unmarshal(r.Recommendation, &rec); err != nil {
		t.Fatal(err)
	}
	for level, lead := range English.Confidence {
		rec["confidence"], rec["scans"] = level, "Cut it at the jump ring."
		r.Recommendation, _ = json.Marshal(rec)
		md := Markdown(r, testBank())
		if !strings.Contains(md, lead) || !strings.Contains(md, "Scans and surgery") || !strings.Contains(md, "Cut it at the jump ring.") {
			t.Fatalf("%s: Markdown lacks the lead %q or the scan note:\n%s", level, lead, md)
		}
	}
	delete(rec, "confidence")
	delete(rec, "scans")
	r.Recommendation, _ = json.Marshal(rec)
	md := Markdown(r, testBank())
	for _, lead := range English.Confidence {
		if strings.Contains(md, lead) || strings.Contains(md, "Scans and surgery") {
			t.Fatalf("an older consultation shows a lead or a scan note it never had:\n%s", md)
		}
	}
}

// The answers table words each answer with the bank it is given, so a
// reworded rulebook's wording reaches the Markdown.
func TestMarkdownWordsAnswersWithTheBank(t *testing.T) {
	r := sample(t, 7)
	bank := testBank()
	reworded := make([]quiz.Question, len(bank))
	for i, q := range bank {
		q.Short = "Q" + q.ID
		q.Options = append([]quiz.Option(nil), q.Options...)
		for j := range q.Options {
			q.Options[j].Label = "A" + q.Options[j].Value
		}
		reworded[i] = q
	}
	md := Markdown(r, reworded)
	for _, q := range bank {
		v, ok := r.Answers[q.ID]
		if !ok || q.Many() {
			continue // not asked; a many answer is tested on its own
		}
		want := "| Q" + q.ID + " | A" + v + " |"
		if !strings.Contains(md, want) {
			t.Fatalf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
