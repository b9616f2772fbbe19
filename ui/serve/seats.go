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
