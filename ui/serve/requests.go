package serve

import (
	"encoding/binary"

	"github.com/charmbracelet/ssh"
	"github.com/jewelquiz/jewelquiz/ui"
	gossh "golang.org/x/crypto/ssh"
)

// guardSession is the session channel handler: charmbracelet/ssh's own,
// behind a filter on the channel's requests that clamps window sizes,
// caps env requests and answers the requests the library leaves waiting.
func (s *Server) guardSession(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	g := guardOf(ctx)
	if g != nil && !g.openChannel() {
		_ = newChan.Reject(gossh.ResourceShortage, "one quiz at a time on a connection")
		return
	}
	if g != nil {
		defer g.closeChannel()
	}
	ssh.DefaultSessionHandler(srv, conn, &filteredChannel{NewChannel: newChan, filter: s.requestFilter(g)}, ctx)
}

// drainSizes reads a session's window sizes until its requests end, so that
// charmbracelet/ssh, which hands each window-change to a channel that holds
// one and waits while it is full, never waits on a session whose quiz has
// ended or will never start. Call it once nothing else reads them.
func drainSizes(sess ssh.Session) {
	if _, sizes, ok := sess.Pty(); ok && sizes != nil {
		go func() {
			for range sizes {
			}
		}()
	}
}

// filteredChannel accepts a channel whose requests pass through filter.
type filteredChannel struct {
	gossh.NewChannel
	filter func(*gossh.Request) []*gossh.Request
}

// Accept accepts the channel and starts the filter on its requests.
func (c *filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for req := range reqs {
			for _, r := range c.filter(req) {
				out <- r
			}
		}
	}()
	return ch, out, nil
}

// requestFilter returns the filter for one channel's requests: it passes
// requests on (maybe changed), or answers one itself and passes none.
//
// Until the channel asks for a shell (or a command, or a subsystem), the
// pty-req and window changes are answered here and kept, the pty-req with
// the latest size, to go to charmbracelet/ssh just before the shell
// request. The library hands each window change to a channel that holds
// one, and waits while it is full, holding up every later request of the
// channel: a second size before a quiz reads any would wait for ever. It
// also writes the size where the quiz's start reads it without a lock.
func (s *Server) requestFilter(g *connGuard) func(*gossh.Request) []*gossh.Request {
	var (
		started bool
		pty     *gossh.Request // the pty-req, answered, to pass on
	)
	return func(req *gossh.Request) []*gossh.Request {
		if started {
			if req = s.filterOne(g, req); req == nil {
				return nil
			}
			return []*gossh.Request{req}
		}
		switch req.Type {
		case "shell", "exec", "subsystem":
			started = true
			if pty == nil {
				return []*gossh.Request{req}
			}
			return []*gossh.Request{pty, req}
		case "pty-req":
			if pty != nil {
				refuse(req) // the library takes one pty-req only
				return nil
			}
			if clampPtyReq(req) == nil {
				return nil // refused: too short to hold a size
			}
			_ = req.Reply(true, nil)
			pty = &gossh.Request{Type: req.Type, Payload: req.Payload} // wants no reply: answered
			return nil
		case "window-change":
			if pty == nil {
				refuse(req) // the library takes none before a pty-req
				return nil
			}
			if clampWindowChange(req) == nil {
				return nil // refused: too short to hold a size
			}
			_ = req.Reply(true, nil)
			copy(pty.Payload[ptySizeAt(pty.Payload):], req.Payload[:8])
			return nil
		}
		if req = s.filterOne(g, req); req == nil {
			return nil
		}
		return []*gossh.Request{req}
	}
}

// filterOne filters the requests that need no memory of earlier ones.
func (s *Server) filterOne(g *connGuard, req *gossh.Request) *gossh.Request {
	switch req.Type {
	case "pty-req":
		return clampPtyReq(req)
	case "window-change":
		return clampWindowChange(req)
	case "env":
		if g != nil && !g.allowEnv(len(req.Payload)) {
			return refuse(req)
		}
		return req
	case "signal":
		// The quiz takes no signals, and the library never answers one: a
		// client that asked for a reply would wait forever.
		return refuse(req)
	}
	return req
}

// clampPtyReq cuts a pty-req's size (RFC 4254, 6.2: a string TERM, then
// columns and rows as uint32) to the largest screen, in place, leaving the
// rest of the payload as it was. A payload too short to hold a size is
// refused here.
func clampPtyReq(req *gossh.Request) *gossh.Request {
	at := ptySizeAt(req.Payload)
	if at < 0 {
		return refuse(req)
	}
	return clampSizeAt(req, at)
}

// ptySizeAt is where a pty-req payload's columns start, after its TERM
// string; -1 if the payload is too short to say.
func ptySizeAt(payload []byte) int {
	if len(payload) < 4 {
		return -1
	}
	n := binary.BigEndian.Uint32(payload)
	if uint64(n) > uint64(len(payload)-4) {
		return -1
	}
	return 4 + int(n)
}

// clampWindowChange cuts a window-change's size (RFC 4254, 6.7: columns and
// rows as uint32) to the largest screen, in place.
func clampWindowChange(req *gossh.Request) *gossh.Request {
	return clampSizeAt(req, 0)
}

// clampSizeAt clamps the columns and rows that start at off in the
// request's payload. It parses as leniently as charmbracelet/ssh does, so
// no payload it would take can carry a size past the clamp.
func clampSizeAt(req *gossh.Request, off int) *gossh.Request {
	if len(req.Payload) < off+8 {
		return refuse(req)
	}
	cols := binary.BigEndian.Uint32(req.Payload[off:])
	rows := binary.BigEndian.Uint32(req.Payload[off+4:])
	binary.BigEndian.PutUint32(req.Payload[off:], min(cols, ui.MaxWidth))
	binary.BigEndian.PutUint32(req.Payload[off+4:], min(rows, ui.MaxHeight))
	return req
}

// refuse answers a request no and drops it.
func refuse(req *gossh.Request) *gossh.Request {
	if req.WantReply {
		_ = req.Reply(false, nil)
	}
	return nil
}
