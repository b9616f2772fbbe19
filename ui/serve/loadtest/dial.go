package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"strings"
	"time"

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

// answersFor is a valid digit for each question, different for each i
// (counting in mixed radix over the number of options of each question).
func answersFor(i int, options []int) string {
	var b strings.Builder
	for _, n := range options {
		b.WriteByte(byte('1' + i%n))
		i /= n
	}
	return b.String()
}

// keysFor is how many keys answers takes from the welcome to the results:
// enter, then a number for each answer, or as many down arrows as the
// option is below the first and enter.
func keysFor(answers string, arrows bool) int {
	n := 1
	for _, d := range answers {
		if arrows {
			n += int(d - '0')
		} else {
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
