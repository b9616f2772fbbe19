//go:build !headless

package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/log"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui/ctxio"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/serve"
	"github.com/jewelquiz/jewelquiz/ui/themes"
)

// Serve runs `jewelquiz serve`: the quiz over SSH, one quiz per connection,
// until SIGINT, SIGTERM or SIGHUP (ctx), then a graceful close.
func Serve(ctx context.Context, args []string, std IO) error {
	fs := newFlags("serve", std)
	addr := fs.String("addr", "127.0.0.1:23234", "address to listen on (use 0.0.0.0:23234 for the shop network)")
	hostKey := fs.String("host-key", serve.DefaultHostKey(), "the server's SSH host key, made on first run")
	authorized := fs.String("authorized-keys", "", "only let in the keys in this file (staff tablets)")
	kiosk := fs.Bool("kiosk", false, "kiosk behaviour in every session")
	idle := fs.Duration("idle", 2*time.Minute, "kiosk: wipe a session after this long without input")
	maxSessions := fs.Int("max-sessions", 50, "how many quizzes may run at once")
	defaults := serve.DefaultLimits()
	perAddress := fs.Int("max-sessions-per-address", defaults.SessionsPerAddress, "how many quizzes one IP address may run at once (a shop's tablets behind one NAT share one)")
	handshake := fs.Duration("handshake-timeout", defaults.HandshakeTimeout, "close a connection that has not started a quiz within this long")
	idleTimeout := fs.Duration("idle-timeout", defaults.IdleTimeout, "close a quiz after this long without a key or tap, after a minute's notice (kiosk: only after its own wipe); 0: never")
	grace := fs.Duration("grace", 30*time.Second, "how long open sessions get to finish when the server stops")
	dataDir := fs.String("data-dir", consult.DefaultDir(), "where consultations saved from any session go, and the shop's anonymous numbers (see jewelquiz stats)")
	rulesPath := fs.String("rules", "", "use this rulebook instead of the embedded one")
	studioPath := fs.String("studio", "", "the studio's name and booking link (default: the file in the XDG config directory, if there)")
	theme := fs.String("theme", "charm", "colour theme: "+strings.Join(themes.Names, ", "))
	lang := fs.String("lang", "en", "the `language` of sessions whose SSH client sends no LC_ALL, LC_MESSAGES or LANG: en (English) or es (Spanish); a client that sends one gets its own")
	pinFile := fs.String("staff-pin-file", "", "kiosk: file with a PIN that lets staff end a session with ctrl+x (or JEWELQUIZ_STAFF_PIN)")
	printFP := fs.Bool("print-fingerprint", false, "print the host key's SHA256 fingerprint (making the key if there is none) and exit")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("serve: unexpected argument %s", quiz.Quote(fs.Arg(0)))
	}
	if *printFP {
		fp, err := serve.HostKeyFingerprint(*hostKey)
		if err != nil {
			return &InputError{Err: err}
		}
		_, err = fmt.Fprintln(std.Out, fp)
		return err
	}
	ctxio.Watch(ctx) // from here a server runs until stopped, and stops cleanly
	if !slices.Contains(themes.Names, *theme) {
		return inputf("serve: unknown theme %s (themes: %s)", quiz.Quote(*theme), strings.Join(themes.Names, ", "))
	}
	serverLang, err := locale.Parse(*lang)
	if err != nil {
		return inputf("serve: --lang: %v", err)
	}
	if *maxSessions < 1 || *grace < 0 || *idle <= 0 {
		return inputf("serve: --max-sessions must be at least 1, --grace not negative and --idle positive")
	}
	if *perAddress < 1 || *handshake <= 0 || *idleTimeout < 0 {
		return inputf("serve: --max-sessions-per-address must be at least 1, --handshake-timeout positive and --idle-timeout not negative")
	}
	if *idleTimeout == 0 {
		*idleTimeout = -1 // serve.Limits: negative is off, zero the default
	}
	rb, err := LoadRulebook(ctx, *rulesPath, std.In)
	if err != nil {
		return err
	}
	st, err := loadStudio(*studioPath, rb)
	if err != nil {
		return err
	}
	pin, err := staffPIN(ctx, *pinFile)
	if err != nil {
		return err
	}
	var store *consult.Store
	if *kiosk {
		if store, err = consult.Open(*dataDir, rb.Bank()); err != nil {
			return &InputError{Err: fmt.Errorf("data directory: %w", err)}
		}
	}
	logger := log.NewWithOptions(std.Err, log.Options{ReportTimestamp: true, Prefix: "jewelquiz"})
	log.SetDefault(logger) // wish's middlewares log to the default logger
	if store != nil {
		logRound := func(r round) {
			if msg := r.describe(); msg != "" {
				logger.Info("retention: " + msg)
			}
		}
		first, stop := runRetention(ctx, store, st.RetentionOr(), realClock, logRound)
		defer stop()
		logRound(first)
	}
	eventLog, logEvent, err := openEvents(*dataDir, func(msg string, err error) { logger.Warn(msg, "err", err) })
	if err != nil {
		return err
	}
	defer eventLog.Close()
	err = serve.Run(ctx, serve.Config{
		Addr: *addr, HostKey: *hostKey, AuthorizedKeys: *authorized,
		Kiosk: *kiosk, Idle: *idle, StaffPIN: pin, MaxSessions: *maxSessions, Grace: *grace,
		Store: store, Rulebook: rb, Studio: st, Theme: themeOf(fs, *theme, st), Lang: serverLang, Logger: logger, Events: logEvent,
		Limits: serve.Limits{
			SessionsPerAddress: *perAddress, ConnsPerAddress: 2 * *perAddress,
			HandshakeTimeout: *handshake, IdleTimeout: *idleTimeout,
		},
	})
	var config *serve.ConfigError
	if errors.As(err, &config) {
		return &InputError{Err: err}
	}
	// Anything else, such as an address in use, is no mistake in the
	// command line: exit 1.
	return err
}
