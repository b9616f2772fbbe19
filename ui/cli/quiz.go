//go:build !headless

package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
	"github.com/jewelquiz/jewelquiz/ui/themes"
)

// Quiz runs `jewelquiz` with no command: the quiz, full-screen or with
// plain prompts.
func Quiz(ctx context.Context, args []string, std IO) error {
	fs := newFlags("jewelquiz", std)
	theme := fs.String("theme", "charm", "colour theme: "+strings.Join(themes.Names, ", "))
	accessible := fs.Bool("accessible", false, "plain numbered prompts for screen readers (also when TERM=dumb)")
	rulesPath := fs.String("rules", "", "use this rulebook instead of the built-in one")
	studioPath := fs.String("studio", "", "the studio's name and booking link (default: $XDG_CONFIG_HOME/jewelquiz/studio.yaml, used if it is there)")
	kiosk := fs.Bool("kiosk", false, "shop kiosk: loop from client to client until the staff PIN is given")
	idle := fs.Duration("idle", 2*time.Minute, "kiosk: after this long without input, \"Still there?\" and then a wipe")
	pinFile := fs.String("staff-pin-file", "", "kiosk: file holding the staff PIN (else JEWELQUIZ_STAFF_PIN)")
	dataDir := fs.String("data-dir", "", "offer \"Save for my consultation\", saving here, and log the shop's anonymous numbers here (see stats; kiosk default: the XDG data directory)")
	noMouse := fs.Bool("no-mouse", false, "leave the mouse to the terminal (taps are taken by default)")
	resume := fs.String("resume", "", "open the results of an answer `code` (from a client's results)")
	langFlag := fs.String("lang", "", "the quiz's `language`: en (English) or es (Spanish) (default: from LC_ALL, LC_MESSAGES or LANG)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return unknownCommand(fs.Arg(0))
	}
	lang, err := quizLang(*langFlag, os.Getenv)
	if err != nil {
		return err
	}
	if !slices.Contains(themes.Names, *theme) {
		return inputf("unknown theme %s (themes: %s)", quiz.Quote(*theme), strings.Join(themes.Names, ", "))
	}
	// From here a quiz waits for its customer: ctrl+c, SIGTERM and SIGHUP
	// end it cleanly. --help, a bad flag or theme return before, at no cost.
	ctxio.Watch(ctx)
	rb, err := LoadRulebook(ctx, *rulesPath, nil) // standard input is the quiz's
	if err != nil {
		return err
	}
	st, err := loadStudio(*studioPath, rb)
	if err != nil {
		return err
	}
	o := ui.Options{Rulebook: rb, Theme: themeOf(fs, *theme, st), In: std.In, Out: std.Out, NoMouse: *noMouse}
	o.Config.Lang = lang
	if *accessible || os.Getenv("TERM") == "dumb" {
		if *kiosk {
			return inputf("--kiosk needs the full-screen quiz; it cannot be combined with --accessible or TERM=dumb")
		}
		if *resume != "" {
			return inputf("--resume needs the full-screen quiz; for plain text use `jewelquiz show CODE`")
		}
		return quizEnd(ui.RunAccessible(ctx, o))
	}
	var store *consult.Store
	if o.Config, store, err = quizConfig(ctx, *kiosk, *idle, *pinFile, *dataDir, rb.Bank()); err != nil {
		return err
	}
	if o.Config.Resume, err = resumeFrom(*resume, rb.Bank()); err != nil {
		return err
	}
	o.Config.Studio = st
	o.Config.Retention = st.RetentionOr()
	o.Config.Lang = lang
	if store != nil {
		// Said before the quiz takes the terminal; later rounds have
		// nowhere to write.
		first, stop := runRetention(ctx, store, st.RetentionOr(), realClock, func(round) {})
		defer stop()
		if msg := first.describe(); msg != "" {
			fmt.Fprintf(std.Err, "jewelquiz: %s\n", msg)
		}
	}
	return quizEnd(ui.Run(ctx, o))
}

// quizEnd says how a quiz ended in the terms main maps to exit codes:
// left before the results is ErrInterrupted, and no terminal or input that
// ended before the last answer is an InputError; a signal's
// context.Canceled passes through.
func quizEnd(err error) error {
	switch {
	case errors.Is(err, ui.ErrInterrupted):
		return fmt.Errorf("%w: %w", ErrInterrupted, err)
	case errors.Is(err, ui.ErrNoTerminal), errors.Is(err, ui.ErrInputEnded):
		return &InputError{Err: err}
	}
	return err
}

// quizConfig gathers the kiosk's settings and where consultations are
// saved and the shop's numbers logged (in kiosk mode, or when a data
// directory is given), with bank, the questions of the rulebook in use,
// wording the saved answers.
// The store is nil when nothing is saved.
func quizConfig(ctx context.Context, kiosk bool, idle time.Duration, pinFile, dataDir string, bank []quiz.Question) (ui.Config, *consult.Store, error) {
	cfg := ui.Config{Kiosk: kiosk, Idle: idle}
	if kiosk {
		pin, err := staffPIN(ctx, pinFile)
		if err != nil {
			return cfg, nil, err
		}
		if pin == "" {
			return cfg, nil, &InputError{Err: ui.ErrNoPIN}
		}
		if idle <= 0 {
			return cfg, nil, inputf("--idle must be positive, got %v", idle)
		}
		cfg.StaffPIN = pin
		// One count of wrong PINs for the process. No log: the quiz owns
		// the terminal, and a kiosk has nowhere else to write.
		cfg.PINLock = ui.NewPINLock(ui.PINLockOptions{})
	}
	if kiosk || dataDir != "" {
		if dataDir == "" {
			dataDir = consult.DefaultDir()
		}
		store, err := consult.Open(dataDir, bank)
		if err != nil {
			return cfg, nil, &InputError{Err: fmt.Errorf("data directory: %w", err)}
		}
		cfg.Save = store.Save
		// The shop's anonymous numbers; the file is closed when the
		// process ends. No warnings: the quiz owns the terminal.
		if _, cfg.Events, err = openEvents(dataDir, nil); err != nil {
			return cfg, nil, err
		}
		return cfg, store, nil
	}
	return cfg, nil, nil
}

// resumeFrom reads the answer code given to --resume: nil when none, or
// the answers it holds; a code that cannot be read is an input error.
func resumeFrom(code string, bank []quiz.Question) (quiz.Answers, error) {
	if code == "" {
		return nil, nil
	}
	a, err := answercode.New(bank).Decode(code)
	if err != nil {
		return nil, inputf("--resume %s: %v", quiz.Quote(code), err)
	}
	return a, nil
}

// maxPINFile is the largest staff PIN file read: a PIN is a line.
const maxPINFile = 1 << 10

// staffPIN reads the staff PIN from the file, or else JEWELQUIZ_STAFF_PIN;
// never from a flag, which ps would show. "" means there is none. The file
// is read up to maxPINFile bytes, and a FIFO nobody writes to is waited on
// only until ctx ends.
func staffPIN(ctx context.Context, pinFile string) (string, error) {
	if pinFile == "" {
		return os.Getenv("JEWELQUIZ_STAFF_PIN"), nil
	}
	data, _, err := readLimited(ctx, pinFile, nil, maxPINFile)
	switch {
	case errors.Is(err, context.Canceled):
		return "", err
	case errors.Is(err, errTooLarge):
		return "", &InputError{Err: fmt.Errorf("staff PIN file %s: larger than %d bytes; it should hold only the PIN", quiz.Quote(pinFile), maxPINFile)}
	case err != nil:
		return "", &InputError{Err: fmt.Errorf("staff PIN file: %w", err)}
	}
	return strings.TrimSpace(string(data)), nil
}
