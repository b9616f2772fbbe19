package serve

import (
	"encoding/binary"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// guardSession is the session channel handler: charmbracelet/ssh's own,
// behind a filter on the channel's requests that clamps window sizes,
// caps env requests and answers the requests the library leaves waiting.
func (s *Server) guardSession(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	g, _ := ctx.Value(guardKey{}).(*connGuard)
	if g != nil && !g.openChannel() {
		_ = newChan.Reject(gossh.ResourceShortage, "one quiz at a time on a connection")
		return
	}
	if g != nil {
		defer g.closeChannel()
	}
	ssh.DefaultSessionHandler(srv, conn, &filteredChannel{NewChannel: newChan, filter: s.requestFilter(g)}, ctx)
}

// filteredChannel accepts a channel whose requests pass through filter.
type filteredChannel struct {
	gossh.NewChannel
	filter func(*gossh.Request) *gossh.Request
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
			if req = c.filter(req); req != nil {
				out <- req
			}
		}
	}()
	return ch, out, nil
}

// requestFilter returns the filter for one channel's requests: it passes a
// request on (maybe changed), or answers it itself and returns nil.
func (s *Server) requestFilter(g *connGuard) func(*gossh.Request) *gossh.Request {
	return func(req *gossh.Request) *gossh.Request {
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
			// The quiz takes no signals, and the library never answers
			// one: a client that asked for a reply would wait forever.
			return refuse(req)
		}
		return req
	}
}

// clampPtyReq cuts a pty-req's size (RFC 4254, 6.2: a string TERM, then
// columns and rows as uint32) to the largest screen, in place, leaving the
// rest of the payload as it was. A payload too short to hold a size is
// refused here.
func clampPtyReq(req *gossh.Request) *gossh.Request {
	if len(req.Payload) < 4 {
		return refuse(req)
	}
	n := binary.BigEndian.Uint32(req.Payload)
	if uint64(n) > uint64(len(req.Payload)-4) {
		return refuse(req)
	}
	return clampSizeAt(req, 4+int(n))
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
	binary.BigEndian.PutUint32(req.Payload[off:], min(cols, MaxWidth))
	binary.BigEndian.PutUint32(req.Payload[off+4:], min(rows, MaxHeight))
	return req
}

// refuse answers a request no and drops it.
func refuse(req *gossh.Request) *gossh.Request {
	if req.WantReply {
		_ = req.Reply(false, nil)
	}
	return nil
}
