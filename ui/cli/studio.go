package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/themes"
)

// StudioCheck runs `jewelquiz studio check [FILE]`: it checks a studio file,
// the default one (studio.DefaultPath) without FILE, and prints
// "FILE: ok", or returns every problem with its line as an InputError.
// No file at the default path is fine: the quiz runs without a studio's
// settings, and the check says so.
func StudioCheck(ctx context.Context, args []string, std IO) error {
	flags := newFlags("studio check", std)
	rulesPath := flags.String("rules", "", "the rulebook whose type and metal ids the file may name")
	if err := parse(flags, args); err != nil {
		return err
	}
	rb, err := LoadRulebook(ctx, *rulesPath, nil)
	if err != nil {
		return err
	}
	if flags.NArg() > 1 {
		return inputf("studio check: give one studio file, or none for the default one")
	}
	path := flags.Arg(0)
	byDefault := path == ""
	if byDefault {
		if path = studio.DefaultPath(); path == "" {
			return inputf("studio check: there is no default studio file (neither XDG_CONFIG_HOME nor HOME is set); give the file")
		}
	}
	_, err = studio.Load(path, studio.VocabularyOf(rb, themes.Names))
	switch {
	case byDefault && errors.Is(err, fs.ErrNotExist):
		_, err = fmt.Fprintf(std.Out, "%s: no such file; the quiz runs without a studio name or booking link\n", path)
		return err
	case err != nil:
		return &InputError{Err: err}
	}
	_, err = fmt.Fprintf(std.Out, "%s: ok\n", path)
	return err
}

// StudioShow runs `jewelquiz studio show`: it prints the example studio file: every setting, each with a
// comment, ready to edit and passing studio check as it is.
func StudioShow(_ context.Context, args []string, std IO) error {
	flags := newFlags("studio show", std)
	if err := parse(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return inputf("studio show: unexpected argument %s (redirect the output to write a file: jewelquiz studio show > studio.yaml)", quiz.Quote(flags.Arg(0)))
	}
	if _, err := std.Out.Write(studio.Example()); err != nil {
		return fmt.Errorf("studio show: %w", err)
	}
	return nil
}

// themeOf is the theme to draw in: --theme when given, else the studio's,
// else the flag's default.
func themeOf(flags *flag.FlagSet, theme string, st studio.Studio) string {
	given := false
	flags.Visit(func(f *flag.Flag) { given = given || f.Name == "theme" })
	if !given && st.Theme != "" {
		return st.Theme
	}
	return theme
}

// loadStudio loads the studio file at path for the quiz, or the default
// one when path is "" (where no file is a studio with nothing set). Any
// problem with it is an InputError, so the quiz stops before it starts.
func loadStudio(path string, rb *rules.Rulebook) (studio.Studio, error) {
	v := studio.VocabularyOf(rb, themes.Names)
	load := func() (studio.Studio, error) { return studio.LoadDefault(v) }
	if path != "" {
		load = func() (studio.Studio, error) { return studio.Load(path, v) }
	}
	s, err := load()
	if err != nil {
		return studio.Studio{}, &InputError{Err: err}
	}
	return s, nil
}
