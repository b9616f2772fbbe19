package cli

import (
	"flag"
	"os"

	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// getenv reads the locale environment that chooses a command's language
// when --lang is not given; the tests give it an empty environment, so a
// developer's LANG does not change their output.
var getenv = os.Getenv

// langFlag adds --lang to a command that writes for the customer: the
// language of its words, not of its ids, scores or codes.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "the customer's `language`: en or es (default: from LC_ALL, LC_MESSAGES or LANG)")
}

// chooseLang is the language a command speaks: the --lang value given,
// or the locale environment's (see locale.FromEnv) when it is empty. A
// language jewelquiz does not speak is an InputError naming it.
func chooseLang(cmd, value string) (locale.Lang, error) {
	l, err := quizLang(value, getenv)
	if err != nil {
		return "", inputf("%s: --lang: %v", cmd, err)
	}
	return l, nil
}

// speaking is rb in lang's words: the same ids, values and scores.
func speaking(rb *rules.Rulebook, lang locale.Lang) *rules.Rulebook {
	return rb.In(lang.String())
}

// consultWords are the words of a consultation in Markdown, in lang.
func consultWords(lang locale.Lang) consult.Words {
	tr := locale.For(lang)
	w := consult.Words{Confidence: map[string]string{}}
	for _, f := range []struct {
		to *string
		id string
	}{
		{&w.AnswerCode, "cli.md.answer_code"}, {&w.Consultation, "cli.md.consultation"},
		{&w.Saved, "cli.show.saved"}, {&w.Name, "cli.show.name"}, {&w.Rulebook, "cli.show.rulebook"},
		{&w.FlagsTitle, "report.title.flags"}, {&w.Recommendation, "cli.md.recommendation"},
		{&w.Why, "cli.md.why"}, {&w.Cautions, "cli.md.cautions"}, {&w.Metals, "cli.md.metals"},
		{&w.EveryType, "cli.md.every_type"}, {&w.Scans, "cli.md.scans"}, {&w.Ask, "cli.md.ask"},
		{&w.Answers, "cli.show.answers"}, {&w.Recommended, "cli.md.recommended"}, {&w.Avoid, "cli.md.avoid"},
		{&w.RuledOut, "cli.md.ruled_out"}, {&w.Question, "cli.md.question"}, {&w.Answer, "cli.md.answer"},
		{&w.NoneOfThese, "cli.answers.none_of_these"},
	} {
		*f.to = tr.T(f.id)
	}
	for level := range consult.English.Confidence {
		w.Confidence[level] = tr.T("cli.md.confidence." + level)
	}
	return w
}

// quizLang is the language the quiz speaks: --lang's, else the locale
// environment's (LC_ALL, LC_MESSAGES, LANG, read with getenv), else
// English. A --lang not spoken is an input error.
func quizLang(flagValue string, getenv func(string) string) (locale.Lang, error) {
	if flagValue == "" {
		return locale.FromEnv(getenv), nil
	}
	l, err := locale.Parse(flagValue)
	if err != nil {
		return "", &InputError{Err: err}
	}
	return l, nil
}
