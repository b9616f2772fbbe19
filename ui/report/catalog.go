package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// TypePage draws one type's catalog page from the rulebook: what it is, how
// it is made, upkeep, how it comes off, healing, metals, who it suits and
// who not, and its advantages and concerns.
func TypePage(t rules.Type, rb *rules.Rulebook, st Styles, width int) string {
	width = max(width, 20)
	var b strings.Builder
	b.WriteString(st.paint(st.Title, t.Name) + "\n")
	b.WriteString(st.wrap(st.Text, t.Summary, width, "", "") + "\n\n")
	b.WriteString(st.wrap(st.Text, t.Description, width, "", "") + "\n")
	c := t.Catalog
	para := func(title, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		b.WriteString("\n" + st.paint(st.Heading, title) + "\n")
		b.WriteString(st.wrap(st.Text, text, width, "  ", "  ") + "\n")
	}
	list := func(title string, mark Styles, items []string) {
		if len(items) == 0 {
			return
		}
		b.WriteString("\n" + st.paint(st.Heading, title) + "\n")
		bullets(&b, st, mark.Text, items, width)
	}
	tr := st.tr()
	para(tr.T("report.type.made"), c.Made)
	para(tr.T("report.type.upkeep"), c.Upkeep)
	para(tr.T("report.type.removal"), c.Removal)
	para(tr.T("report.type.healing"), c.Healing)
	para(tr.T("report.type.metals"), typeMetals(t, rb, tr))
	good, bad := st, st
	good.Text, bad.Text = st.Good, st.Bad
	list(tr.T("report.type.suits"), good, c.Suits)
	list(tr.T("report.type.not_for"), bad, c.NotFor)
	list(tr.T("report.type.pros"), good, c.Pros)
	list(tr.T("report.type.cons"), bad, c.Cons)
	return strings.TrimRight(b.String(), "\n")
}

// typeMetals names a type's metals, as a sentence in tr's language.
func typeMetals(t rules.Type, rb *rules.Rulebook, tr *locale.Printer) string {
	if len(t.Metals) == 0 {
		return tr.T("report.type.no_metal")
	}
	names := make([]string, 0, len(t.Metals))
	for _, id := range t.Metals {
		if m, ok := rb.Metal(id); ok {
			names = append(names, m.Name)
		}
	}
	return capitalize(strings.Join(names, ", ")) + "."
}

// Trace draws why a type scored what it did for this customer: the starting
// score, each answer that moved it (or ruled it out) in their words, and the
// total. keyOf, if not nil, names the key that changes a question's answer,
// shown before each of its lines so the page says which number is which.
func Trace(r rules.Ranked, rb *rules.Rulebook, st Styles, width int, keyOf func(question string) string) string {
	width = max(width, 20)
	var b strings.Builder
	tr := st.tr()
	title := tr.F("report.trace.title", "Name", r.Name, "Score", r.Score)
	if r.Excluded {
		title = tr.F("report.trace.title_out", "Name", r.Name)
	}
	b.WriteString(st.paint(st.Heading, wrapPlain(title, width)) + "\n")
	line := func(question, num string, style Styles, text string) {
		k := ""
		if keyOf != nil && question != "" {
			k = keyOf(question)
		}
		b.WriteString(st.paint(st.Dim, fmt.Sprintf("%2s", k)) + st.paint(style.Text, fmt.Sprintf("%4s", num)) + "  " + st.wrapRest(st.Text, text, width-8, strings.Repeat(" ", 8)) + "\n")
	}
	good, bad, dim := st, st, st
	good.Text, bad.Text, dim.Text = st.Good, st.Bad, st.Dim
	line("", fmt.Sprint(r.Base), dim, tr.T("report.trace.base"))
	for _, s := range r.Trace {
		switch {
		case s.Excludes:
			line(s.Question, "out", bad, rb.Sentence(s))
		case s.Points > 0:
			line(s.Question, fmt.Sprintf("+%d", s.Points), good, rb.Sentence(s))
		default:
			line(s.Question, fmt.Sprintf("%d", s.Points), bad, rb.Sentence(s))
		}
	}
	if len(r.Trace) == 0 {
		b.WriteString(st.wrap(st.Dim, tr.T("report.trace.none"), width, "  ", "  ") + "\n")
	}
	if r.Excluded {
		b.WriteString(st.wrap(st.Bad, tr.T("report.trace.out"), width, "  ", "  ") + "\n")
	} else {
		line("", fmt.Sprint(r.Score), st, tr.T("report.trace.total"))
	}
	return strings.TrimRight(b.String(), "\n")
}

func wrapPlain(s string, width int) string {
	return Styles{}.wrap(Styles{}.Text, s, width, "", "")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
