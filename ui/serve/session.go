package serve

import (
	"context"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/muesli/termenv"
)

// session is one quiz: a session channel's program, its model and idle
// clock, and what ends them. A connection's ssh.Context outlives its quizzes
// (OpenSSH can run several over one connection, one after another or at
// once), so everything of a quiz's lives here, not in that context.
type session struct {
	program *tea.Program
	model   *ui.Model
	clock   *idleClock
	// ctx ends when the quiz does; cancel ends it.
	ctx    context.Context
	cancel context.CancelFunc
	// quizEnded tells the connection's guard the quiz is over.
	quizEnded func()
}

// closing tells the quiz the server closes within grace.
func (s *session) closing(grace time.Duration) {
	s.program.Send(ui.ClosingMsg{At: time.Now(), In: grace})
}

// end ends the quiz, even a kiosk's.
func (s *session) end() { s.program.Send(ui.EndMsg{}) }

// quiz is wish's bubbletea middleware with a program of our own for each
// session: its own model, answers, renderer and styles.
func (s *Server) quiz() wish.Middleware {
	return bm.MiddlewareWithProgramHandler(s.newProgram, termenv.Ascii)
}

func (s *Server) newProgram(sess ssh.Session) *tea.Program {
	r := renderer(sess) // this client's colours, not the server's stdout
	st, err := s.styles.For(r, s.cfg.Theme)
	if err != nil {
		wish.Fatalln(sess, err)
		return nil
	}
	cfg := ui.Config{Kiosk: s.cfg.Kiosk, Idle: s.cfg.Idle, StaffPIN: s.cfg.StaffPIN, Drawings: s.drawings, PINLock: s.pinLock, CodeLock: s.codeLock, RemoteAddr: sess.RemoteAddr().String(), Studio: s.cfg.Studio, Retention: s.cfg.Studio.RetentionOr()}
	cfg.Events = s.cfg.Events
	cfg.Lang = sessionLang(sess.Environ(), s.cfg.Lang)
	if s.cfg.Store != nil {
		cfg.Save = s.cfg.Store.Save
	}
	me := &session{model: ui.New(s.cfg.Rulebook, st, cfg), clock: newIdleClock()}
	// The server's pty is emulated, so the session itself is the input:
	// read through the input guard, which caps pastes, notes each read for
	// the idle timeout, and ends the quiz when the client closes its input.
	in := newInputGuard(sess, s.cfg.Limits.PasteBytes, me.clock.touch)
	in.onEnd = me.end
	opts := append(bm.MakeOptions(sess),
		tea.WithInput(in),
		tea.WithAltScreen(),
		tea.WithMouseCellMotion(),
		// Signals belong to the server; and never suspend: it would stop
		// the server's whole process group.
		tea.WithoutSignalHandler(),
	)
	if s.cfg.Kiosk {
		opts = append(opts, tea.WithFilter(func(model tea.Model, msg tea.Msg) tea.Msg {
			// When the session ends (a dropped connection too), wish quits
			// the program, and that quit must pass the kiosk's filter.
			if _, ok := msg.(tea.QuitMsg); ok && sess.Context().Err() != nil {
				return msg
			}
			return ui.KioskFilter(model, msg)
		}))
	}
	me.program = tea.NewProgram(me.model, opts...)
	me.ctx, me.cancel = context.WithCancel(sess.Context())
	me.quizEnded = func() {}
	if g := guardOf(sess.Context()); g != nil {
		me.quizEnded = g.quizStarted()
	}

	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		me.cancel()
		me.quizEnded()
		wish.Fatalln(sess, "The quiz is closing; please try again later.")
		return nil
	}
	s.sessions[sess] = me
	s.mu.Unlock()
	go s.watchIdle(me.ctx, me.program, me.clock, func() { s.endIdle(sess, me) })
	return me.program
}

// sessionLang is the language a client's environment asks for: OpenSSH
// sends LANG and LC_* when its configuration says so (SendEnv, or SetEnv
// LANG=es_ES.UTF-8). The first of LC_ALL, LC_MESSAGES and LANG that is set
// decides, as the C library does, and a language not spoken is English; a
// client that sends none of them, or only C or POSIX (no language at all),
// gets the server's own, def.
func sessionLang(env []string, def locale.Lang) locale.Lang {
	if l, ok := locale.Preferred(locale.EnvList(env)); ok {
		return l
	}
	return def
}

// release forgets a session's quiz once its handler has returned (after
// the quiz and afterQuiz): its idle watch ends, the connection's guard
// starts its handshake clock again, and a client who had no results yet
// is logged as abandoned.
func (s *Server) release(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			s.mu.Lock()
			me := s.sessions[sess]
			delete(s.sessions, sess)
			s.mu.Unlock()
			if me != nil {
				me.cancel()
				me.quizEnded()
				if hangup := me.model.Hangup(); hangup != nil {
					hangup() // the client went (or was cut off) before their results
				}
			}
		}()
		next(sess)
	}
}

// quizOf is the quiz of sess, or nil.
func (s *Server) quizOf(sess ssh.Session) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions[sess]
}

// endIdle ends a session nobody has touched for the idle timeout. A client
// that has stopped reading can block the quiz's writes, so if the quiz has
// not ended a few seconds later its connection is closed.
func (s *Server) endIdle(sess ssh.Session, me *session) {
	s.cfg.Logger.Info("closing idle session", "remote-addr", hostOf(sess.RemoteAddr()))
	me.end()
	select {
	case <-me.ctx.Done():
	case <-time.After(5 * time.Second):
		if g := guardOf(sess.Context()); g != nil {
			g.closeFor("idle, and not reading")
		}
	}
}

// printReport writes the recommendation the quiz ended on, if any, in the
// language the client read the quiz in, at the client's width.
func printReport(sess ssh.Session, m *ui.Model) {
	width := 80
	if pty, _, ok := sess.Pty(); ok && pty.Window.Width > 0 {
		width = min(pty.Window.Width, 100)
	}
	if text, ok := m.PlainText(width); ok {
		_, _ = sess.Write([]byte(crlf(text)))
	}
}

// afterQuiz runs once a session's quiz has ended: outside a kiosk, it
// prints the recommendation so it stays in the client's scrollback.
func (s *Server) afterQuiz(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if me := s.quizOf(sess); me != nil {
			if !s.cfg.Kiosk {
				printReport(sess, me.model)
			}
			if me.clock.closed.Load() {
				timeout, _ := s.idleTimeout()
				_, _ = fmt.Fprintf(sess, "jewelquiz: closed after %s without a key press.\r\n", humanDuration(timeout))
			}
		}
		next(sess)
	}
}

// crlf turns line feeds into the carriage return and line feed a raw
// terminal needs.
func crlf(s string) string {
	out := make([]byte, 0, len(s)+len(s)/40)
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, '\r')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// humanDuration writes d as people say it: "30 minutes", "90 seconds".
func humanDuration(d time.Duration) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return plural(int(d/time.Hour), "hour")
	case d >= time.Minute && d%time.Minute == 0:
		return plural(int(d/time.Minute), "minute")
	}
	return plural(int(d.Round(time.Second)/time.Second), "second")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
