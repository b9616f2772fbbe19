package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"strings"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	gossh "golang.org/x/crypto/ssh"
)

// dial opens an SSH connection to addr from the loopback address src,
// closed when ctx is done.
func dial(ctx context.Context, addr string, src *net.TCPAddr, user string) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: src, Timeout: 10 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	context.AfterFunc(ctx, func() { conn.Close() })
	cc, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{
		User: user, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("ssh handshake: %w", err)
	}
	return gossh.NewClient(cc, chans, reqs), nil
}

// sourceAddr is session i's loopback source address in 127.0.0.0/8: the
// server limits new sessions per address (a burst of 20, then 2 a second),
// so the sessions take turns over that many addresses, or each has its own
// when sources is 0.
func sourceAddr(i, sources int) *net.TCPAddr {
	k := i
	if sources > 0 {
		k = i % sources
	}
	return &net.TCPAddr{IP: net.IPv4(127, byte(k/250>>8), byte(k/250), byte(k%250+2))}
}

// answersFor is a key for each question asked, different for each i
// (counting in mixed radix over the choices of each question asked). A one
// question takes the digit of its option; a many question takes a letter:
// 'a' for none of its options (enter alone), 'b' to tick the first option
// and enter, 'c' the second, and so on. Follow-ups are asked, and get a
// key, only when the answers before them make them apply.
func answersFor(i int, bank []quiz.Question) string {
	var b strings.Builder
	a := quiz.Answers{}
	for _, q := range bank {
		if !q.Asked(a) {
			continue
		}
		n := min(len(q.Options), 9)
		if q.Many() {
			k := i % (n + 1)
			b.WriteByte(byte('a' + k))
			a[q.ID] = ""
			if k > 0 {
				a[q.ID] = q.Options[k-1].Value
			}
			i /= n + 1
			continue
		}
		b.WriteByte(byte('1' + i%n))
		a[q.ID] = q.Options[i%n].Value
		i /= n
	}
	return b.String()
}

// keysFor is how many keys answers takes from the welcome to the results:
// enter, then a number for each answer, or as many down arrows as the
// option is below the first and enter; a many question's tick adds its
// number, or its arrows and space.
func keysFor(answers string, arrows bool) int {
	n := 1
	for _, d := range answers {
		switch {
		case d == 'a':
			n++
		case d > 'a' && arrows:
			n += int(d-'a') + 1
		case d > 'a':
			n += 2
		case arrows:
			n += int(d - '0')
		default:
			n++
		}
	}
	return n
}

// sleep pauses for d, or less when ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// jitter is a pause between d/2 and 3d/2, so that sessions do not press in
// step with each other or with the server's frame ticker.
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return d/2 + rand.N(d)
}
