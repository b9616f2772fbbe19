package report

import (
	"strings"

	"github.com/jewelquiz/jewelquiz/rules"
)

// Estimator says in words what a type costs at the studio, for the
// type's advice (its metals): "about $85–115 for a 7-inch welded bracelet
// in sterling silver, weld included"; ok is false when the studio has no
// price for it.
type Estimator func(a rules.TypeAdvice) (text string, ok bool)

// RenderWith is Render with a section on price and fit after the lead,
// for the pick and the runner-up of a close result: the estimate where
// est has one, and the type's fit advice. A nil est adds nothing, as a
// studio with no prices shows nothing about money.
func RenderWith(rec rules.Recommendation, st Styles, width int, est Estimator) string {
	s, _ := render(rec, st, width, false, est)
	return s
}

// RenderRowsWith is RenderWith, and the lines that show a type's score,
// for a screen to make them tappable.
func RenderRowsWith(rec rules.Recommendation, st Styles, width int, est Estimator) (string, []Row) {
	return render(rec, st, width, true, est)
}

// priceSections writes the section on price and fit for the pick and,
// in a close result, for the runner-up, each under its name.
func priceSections(b *strings.Builder, st Styles, section func(string), rec rules.Recommendation, est Estimator, width int) {
	if est == nil || rec.Pick == "" {
		return
	}
	pick := rec.PickAdvice()
	if run := rec.RunnerUp; run != nil {
		priceSection(b, st, section, pick, est, pick.Name, width)
		priceSection(b, st, section, *run, est, run.Name, width)
		return
	}
	priceSection(b, st, section, pick, est, "", width)
}

// priceSection writes one type's estimate, when there is one, and its fit
// advice under a heading naming the type when name is not empty.
func priceSection(b *strings.Builder, st Styles, section func(string), a rules.TypeAdvice, est Estimator, name string, width int) {
	text, priced := est(a)
	if !priced && a.Fit.Advice == "" {
		return
	}
	id := "report.fit"
	if priced {
		id = "report.price"
	}
	section(heading(st, id, name))
	for _, p := range []string{sentence(text), a.Fit.Advice, a.Fit.Season} {
		if p != "" {
			b.WriteString(st.wrap(st.Text, p, width, "  ", "  ") + "\n")
		}
	}
}

// sentence makes words a sentence: a capital first, a full stop last.
func sentence(words string) string {
	if words == "" {
		return ""
	}
	return capitalize(strings.TrimSuffix(words, ".")) + "."
}
