package serve

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui"
	"github.com/muesli/termenv"
)

// session is one connection's quiz.
type session struct {
	program *tea.Program
	model   *ui.Model
}

// closing tells the quiz the server closes within grace.
func (s *session) closing(grace time.Duration) {
	s.program.Send(ui.ClosingMsg{At: time.Now(), In: grace})
}

// end ends the quiz, even a kiosk's.
func (s *session) end() { s.program.Send(ui.EndMsg{}) }

type modelKey struct{}

// quiz is wish's bubbletea middleware with a program of our own for each
// session: its own model, answers, renderer and styles.
func (s *Server) quiz() wish.Middleware {
	return bm.MiddlewareWithProgramHandler(s.newProgram, termenv.Ascii)
}

func (s *Server) newProgram(sess ssh.Session) *tea.Program {
	r := renderer(sess) // this client's colours, not the server's stdout
	st, err := ui.NewStyles(r, s.cfg.Theme)
	if err != nil {
		wish.Fatalln(sess, err)
		return nil
	}
	cfg := ui.Config{Kiosk: s.cfg.Kiosk, Idle: s.cfg.Idle, StaffPIN: s.cfg.StaffPIN, Drawings: s.drawings, PINLock: s.pinLock, RemoteAddr: sess.RemoteAddr().String()}
	if s.cfg.Store != nil {
		cfg.Save = s.cfg.Store.Save
	}
	m := ui.New(s.cfg.Rulebook, st, cfg)
	clock := newIdleClock()
	sess.Context().SetValue(idleKey{}, clock)
	opts := append(bm.MakeOptions(sess),
		// The server's pty is emulated, so the session itself is the
		// input: read through the paste cap, which also notes each read
		// for the idle timeout.
		tea.WithInput(newPasteCap(sess, s.cfg.Limits.PasteBytes, clock.touch)),
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
	p := tea.NewProgram(m, opts...)
	sess.Context().SetValue(modelKey{}, m)

	me := &session{program: p, model: m}
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		wish.Fatalln(sess, "The quiz is closing; please try again later.")
		return nil
	}
	s.sessions[me] = struct{}{}
	s.mu.Unlock()
	go func() {
		<-sess.Context().Done()
		s.mu.Lock()
		delete(s.sessions, me)
		s.mu.Unlock()
	}()
	go s.watchIdle(sess.Context(), p, clock, func() { s.endIdle(sess, me) })
	return p
}

type idleKey struct{}

// endIdle ends a session nobody has touched for the idle timeout. A client
// that has stopped reading can block the quiz's writes, so if the quiz has
// not ended a few seconds later its connection is closed.
func (s *Server) endIdle(sess ssh.Session, me *session) {
	s.cfg.Logger.Info("closing idle session", "remote-addr", hostOf(sess.RemoteAddr()))
	me.end()
	select {
	case <-sess.Context().Done():
	case <-time.After(5 * time.Second):
		if g := guardOf(sess.Context()); g != nil {
			g.closeFor("idle, and not reading")
		}
	}
}

// afterQuiz runs once a session's quiz has ended: outside a kiosk, it
// prints the recommendation so it stays in the client's scrollback.
func (s *Server) afterQuiz(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if m, ok := sess.Context().Value(modelKey{}).(*ui.Model); ok && !s.cfg.Kiosk {
			if rec, ok := m.Recommendation(); ok {
				width := 80
				if pty, _, ok := sess.Pty(); ok && pty.Window.Width > 0 {
					width = min(pty.Window.Width, 100)
				}
				text := ui.PlainText(rec, s.cfg.Rulebook, width)
				_, _ = sess.Write([]byte(crlf(text)))
			}
		}
		if c, ok := sess.Context().Value(idleKey{}).(*idleClock); ok && c.closed.Load() {
			timeout, _ := s.idleTimeout()
			_, _ = fmt.Fprintf(sess, "jewelquiz: closed after %s without a key press.\r\n", humanDuration(timeout))
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
