package report

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/rules"
)

// BarWidth is the number of cells in a score bar.
const BarWidth = 10

// Render draws the recommendation as a report no wider than width cells
// (at least 20). Every line ends without trailing spaces. The flags the
// answers raise come first, under TitleFlags (in st.Lang), then the lead that says what
// the confidence means.
func Render(rec rules.Recommendation, st Styles, width int) string {
	s, _ := render(rec, st, width, false, nil)
	return s
}

// Row is a line of a report that names one type with its score.
type Row struct {
	// Line counts from 0, the report's first line.
	Line int
	Type string
}

// render draws the report, keeping the rows that name a type withRows,
// with a section on price and fit when est is not nil.
func render(rec rules.Recommendation, st Styles, width int, withRows bool, est Estimator) (string, []Row) {
	width = max(width, 20)
	var b strings.Builder
	var rows *[]Row
	if withRows {
		rows = new([]Row)
	}
	section := func(title string) {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(st.wrap(st.Heading, title, width, "", "") + "\n")
	}
	if len(rec.Flags) > 0 {
		// What the customer and the staff must see before any pick.
		b.WriteString(st.paint(st.Title, st.tr().T("report.title.flags")) + "\n")
		flags := make([]string, len(rec.Flags))
		for i, f := range rec.Flags {
			flags[i] = f.Text
		}
		bullets(&b, st, st.Bad, flags, width)
		b.WriteString("\n")
	}
	shown := lead(&b, rec, st, width, section, rows)
	priceSections(&b, st, section, rec, est, width)
	var others, out []rules.Ranked
	for i, r := range rec.Ranking {
		switch {
		case r.Excluded:
			out = append(out, r)
		case i >= shown:
			others = append(others, r)
		}
	}
	if len(others) > 0 {
		section(st.tr().T("report.other_options"))
		scoreLines(&b, st, others, st.Text, "  ", width, rows)
	}
	if len(out) > 0 {
		section(st.tr().T("report.ruled_out"))
		for _, r := range out {
			note(&b, rows, r.Type)
			b.WriteString(st.wrap(st.Dim, r.Name+": "+r.ExcludedBecause, width, "  ", "    ") + "\n")
		}
	}
	pick := rec.PickAdvice()
	if run := rec.RunnerUp; run != nil {
		// Two close matches, shown as equals: each with its own advice,
		// where the runner-up's differs from the pick's.
		adviceSections(&b, st, section, pick, rules.TypeAdvice{}, pick.Name, width)
		adviceSections(&b, st, section, *run, pick, run.Name, width)
	} else {
		adviceSections(&b, st, section, pick, rules.TypeAdvice{}, "", width)
	}
	text := strings.TrimRight(b.String(), "\n")
	if rows == nil {
		return text, nil
	}
	return text, *rows
}

// note records that the next line written to b names type id, when rows
// are kept.
func note(b *strings.Builder, rows *[]Row, id string) {
	if rows != nil {
		*rows = append(*rows, Row{Line: strings.Count(b.String(), "\n"), Type: id})
	}
}

// scoreLine puts a score bar and "NN/100" after a label, dropping the bar
// when the line would not fit. plain is the label without styling, for
// measuring. With st.Spoken it is the label and "80 out of 100", no bar.
func scoreLine(st Styles, label, plain string, score, width int) string {
	if st.Spoken {
		label = strings.TrimRight(label, " ")
		words := st.tr().F("report.out_of", "Score", score)
		if lipgloss.Width(strings.TrimRight(plain, " "))+2+len(words) <= width {
			return label + ": " + words
		}
		return label + ":\n  " + words
	}
	num := fmt.Sprintf("%3d/100", score)
	bar := Bar(st, score)
	if lipgloss.Width(plain)+2+BarWidth+1+len(num) <= width {
		return label + "  " + bar + " " + num
	}
	if lipgloss.Width(plain)+1+len(num) <= width {
		return label + " " + num
	}
	return strings.TrimRight(label, " ") + "\n" + strings.Repeat(" ", 2) + num
}

// Bar draws a score from 0 to 100 as a bar of BarWidth cells.
func Bar(st Styles, score int) string {
	n := (max(0, min(score, 100))*BarWidth + 50) / 100
	return st.paint(st.BarFull, strings.Repeat(st.Full, n)) + st.paint(st.BarEmpty, strings.Repeat(st.Empty, BarWidth-n))
}

func bullets(b *strings.Builder, st Styles, mark lipgloss.Style, items []string, width int) {
	for _, it := range items {
		b.WriteString("  " + st.paint(mark, st.Mark) + " " + st.wrapRest(st.Text, it, width-(3+lipgloss.Width(st.Mark)), strings.Repeat(" ", 3+lipgloss.Width(st.Mark))) + "\n")
	}
}

// wrap word-wraps text to width with a first-line and a hanging indent, and
// styles each line with s.
func (st Styles) wrap(s lipgloss.Style, text string, width int, first, rest string) string {
	w := max(width-max(len(first), len(rest)), 8)
	if st.plain() {
		if out, ok := st.indentPlain(text, w, first, rest); ok {
			return out
		}
	}
	lines := strings.Split(ansi.Wrap(text, w, ""), "\n")
	for i, l := range lines {
		ind := rest
		if i == 0 {
			ind = first
		}
		lines[i] = ind + st.paint(s, strings.TrimRight(l, " "))
	}
	return strings.Join(lines, "\n")
}

// wrapRest wraps text to width; lines after the first get the indent.
func (st Styles) wrapRest(s lipgloss.Style, text string, width int, indent string) string {
	return st.wrap(s, text, width+len(indent), "", indent)
}

// indentPlain is wrap with plain styles, in one pass; ok is false for
// text appendWrapped leaves to ansi.Wrap. A batch of reports wraps the
// same sentences of the rulebook again and again: they are wrapped once
// and kept, up to maxWrapped of them.
func (st Styles) indentPlain(text string, width int, first, rest string) (string, bool) {
	c := st.wrapped
	key := wrapKey{text, first, rest, width}
	c.mu.RLock()
	out, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return out, true
	}
	b, ok := appendWrapped(nil, text, width, first, rest)
	if !ok {
		return "", false
	}
	out = string(b)
	c.mu.Lock()
	if len(c.m) < maxWrapped {
		c.m[key] = out
	}
	c.mu.Unlock()
	return out, true
}

// maxWrapped bounds a wrapCache: about a megabyte of text.
const maxWrapped = 1 << 13

// wrapCache keeps texts wrapped with plain styles, for any goroutine.
type wrapCache struct {
	mu sync.RWMutex
	m  map[wrapKey]string
}

type wrapKey struct {
	text, first, rest string
	width             int
}

// paint renders text in style s; with plain styles, as a style without
// properties renders it, without going through lipgloss.
func (st Styles) paint(s lipgloss.Style, text string) string {
	if st.plain() {
		if strings.Contains(text, "\t") {
			return strings.ReplaceAll(text, "\t", "    ") // lipgloss's tab width
		}
		return text
	}
	return s.Render(text)
}

func metalNames(ms []rules.Metal) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name
	}
	return strings.Join(names, ", ")
}

// heading is the heading with id, or, when name is not empty, the one
// with id+"_named" naming that type (one of two close matches).
func heading(st Styles, id, name string) string {
	if name == "" {
		return st.tr().T(id)
	}
	return st.tr().F(id+"_named", "Name", name)
}

// adviceSections writes a type's metals, scan note and questions under
// headings naming it when name is not empty, leaving out what is the same
// as in same (the advice already shown for the other of two close
// matches).
func adviceSections(b *strings.Builder, st Styles, section func(string), a, same rules.TypeAdvice, name string, width int) {
	m := a.Metals
	if (len(m.Recommended)+len(m.Avoid) > 0 || m.Note != "") && !sameMetals(m, same.Metals) {
		section(heading(st, "report.metals", name))
		if len(m.Recommended) > 0 {
			b.WriteString(st.wrap(st.Good, st.tr().F("report.choose", "Metals", metalNames(m.Recommended)), width, "  ", "    ") + "\n")
		}
		if len(m.Avoid) > 0 {
			b.WriteString(st.wrap(st.Bad, st.tr().F("report.avoid", "Metals", metalNames(m.Avoid)), width, "  ", "    ") + "\n")
		}
		if m.Note != "" {
			b.WriteString(st.wrap(st.Text, m.Note, width, "  ", "  ") + "\n")
		}
	}
	if a.Scans != "" && a.Scans != same.Scans {
		section(heading(st, "report.scans", name))
		b.WriteString(st.wrap(st.Text, a.Scans, width, "  ", "  ") + "\n")
	}
	var ask []string
	for _, q := range a.Ask {
		if !slices.Contains(same.Ask, q) {
			ask = append(ask, q)
		}
	}
	if len(ask) > 0 {
		section(heading(st, "report.ask", name))
		bullets(b, st, st.Text, ask, width)
	}
}

// sameMetals reports whether two pieces of metal advice say the same.
func sameMetals(a, b rules.MetalReport) bool {
	ids := func(ms []rules.Metal) string {
		var s []string
		for _, m := range ms {
			s = append(s, m.ID)
		}
		return strings.Join(s, ",")
	}
	return ids(a.Recommended) == ids(b.Recommended) && ids(a.Avoid) == ids(b.Avoid) && a.Note == b.Note
}

// scoreLines writes a score line for each of rs, their names in style and
// padded to one width so the bars line up, each line starting with indent.
func scoreLines(b *strings.Builder, st Styles, rs []rules.Ranked, style lipgloss.Style, indent string, width int, rows *[]Row) {
	nameW := 0
	for _, r := range rs {
		nameW = max(nameW, lipgloss.Width(r.Name))
	}
	for _, r := range rs {
		pad := strings.Repeat(" ", nameW-lipgloss.Width(r.Name))
		note(b, rows, r.Type)
		b.WriteString(scoreLine(st, indent+st.paint(style, r.Name)+pad, indent+r.Name+pad, r.Score, width) + "\n")
	}
}
