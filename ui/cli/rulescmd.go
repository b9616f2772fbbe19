package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// RulesShow runs `jewelquiz rules show`: it prints the embedded rulebook.
func RulesShow(_ context.Context, args []string, std IO) error {
	fs := newFlags("rules show", std)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("rules show: unexpected argument %s (it prints the embedded rulebook)", quiz.Quote(fs.Arg(0)))
	}
	_, err := std.Out.Write(rules.DefaultSource())
	return err
}

// RulesCheck runs `jewelquiz rules check FILE|-`: it validates a rulebook
// and says what is in it, or returns every problem with its line. With
// --lang it checks the rulebook's translation into that language instead
// (see checkTranslation).
func RulesCheck(ctx context.Context, args []string, std IO) error {
	fs := newFlags("rules check", std)
	lang := fs.String("lang", "", "check the rulebook's translation into `LANG` (es): FILE's sibling FILE.LANG.yaml, or the embedded one")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *lang != "" {
		return checkTranslation(ctx, *lang, fs.Args(), std)
	}
	if fs.NArg() != 1 {
		return inputf("rules check: give one rulebook file, or - for standard input")
	}
	data, name, err := readSource(ctx, fs.Arg(0), std.In)
	if errors.Is(err, context.Canceled) {
		return err
	}
	if err != nil {
		return &InputError{Err: fmt.Errorf("rulebook %s: %w", name, err)}
	}
	rb, err := rules.Load(name, data)
	if err != nil {
		return &InputError{Err: err}
	}
	effects := 0
	for _, t := range rb.Types {
		effects += len(t.Effects)
	}
	_, err = fmt.Fprintf(std.Out, "%s: OK, rulebook version %s: %d types, %d effects, %d metals\n", name, rb.Version, len(rb.Types), effects, len(rb.Metals))
	return err
}

// checkTranslation runs `jewelquiz rules check --lang LANG [FILE]`: it
// checks FILE's translation into LANG (rulebook.yaml's is rulebook.LANG.yaml,
// beside it), or the embedded rulebook's with no FILE, and reports every
// problem in one pass, those that stop it being used and the texts it
// leaves in English alike.
func checkTranslation(ctx context.Context, lang string, args []string, std IO) error {
	if !knownLanguage(lang) {
		return inputf("rules check: --lang %s: the rulebook can be translated into %s", quiz.Quote(lang), strings.Join(rules.Languages, ", "))
	}
	var rb *rules.Rulebook
	var name string
	var src []byte
	switch len(args) {
	case 0:
		var err error
		if rb, err = rules.Default(); err != nil {
			return fmt.Errorf("the embedded rulebook is broken: %w", err)
		}
		name, src = rules.SpanishName, rules.SpanishSource()
	case 1:
		if args[0] == "-" {
			return inputf("rules check --lang: give the rulebook as a file, so its translation can be found beside it")
		}
		data, rname, err := readSource(ctx, args[0], nil)
		if errors.Is(err, context.Canceled) {
			return err
		}
		if err != nil {
			return &InputError{Err: fmt.Errorf("rulebook %s: %w", rname, err)}
		}
		if rb, err = rules.Load(rname, data); err != nil {
			return &InputError{Err: err}
		}
		path := translationPath(args[0], lang)
		if src, name, err = readSource(ctx, path, nil); err != nil {
			return &InputError{Err: fmt.Errorf("translation %s: %w", name, err)}
		}
	default:
		return inputf("rules check --lang: give at most one rulebook file")
	}
	if ps := rb.CheckTranslation(lang, name, src); len(ps) > 0 {
		return &InputError{Err: translationError(name, ps)}
	}
	_, err := fmt.Fprintf(std.Out, "%s: OK, every text of rulebook version %s is translated\n", name, rb.Version)
	return err
}

func knownLanguage(lang string) bool {
	for _, l := range rules.Languages {
		if strings.EqualFold(l, lang) {
			return true
		}
	}
	return false
}

// translationPath is where a rulebook file's translation into lang is:
// rules.yaml's Spanish is rules.es.yaml beside it.
func translationPath(path, lang string) string {
	ext := filepath.Ext(path)
	if ext != ".yaml" && ext != ".yml" {
		ext = ""
	}
	return strings.TrimSuffix(path, ext) + "." + strings.ToLower(lang) + ".yaml"
}

// attachTranslations gives a rulebook loaded from path the translations
// found beside it (see translationPath); a missing file is no problem, nor
// is a text a translation leaves in English, but a broken one is.
func attachTranslations(ctx context.Context, rb *rules.Rulebook, path string) error {
	for _, lang := range rules.Languages {
		tpath := translationPath(path, lang)
		data, name, err := readSource(ctx, tpath, nil)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case errors.Is(err, context.Canceled):
			return err
		case err != nil:
			return &InputError{Err: fmt.Errorf("translation %s: %w", name, err)}
		}
		if _, err := rb.Translate(lang, name, data); err != nil {
			var le *rules.LoadError
			if errors.As(err, &le) {
				err = translationError(name, le.Problems)
			}
			return &InputError{Err: err}
		}
	}
	return nil
}

// translationError lists a translation's problems, each as FILE:LINE: problem.
func translationError(name string, ps []rules.Problem) error {
	if len(ps) == 1 {
		return errors.New("translation " + ps[0].String(name))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "translation %s: %d problems", name, len(ps))
	for _, p := range ps {
		b.WriteString("\n  " + p.String(name))
	}
	return errors.New(b.String())
}
