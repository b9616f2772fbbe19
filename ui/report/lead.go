package report

import (
	"strings"

	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// Titles the report opens with, one for each confidence, in English (the
// catalogue's report.title.* say them in each language).
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
		b.WriteString(st.paint(st.Title, st.tr().T(titleID(rec))) + "\n")
		b.WriteString(st.wrap(st.Text, rec.Summary, width, "", "") + "\n")
		return 0
	case rec.Confidence == rules.ConfidenceClose:
		b.WriteString(st.paint(st.Title, st.tr().T(titleID(rec))) + "\n")
		two := rec.Ranking[:2]
		scoreLines(b, st, two, st.Pick, "", width, rows)
		b.WriteString(st.wrap(st.Text, rec.Summary, width, "", "") + "\n")
		for _, r := range two {
			section(heading(st, "report.why", r.Name))
			b.WriteString(st.wrap(st.Text, r.Summary, width, "  ", "  ") + "\n")
			bullets(b, st, good, r.Reasons, width)
			if len(r.Cautions) > 0 {
				section(heading(st, "report.keep_in_mind", r.Name))
				bullets(b, st, bad, r.Cautions, width)
			}
		}
		return 2
	}
	pick := rec.Ranking[0]
	why := st.tr().T("report.why")
	if rec.Confidence == rules.ConfidenceWeak {
		why = st.tr().T("report.why_weak")
	}
	b.WriteString(st.paint(st.Title, st.tr().T(titleID(rec))) + "\n")
	note(b, rows, pick.Type)
	b.WriteString(scoreLine(st, st.paint(st.Pick, pick.Name), pick.Name, pick.Score, width) + "\n")
	if rec.Confidence == rules.ConfidenceWeak {
		b.WriteString(st.wrap(st.Text, rec.Summary, width, "", "") + "\n")
	}
	b.WriteString(st.wrap(st.Text, pick.Summary, width, "", "") + "\n")
	section(why)
	bullets(b, st, good, pick.Reasons, width)
	if len(pick.Cautions) > 0 {
		section(st.tr().T("report.keep_in_mind"))
		bullets(b, st, bad, pick.Cautions, width)
	}
	if rec.Versus != "" && rec.Open() > 1 { // with one type open, the title says it all
		section(st.tr().T("report.versus"))
		b.WriteString(st.wrap(st.Text, rec.Versus, width, "", "") + "\n")
	}
	return 1
}

// Title is the title a report on rec opens with, in English.
func Title(rec rules.Recommendation) string {
	return locale.For(locale.English).T(titleID(rec))
}

// titleID is the catalogue's id of the title a report on rec opens with;
// its English is one of the Title constants.
func titleID(rec rules.Recommendation) string {
	switch {
	case rec.Pick == "":
		return "report.title.none"
	case rec.Confidence == rules.ConfidenceClose:
		return "report.title.close"
	case rec.Confidence == rules.ConfidenceWeak:
		return "report.title.weak"
	case rec.Open() == 1:
		return "report.title.single"
	}
	return "report.title.clear"
}
