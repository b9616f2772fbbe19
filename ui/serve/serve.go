// Package serve serves the quiz over SSH, one quiz per connection, so shop
// tablets and customers at home can take it with any SSH client.
package serve

import (
	"context"
	"errors"
	"fmt"
	"github.com/jewelquiz/jewelquiz/ui"
	"net"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/activeterm"
	"github.com/charmbracelet/wish/logging"
	"github.com/charmbracelet/wish/recover"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/quiz/events"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	gossh "golang.org/x/crypto/ssh"
)

// Config configures the server.
type Config struct {
	// Addr is where to listen, host:port.
	Addr string
	// HostKey is the path of the server's private key, made on first run.
	HostKey string
	// AuthorizedKeys, when set, lets in only the keys in that file.
	AuthorizedKeys string
	// Kiosk gives every session the kiosk's behaviour.
	Kiosk bool
	// Idle is the kiosk's idle time before "Still there?".
	Idle time.Duration
	// StaffPIN, when set, lets staff end a kiosk session with ctrl+x.
	StaffPIN string
	// MaxSessions is how many quizzes may run at once.
	MaxSessions int
	// Grace is how long open sessions get to finish when the server stops.
	Grace time.Duration
	// Store keeps consultations saved from any session; nil: no saving.
	Store *consult.Store
	// Rulebook scores the answers.
	Rulebook *rules.Rulebook
	// Studio is the shop's name and booking link, the same in every
	// session.
	Studio studio.Studio
	// Theme is the huh theme every session is drawn in.
	Theme string
	// Lang is the language a session starts in when its client sends no
	// locale (LC_ALL, LC_MESSAGES or LANG), or only C or POSIX; "" is
	// English. A client that names a language speaks it (see sessionLang).
	Lang locale.Lang
	// Logger receives the server's structured log (never any answers).
	Logger *log.Logger
	// Limits bound what one client or address may cost; zero fields take
	// DefaultLimits.
	Limits Limits
	// Events receives every session's anonymous events for the shop's
	// numbers (see ui.Config.Events); nil logs nothing. A session that
	// ends before its results is logged as abandoned.
	Events func(events.Event)
}

// DefaultHostKey is where the host key lives unless told otherwise.
func DefaultHostKey() string {
	return filepath.Join(xdg.DataHome, "jewelquiz", "ssh_host_ed25519")
}

// Server is a running SSH quiz server.
type Server struct {
	cfg   Config
	ssh   *ssh.Server
	seats *seats
	// drawings is shared by every session: each question, header and help
	// line is drawn once per size and kind of terminal, not per customer.
	drawings *ui.Drawings
	// styles are built once per kind of terminal and shared by every
	// session drawn on one: each session's renderer only picks them.
	styles *ui.StyleCache
	// pinLock counts wrong staff PINs across every session, and codeLock
	// mistyped answer codes (in kiosk mode), so no new connection brings
	// fresh tries.
	pinLock, codeLock *ui.PINLock

	// handlers counts sessions whose handlers have not returned yet.
	handlers atomic.Int64

	// addrs counts each address's connections, quizzes and new
	// connections.
	addrs *addrs
	// refusals logs refused and closed connections, sampled per address.
	refusals *refusalLog

	mu       sync.Mutex
	sessions map[ssh.Session]*session
	// conns holds every open connection, handshakes included.
	conns    map[*connGuard]struct{}
	closing  bool
	listener net.Listener
}

// New builds the server; it does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Rulebook == nil {
		return nil, errors.New("serve: no rulebook")
	}
	if cfg.MaxSessions <= 0 {
		return nil, fmt.Errorf("serve: --max-sessions must be at least 1, got %d", cfg.MaxSessions)
	}
	if cfg.Logger == nil {
		cfg.Logger = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true})
	}
	if err := ensureHostKeyDir(cfg.HostKey); err != nil {
		return nil, err
	}
	cfg.Limits = cfg.Limits.withDefaults()
	s := &Server{
		cfg: cfg, seats: newSeats(cfg.MaxSessions), drawings: ui.NewDrawings(0), styles: ui.NewStyleCache(), addrs: newAddrs(cfg.Limits),
		refusals: newRefusalLog(cfg.Logger, 10*time.Second),
		sessions: map[ssh.Session]*session{}, conns: map[*connGuard]struct{}{},
	}
	s.pinLock = ui.NewPINLock(ui.PINLockOptions{Log: logPINFailure(cfg.Logger)})
	s.codeLock = ui.NewPINLock(ui.PINLockOptions{Tries: ui.CodeTries})
	opts := []ssh.Option{
		wish.WithAddress(cfg.Addr),
		wish.WithHostKeyPath(cfg.HostKey),
		// Only the quiz: no commands, no subsystems such as sftp; every
		// connection guarded from before its handshake (limits.go).
		func(srv *ssh.Server) error {
			srv.SessionRequestCallback = s.onlyShells
			srv.ConnCallback = s.onConn
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.guardSession}
			srv.ServerConfigCallback = func(ssh.Context) *gossh.ServerConfig {
				return &gossh.ServerConfig{MaxAuthTries: cfg.Limits.MaxAuthTries}
			}
			return nil
		},
		// Middlewares run from the last listed to the first.
		wish.WithMiddleware(
			recover.MiddlewareWithLogger(cfg.Logger,
				s.afterQuiz,
				s.quiz(),
				s.release,
				s.seats.middleware,
				s.perAddress,
				refuseAgent,
				activeterm.Middleware(),
				needTerminal,
				s.refuseCommands,
				logging.StructuredMiddlewareWithLogger(cfg.Logger, log.InfoLevel),
			),
			s.track,
		),
	}
	if cfg.AuthorizedKeys != "" {
		if _, err := os.Stat(cfg.AuthorizedKeys); err != nil {
			return nil, fmt.Errorf("authorized keys: %w", err)
		}
		opts = append(opts, wish.WithAuthorizedKeys(cfg.AuthorizedKeys))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	s.ssh = srv
	return s, nil
}

func ensureHostKeyDir(path string) error {
	if path == "" {
		return errors.New("serve: no host key path")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("host key %s: %w", path, err)
	}
	return nil
}

// onlyShells accepts a shell, refusing (and logging) exec requests
// (`ssh host cmd`) and subsystems such as sftp.
func (s *Server) onlyShells(sess ssh.Session, requestType string) bool {
	if requestType == "shell" {
		return true
	}
	if requestType == "exec" {
		// Accepted only to be refused in words by refuseCommands: a client
		// whose request fails may quit before showing what came with it.
		return true
	}
	s.cfg.Logger.Info("refused", "request", requestType, "user", sess.User(), "remote-addr", sess.RemoteAddr().String())
	// No quiz will read this session's window sizes.
	drainSizes(sess)
	return false
}

// refuseCommands ends a session that asked for a command (`ssh host
// recommend`) with a line on its stderr saying how to take the quiz, and
// exit status 1.
func (s *Server) refuseCommands(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if sess.RawCommand() == "" {
			next(sess)
			return
		}
		s.cfg.Logger.Info("refused", "request", "exec", "user", sess.User(), "remote-addr", sess.RemoteAddr().String())
		end := "\n"
		if _, _, ok := sess.Pty(); ok {
			end = "\r\n" // the client's terminal is raw
		}
		fmt.Fprint(sess.Stderr(), refusalText(sess.LocalAddr())+end)
		_ = sess.Exit(1)
	}
}

// needTerminal explains, before activeterm turns the session away, how to
// connect with a terminal.
func needTerminal(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if _, _, ok := sess.Pty(); !ok {
			wish.Println(sess, "jewelquiz is a quiz for your terminal: connect with `ssh -t` and no command.")
			_ = sess.Exit(1)
			return
		}
		next(sess)
	}
}

// refuseAgent ends sessions that asked to forward an SSH agent: the quiz
// never needs one, and a shop server should not hold anyone's keys.
func refuseAgent(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if ssh.AgentRequested(sess) {
			wish.Println(sess, "Agent forwarding is not accepted here; connect without -A.")
			_ = sess.Exit(1)
			return
		}
		next(sess)
	}
}

// Serve accepts connections on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		_ = l.Close()
		return nil
	}
	s.listener = l
	s.mu.Unlock()
	if s.cfg.AuthorizedKeys == "" {
		s.cfg.Logger.Warn("no --authorized-keys: anyone who can reach this address may take the quiz", "addr", l.Addr().String())
	}
	fp, _ := fingerprint(s.ssh) // New has loaded or made the key
	s.cfg.Logger.Info("serving the quiz over SSH", "addr", l.Addr().String(), "kiosk", s.cfg.Kiosk, "max_sessions", s.cfg.MaxSessions, "host_key", fp)
	err := s.ssh.Serve(l)
	s.mu.Lock()
	closing := s.closing
	s.mu.Unlock()
	if errors.Is(err, ssh.ErrServerClosed) || closing {
		return nil // Shutdown closed the listener
	}
	return err
}

// Shutdown stops accepting, tells every open session the quiz is closing,
// gives them until the grace period ends to finish, then ends them.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	if s.listener != nil {
		// Closed here too: a Serve that had not yet handed the listener to
		// the SSH server would otherwise go on accepting.
		_ = s.listener.Close()
	}
	open := make([]*session, 0, len(s.sessions))
	for _, sess := range s.sessions {
		open = append(open, sess)
	}
	s.mu.Unlock()
	s.cfg.Logger.Info("closing", "open_sessions", len(open), "grace", s.cfg.Grace)
	if len(open) == 0 && s.handlers.Load() == 0 {
		// Nobody to wait for: connections still in their handshake, or
		// between quizzes, are closed now rather than after the grace.
		s.closeConns()
		_ = s.ssh.Close()
		return nil
	}
	for _, sess := range open {
		sess.closing(s.cfg.Grace)
	}
	graceCtx, cancel := context.WithTimeout(ctx, s.cfg.Grace)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.ssh.Shutdown(graceCtx) }()
	select {
	case err := <-done:
		if err == nil || errors.Is(err, ssh.ErrServerClosed) {
			return nil
		}
	case <-graceCtx.Done():
	}
	s.endAll()
	// Let the ended quizzes restore their clients' terminals and the log
	// note each disconnect before the connections are cut.
	s.waitHandlers(3 * time.Second)
	// Shutdown waits for connections but does not close them.
	if err := s.ssh.Close(); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		return fmt.Errorf("serve: closing: %w", err)
	}
	return nil
}

// track counts a session's handler from start to end.
func (s *Server) track(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.handlers.Add(1)
		defer s.handlers.Add(-1)
		next(sess)
		drainSizes(sess)
	}
}

// trackConn adds or removes an open connection.
func (s *Server) trackConn(g *connGuard, open bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if open {
		s.conns[g] = struct{}{}
	} else {
		delete(s.conns, g)
	}
}

// closeConns closes every open connection, handshakes included.
func (s *Server) closeConns() {
	s.mu.Lock()
	open := make([]*connGuard, 0, len(s.conns))
	for g := range s.conns {
		open = append(open, g)
	}
	s.mu.Unlock()
	for _, g := range open {
		_ = g.Close()
	}
}

// waitHandlers waits until every session handler has returned, or d.
func (s *Server) waitHandlers(d time.Duration) {
	for deadline := time.Now().Add(d); s.handlers.Load() > 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
}

func (s *Server) endAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sess := range s.sessions {
		sess.end()
	}
}

// Run listens on cfg.Addr and serves until ctx is done, then shuts down
// gracefully. A Config it cannot set up from is a *ConfigError; an address
// it cannot listen on a *ListenError.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(cfg)
	if err != nil {
		return &ConfigError{Err: err}
	}
	l, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return &ListenError{Addr: cfg.Addr, Err: err}
	}
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	if err := s.Shutdown(context.Background()); err != nil {
		return err
	}
	<-errc
	s.cfg.Logger.Info("stopped")
	return nil
}

// OpenConns is how many connections are open now, those still in their
// handshake included.
func (s *Server) OpenConns() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// OpenSessions is how many quizzes are running now.
func (s *Server) OpenSessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// ListenError is what Run returns when it cannot listen on its address
// (in use, or not allowed): a failure of the machine, not of the
// configuration, which names the address.
type ListenError struct {
	Addr string
	Err  error
}

func (e *ListenError) Error() string {
	err := e.Err
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		err = op.Err // its own text repeats the address
	}
	return fmt.Sprintf("serve: cannot listen on %s: %v", e.Addr, err)
}

// Unwrap returns the listener's error.
func (e *ListenError) Unwrap() error { return e.Err }

// ConfigError is what Run returns when the server cannot be set up from
// its Config: a host key path, an authorized keys file or a limit to fix.
type ConfigError struct{ Err error }

func (e *ConfigError) Error() string { return e.Err.Error() }

// Unwrap returns the problem.
func (e *ConfigError) Unwrap() error { return e.Err }
