package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/charmbracelet/log"
	"github.com/jewelquiz/jewelquiz/quiz/events"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/serve"
)

// server is the real quiz server, listening on a free loopback port.
type server struct {
	srv  *serve.Server
	addr string
	dir  string
	done chan error
}

// startServer starts the server with a fresh host key in a temporary
// directory, room for every session, a log that goes nowhere, and the
// shop's event log in o.EventLog if set.
func startServer(o Options) (*server, error) {
	rb, err := rules.Default()
	if err != nil {
		return nil, fmt.Errorf("rulebook: %w", err)
	}
	dir, err := os.MkdirTemp("", "jewelquiz-loadtest-")
	if err != nil {
		return nil, fmt.Errorf("host key directory: %w", err)
	}
	var logEvent func(events.Event)
	if o.EventLog != "" {
		lg, err := events.Open(o.EventLog)
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		logEvent = func(e events.Event) { _ = lg.Append(e) } // stats counts what is missing
	}
	srv, err := serve.New(serve.Config{
		Addr: "127.0.0.1:0", HostKey: filepath.Join(dir, "ssh_host_ed25519"),
		Kiosk: o.Kiosk, Idle: 2 * time.Minute, MaxSessions: o.N + 10, Grace: time.Second,
		Rulebook: rb, Theme: "charm", Logger: log.New(io.Discard), Events: logEvent,
		// The load test measures speed, not the per-address limits: with
		// -sources 1 every session comes from one address.
		Limits: serve.Limits{SessionsPerAddress: -1, ConnsPerAddress: -1, ConnBurst: -1},
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("new server: %w", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("listen: %w", err)
	}
	s := &server{srv: srv, addr: l.Addr().String(), dir: dir, done: make(chan error, 1)}
	go func() { s.done <- srv.Serve(l) }()
	return s, nil
}

// stop shuts the server down and removes its host key.
func (s *server) stop() error {
	defer os.RemoveAll(s.dir)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	// Shutdown closes the listener before the SSH server knows it is
	// closing, so Serve can return the accept error instead of nil.
	if err := <-s.done; err != nil && !errors.Is(err, net.ErrClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
