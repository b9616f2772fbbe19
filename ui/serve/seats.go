package serve

import (
	"sync/atomic"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
)

// seats limits how many quizzes run at once; a session's seat is freed the
// moment its handler returns, a dropped connection included.
type seats struct {
	max   int64
	taken atomic.Int64
}

func newSeats(max int) *seats { return &seats{max: int64(max)} }

// SeatsBusy is what a client sees when every seat is taken.
const SeatsBusy = "All quiz seats are busy, try again in a minute."

func (s *seats) middleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if s.taken.Add(1) > s.max {
			s.taken.Add(-1)
			wish.Println(sess, SeatsBusy)
			_ = sess.Exit(1)
			return
		}
		defer s.taken.Add(-1)
		next(sess)
	}
}

// AddressBusy is what a client sees when its address runs as many quizzes
// as one address may.
const AddressBusy = "Too many quizzes from your address are open; finish one, or try again in a minute."

// perAddress turns a session away when its address already runs
// Limits.SessionsPerAddress quizzes.
func (s *Server) perAddress(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		host := hostOf(sess.RemoteAddr())
		if !s.addrs.openSession(host, s.cfg.Limits.SessionsPerAddress) {
			s.refusals.warn("refused", "too many quizzes from this address", host)
			wish.Println(sess, AddressBusy)
			_ = sess.Exit(1)
			return
		}
		defer s.addrs.closeSession(host)
		next(sess)
	}
}
