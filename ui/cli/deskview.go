package cli

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
)

// allergyQuestion is the id of the question about metal allergies, which
// the desk sees first.
const allergyQuestion = "allergy"

// deskWidth is the terminal width list keeps to.
const deskWidth = 80

// minNameWidth is the narrowest list cuts names to, to make room.
const minNameWidth = 6

// deskHeader heads list's table.
var deskHeader = []string{"CODE", "SAVED", "NAME", "PICK", "ALLERGY", "FLAGS"}

// deskRow is a consultation's row in list: the allergy as its answer's
// value ("nickel"), the flags as their ids.
func deskRow(r consult.Record) []string {
	name, pick := oneLine(r.Name), oneLine(r.PickName)
	if name == "" {
		name = "-"
	}
	if r.Pick == "" {
		pick = "(all ruled out)"
	} else if pick == "" {
		pick = oneLine(r.Pick)
	}
	allergy := oneLine(r.Answers[allergyQuestion])
	if allergy == "" {
		allergy = "-"
	}
	flags := oneLine(strings.Join(r.FlagIDs(), ", "))
	if flags == "" {
		flags = "-"
	}
	return []string{r.Code, r.Created.Local().Format(consultTime), name, pick, allergy, flags}
}

// deskTable lays rows out under deskHeader in columns two spaces apart,
// within width where it can: names are cut short (to minNameWidth at
// least) and the flags, last, wrap after a comma onto lines of their own
// in the same column.
func deskTable(rows [][]string, width int) string {
	const gap = 2
	all := append([][]string{deskHeader}, rows...)
	w := make([]int, len(deskHeader))
	longestFlag := 0
	for _, row := range all {
		for i, cell := range row {
			w[i] = max(w[i], ansi.StringWidth(cell))
		}
		for _, f := range strings.Split(row[len(row)-1], ", ") {
			longestFlag = max(longestFlag, ansi.StringWidth(f)+1)
		}
	}
	const name, flags = 2, 5
	fixed := gap * (len(w) - 1)
	for i, x := range w {
		if i != name && i != flags {
			fixed += x
		}
	}
	avail := width - fixed
	w[flags] = max(longestFlag, min(w[flags], avail-w[name]))
	if over := w[name] + w[flags] - avail; over > 0 {
		w[name] = max(min(w[name], minNameWidth), w[name]-over)
	}
	var b strings.Builder
	for _, row := range all {
		lines := wrapList(row[flags], w[flags])
		for n, line := range lines {
			for i := range flags {
				cell := ""
				if n == 0 {
					cell = ansi.Truncate(row[i], w[i], "…")
				}
				b.WriteString(cell + strings.Repeat(" ", w[i]-ansi.StringWidth(cell)+gap))
			}
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// wrapList breaks a list written "a, b, c" into lines at most width
// wide, each but the last ending with its comma (counted in its width); an
// item wider than width has a line of its own.
func wrapList(s string, width int) []string {
	items := strings.Split(s, ", ")
	var lines []string
	line := ""
	for i, item := range items {
		comma := 0
		if i < len(items)-1 {
			comma = 1
		}
		switch {
		case line == "":
			line = item
		case ansi.StringWidth(line)+2+ansi.StringWidth(item)+comma <= width:
			line += ", " + item
		default:
			lines = append(lines, line+",")
			line = item
		}
	}
	return append(lines, line)
}

// writeDeskHead writes what the desk needs before anything else about a
// saved consultation: the flags its answers raised (their ids) and the
// allergy answer, worded by bank, on lines labelled by l.
func writeDeskHead(b *strings.Builder, r consult.Record, bank []quiz.Question, l labels) {
	flags := oneLine(strings.Join(r.FlagIDs(), ", "))
	if flags == "" {
		flags = l.tr.T("cli.show.none")
	}
	allergy := l.tr.T("cli.show.not_asked")
	if v, ok := r.Answers[allergyQuestion]; ok {
		allergy = v
		if q, ok := quiz.Find(bank, allergyQuestion); ok {
			allergy = consult.AnswerText(q, v)
		}
	}
	l.line(b, "cli.show.flags", flags)
	l.line(b, "cli.show.allergy", oneLine(allergy))
}
