package report

import (
	"strings"

	"github.com/jewelquiz/jewelquiz/rules"
)

// Titles the report opens with, one for each confidence.
const (
	TitleClear = "Your best match"
	TitleClose = "Two close matches"
	TitleWeak  = "No strong fit"
	TitleNone  = "No match"
	// TitleSingle leads a clear result whose pick is the only type not
	// ruled out: nothing was compared, so it is not called a best match.
	TitleSingle = "One type left open"
	// TitleFlags heads the flags, which come before any pick.
	TitleFlags = "Before anything else"
)

// lead writes the top of the report, which says what the confidence means:
// the best match for a clear result, both close matches as equals, the
// closest type of a weak fit, or no match. It returns how many types of the
// ranking it has shown.
func lead(b *strings.Builder, rec rules.Recommendation, st Styles, width int, section func(string), rows *[]Row) int {
	good, bad := st.Good, st.Bad
	switch {
	case rec.Pick == "":
		b.WriteString(st.Title.Render(TitleNone) + "\n")
		b.WriteString(wrap(st.Text, rec.Summary, width, "", "") + "\n")
		return 0
	case rec.Confidence == rules.ConfidenceClose:
		b.WriteString(st.Title.Render(TitleClose) + "\n")
		two := rec.Ranking[:2]
		scoreLines(b, st, two, st.Pick, "", width, rows)
		b.WriteString(wrap(st.Text, rec.Summary, width, "", "") + "\n")
		for _, r := range two {
			section("Why " + r.Name + " suits you")
			b.WriteString(wrap(st.Text, r.Summary, width, "  ", "  ") + "\n")
			bullets(b, st, good, r.Reasons, width)
			if len(r.Cautions) > 0 {
				section("Keep in mind with " + r.Name)
				bullets(b, st, bad, r.Cautions, width)
			}
		}
		return 2
	}
	pick := rec.Ranking[0]
	why := "Why it suits you"
	if rec.Confidence == rules.ConfidenceWeak {
		why = "What counts for it"
	}
	b.WriteString(st.Title.Render(Title(rec)) + "\n")
	note(b, rows, pick.Type)
	b.WriteString(scoreLine(st, st.Pick.Render(pick.Name), pick.Name, pick.Score, width) + "\n")
	if rec.Confidence == rules.ConfidenceWeak {
		b.WriteString(wrap(st.Text, rec.Summary, width, "", "") + "\n")
	}
	b.WriteString(wrap(st.Text, pick.Summary, width, "", "") + "\n")
	section(why)
	bullets(b, st, good, pick.Reasons, width)
	if len(pick.Cautions) > 0 {
		section("Keep in mind")
		bullets(b, st, bad, pick.Cautions, width)
	}
	if rec.Versus != "" && rec.Open() > 1 { // with one type open, the title says it all
		section("Against the runner-up")
		b.WriteString(wrap(st.Text, rec.Versus, width, "", "") + "\n")
	}
	return 1
}

// Title is the title a report on rec opens with.
func Title(rec rules.Recommendation) string {
	switch {
	case rec.Pick == "":
		return TitleNone
	case rec.Confidence == rules.ConfidenceClose:
		return TitleClose
	case rec.Confidence == rules.ConfidenceWeak:
		return TitleWeak
	case rec.Open() == 1:
		return TitleSingle
	}
	return TitleClear
}
