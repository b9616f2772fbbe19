package consult

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// recommendation is the part of the documented JSON shape of a
// rules.Recommendation that the Markdown shows.
type recommendation struct {
	Pick       *string `json:"pick"`
	Confidence string  `json:"confidence"`
	Flags      []struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	} `json:"flags"`
	Scans   string   `json:"scans"`
	Summary string   `json:"summary"`
	Versus  string   `json:"versus"`
	Ask     []string `json:"ask"`
	Ranking []struct {
		Type            string   `json:"type"`
		Name            string   `json:"name"`
		Score           int      `json:"score"`
		Excluded        bool     `json:"excluded"`
		ExcludedBecause string   `json:"excluded_because"`
		Reasons         []string `json:"reasons"`
		Cautions        []string `json:"cautions"`
	} `json:"ranking"`
	Metals struct {
		Recommended []string `json:"recommended"`
		Avoid       []string `json:"avoid"`
		Note        string   `json:"note"`
	} `json:"metals"`
}

// Words are the words a consultation is written with, apart from the
// rulebook's own and what the client typed: English by default, or a
// language's from its catalogue.
type Words struct {
	// AnswerCode and Consultation head the page: "Answer code" or
	// "Consultation", then the code.
	AnswerCode, Consultation string
	// Saved, Name and Rulebook label the lines under the heading.
	Saved, Name, Rulebook string
	// FlagsTitle heads the flags, as on the report the client saw.
	FlagsTitle string
	// The sections' titles.
	Recommendation, Why, Cautions, Metals, EveryType, Scans, Ask, Answers string
	// Recommended and Avoid start the metals' lines.
	Recommended, Avoid string
	// RuledOut follows a type's name in the list of every type.
	RuledOut string
	// Question and Answer head the table of answers.
	Question, Answer string
	// NoneOfThese is how an empty answer to a many question reads.
	NoneOfThese string
	// Confidence is what each confidence level tells staff first.
	Confidence map[string]string
}

// English are the words of a consultation in English.
var English = Words{
	AnswerCode: "Answer code", Consultation: "Consultation",
	Saved: "Saved", Name: "Name", Rulebook: "Rulebook",
	FlagsTitle:     FlagsTitle,
	Recommendation: "Recommendation", Why: "Why", Cautions: "Cautions", Metals: "Metals",
	EveryType: "Every type", Scans: "Scans and surgery", Ask: "To ask at the consultation", Answers: "Answers",
	Recommended: "Recommended", Avoid: "Avoid", RuledOut: "ruled out",
	Question: "Question", Answer: "Answer",
	NoneOfThese: NoneOfThese,
	Confidence: map[string]string{
		"clear": "A clear match.",
		"close": "Two close matches: compare the pick and the runner-up with the client.",
		"weak":  "No strong fit: talk it through with the client.",
		"none":  "Every type is ruled out by the client's answers.",
	},
}

// Markdown renders a consultation as Markdown in English (see
// Words.Markdown).
func Markdown(r Record, bank []quiz.Question) string { return English.Markdown(r, bank) }

// Markdown renders a consultation as Markdown in w's words: who and when,
// the flags the answers raised (what staff must see before any pick), the
// recommendation and the answers behind it, worded by bank (the questions
// of the rulebook in use). When the recommendation cannot be read it
// shows the plain-text report instead, which has the flags first. A
// record that was never saved (no time: the results an answer code
// holds) is headed by its code as an answer code, with no line saying
// when it was saved.
func (w Words) Markdown(r Record, bank []quiz.Question) string {
	var b strings.Builder
	if r.Created.IsZero() {
		fmt.Fprintf(&b, "# %s %s\n\n", w.AnswerCode, r.Code)
	} else {
		fmt.Fprintf(&b, "# %s %s\n\n", w.Consultation, r.Code)
		fmt.Fprintf(&b, "- **%s:** %s\n", w.Saved, r.Created.Local().Format("2006-01-02 15:04"))
	}
	if r.Name != "" {
		fmt.Fprintf(&b, "- **%s:** %s\n", w.Name, escape(r.Name))
	}
	if r.RulebookVersion != "" {
		fmt.Fprintf(&b, "- **%s:** %s\n", w.Rulebook, escape(r.RulebookVersion))
	}
	var rec recommendation
	if err := json.Unmarshal(r.Recommendation, &rec); err == nil && len(rec.Ranking) > 0 {
		w.writeFlags(&b, rec)
		w.writeRecommendation(&b, r, rec)
	} else if strings.TrimSpace(r.Report) != "" {
		fmt.Fprintf(&b, "\n## %s\n\n", w.Recommendation)
		fence := strings.Repeat("`", max(3, longestRun(r.Report, '`')+1))
		fmt.Fprintf(&b, "%s\n%s\n%s\n", fence, strings.TrimRight(r.Report, "\n"), fence)
	}
	w.writeAnswers(&b, r.Answers, bank)
	return b.String()
}

// FlagsTitle heads the flags, as on the report the client saw.
const FlagsTitle = "Before anything else"

// writeFlags writes the flags the answers raised; a consultation saved
// before flags existed, or that raised none, has none to show.
func (w Words) writeFlags(b *strings.Builder, rec recommendation) {
	var texts []string
	for _, f := range rec.Flags {
		if f.Text != "" {
			texts = append(texts, f.Text)
		}
	}
	if len(texts) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n", w.FlagsTitle)
	for _, t := range texts {
		fmt.Fprintf(b, "- %s\n", t)
	}
}

// writeRecommendation writes the pick, why, cautions, metals, the other
// types and the questions to ask.
func (w Words) writeRecommendation(b *strings.Builder, r Record, rec recommendation) {
	fmt.Fprintf(b, "\n## %s\n\n", w.Recommendation)
	if r.PickName != "" {
		fmt.Fprintf(b, "**%s**\n\n", escape(r.PickName))
	}
	// A consultation saved before confidence existed has none and shows
	// none.
	if lead, ok := w.Confidence[rec.Confidence]; ok {
		fmt.Fprintf(b, "*%s*\n\n", lead)
	}
	if rec.Summary != "" {
		fmt.Fprintf(b, "%s\n", rec.Summary)
	}
	if rec.Versus != "" {
		fmt.Fprintf(b, "\n%s\n", rec.Versus)
	}
	if top := rec.Ranking[0]; rec.Pick != nil && top.Type == *rec.Pick {
		list(b, w.Why, top.Reasons)
		list(b, w.Cautions, top.Cautions)
	}
	var metals []string
	if len(rec.Metals.Recommended) > 0 {
		metals = append(metals, w.Recommended+": "+strings.Join(rec.Metals.Recommended, ", "))
	}
	if len(rec.Metals.Avoid) > 0 {
		metals = append(metals, w.Avoid+": "+strings.Join(rec.Metals.Avoid, ", "))
	}
	if rec.Metals.Note != "" {
		metals = append(metals, rec.Metals.Note)
	}
	list(b, w.Metals, metals)
	var all []string
	for _, t := range rec.Ranking {
		if t.Excluded {
			all = append(all, fmt.Sprintf("%s: %s. %s", t.Name, w.RuledOut, t.ExcludedBecause))
		} else {
			all = append(all, fmt.Sprintf("%s: %d", t.Name, t.Score))
		}
	}
	list(b, w.EveryType, all)
	if rec.Scans != "" {
		list(b, w.Scans, []string{rec.Scans})
	}
	list(b, w.Ask, rec.Ask)
}

// writeAnswers writes the answers as a table, in the order bank asks them,
// with its wording (see AnswerText); answers bank does not know follow by
// id and value. A follow-up that was not asked has no row.
func (w Words) writeAnswers(b *strings.Builder, a quiz.Answers, bank []quiz.Question) {
	if len(a) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n| %s | %s |\n| --- | --- |\n", w.Answers, w.Question, w.Answer)
	for _, q := range bank {
		if v, ok := a[q.ID]; ok {
			fmt.Fprintf(b, "| %s | %s |\n", cell(q.Short), cell(w.AnswerText(q, v)))
		}
	}
	for _, id := range a.Unknown(bank) {
		fmt.Fprintf(b, "| %s | %s |\n", cell(id), cell(a[id]))
	}
}

// list writes a titled bullet list, or nothing when items is empty.
func list(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### %s\n\n", title)
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", it)
	}
}

// escape keeps text typed by a person from being read as Markdown.
func escape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune("\\`*_[]<>|~", c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// cell escapes text for a table cell.
func cell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c rune) int {
	best, n := 0, 0
	for _, r := range s {
		if r == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}
