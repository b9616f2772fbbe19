// Command hostile plays a hostile client against a jewelquiz SSH server on
// this machine, for the end-to-end test of the server's limits
// (.ci/e2e-hostile.sh): a huge pty, half-open connections, an env flood and
// an unterminated paste. Each attack is bounded in count and time, and it
// refuses any address that is not loopback.
//
//	go run ./ui/serve/hostile -addr 127.0.0.1:23234 pty halfopen env paste
//
// It prints one line per attack and exits 1 if an attack found the server
// misbehaving (not closing what it should), 2 for bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:23234", "the server, on loopback")
	conns := flag.Int("conns", 200, "halfopen: how many connections")
	wait := flag.Duration("wait", 10*time.Second, "halfopen: how long to wait for the server to close them")
	pasteMB := flag.Int("paste-mb", 12, "paste: megabytes pasted with no end marker")
	from := flag.String("source", "127.0.1.10", "the loopback address of the first attack; each further one uses the next")
	flag.Parse()
	host, _, err := net.SplitHostPort(*addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(os.Stderr, "hostile: %q is not a loopback address\n", *addr)
		os.Exit(2)
	}
	first := net.ParseIP(*from).To4()
	if first == nil || !first.IsLoopback() {
		fmt.Fprintf(os.Stderr, "hostile: -source %q is not a loopback IPv4 address\n", *from)
		os.Exit(2)
	}
	attacks := map[string]func(string) error{
		"pty":      hugePty,
		"halfopen": func(a string) error { return halfOpen(a, *conns, *wait) },
		"env":      envFlood,
		"paste":    func(a string) error { return paste(a, *pasteMB) },
	}
	failed := false
	for i, name := range flag.Args() {
		attack, ok := attacks[name]
		if !ok {
			fmt.Fprintf(os.Stderr, "hostile: unknown attack %q (pty, halfopen, env, paste)\n", name)
			os.Exit(2)
		}
		// Each attack from its own loopback address, so that one's refusals
		// by the per-address limits do not stop the next.
		source = net.IPv4(first[0], first[1], first[2], first[3]+byte(i))
		if err := attack(*addr); err != nil {
			fmt.Printf("%s: FAILED: %v\n", name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// source is the loopback address the current attack connects from.
var source net.IP

func dialTCP(addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: source}, Timeout: 5 * time.Second}
	return d.Dial("tcp", addr)
}

func dialSSH(addr string) (*gossh.Client, error) {
	conn, err := dialTCP(addr)
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{
		User: "hostile", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return gossh.NewClient(cc, chans, reqs), nil
}

// output collects what a session prints.
type output struct {
	mu sync.Mutex
	b  strings.Builder
	n  int
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.n += len(p)
	if o.b.Len() < 1<<20 {
		o.b.Write(p)
	}
	return len(p), nil
}

func (o *output) waitFor(text string) error {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		o.mu.Lock()
		ok := strings.Contains(o.b.String(), text)
		o.mu.Unlock()
		if ok {
			return nil
		}
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	got := o.b.String()
	return fmt.Errorf("%q never showed in the %d bytes the server sent (they end %q)", text, len(got), got[max(0, len(got)-200):])
}

// welcomeMark is the welcome screen's first button, drawn as one run of
// text, which shows once a quiz has started and drawn its first screen.
const welcomeMark = "[ Start ]"

// quiz opens a session with a pty of the given size and a shell.
func quiz(addr string, cols, rows int) (*gossh.Client, *gossh.Session, io.Writer, *output, error) {
	c, err := dialSSH(addr)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	s, err := c.NewSession()
	if err == nil {
		err = s.RequestPty("xterm", rows, cols, gossh.TerminalModes{})
	}
	var in io.WriteCloser
	if err == nil {
		in, err = s.StdinPipe()
	}
	out := &output{}
	if err == nil {
		s.Stdout = out
		err = s.Shell()
	}
	if err != nil {
		c.Close()
		return nil, nil, nil, nil, err
	}
	return c, s, in, out, nil
}

// hugePty asks for a 2,147,483,647-line terminal, resizes to the same, and
// takes the quiz's first step.
func hugePty(addr string) error {
	const huge = 1<<31 - 1
	c, s, in, out, err := quiz(addr, huge, huge)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := out.waitFor(welcomeMark); err != nil {
		return err
	}
	if err := s.WindowChange(huge, huge); err != nil {
		return err
	}
	if _, err := io.WriteString(in, "\r"); err != nil {
		return err
	}
	if err := out.waitFor("Question 1 of "); err != nil {
		return err
	}
	fmt.Printf("pty: a %dx%d terminal got the quiz's first question in %d bytes\n", huge, huge, out.n)
	return nil
}

// halfOpen opens n connections that send nothing, or only a banner, and
// waits for the server to close every one.
func halfOpen(addr string, n int, wait time.Duration) error {
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	closedAt := make([]time.Duration, 0, n)
	refused := 0
	for i := range n {
		conn, err := dialTCP(addr)
		if err != nil {
			refused++
			continue
		}
		if i%2 == 0 {
			_, _ = io.WriteString(conn, "SSH-2.0-hostile\r\n")
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer conn.Close()
			_ = conn.SetReadDeadline(time.Now().Add(wait))
			_, err := io.Copy(io.Discard, conn)
			if err == nil || !errors.Is(err, os.ErrDeadlineExceeded) {
				mu.Lock()
				closedAt = append(closedAt, time.Since(start))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(closedAt)+refused < n {
		return fmt.Errorf("%d of %d connections still open after %v", n-len(closedAt)-refused, n, wait)
	}
	var last time.Duration
	atOnce := 0
	for _, d := range closedAt {
		last = max(last, d)
		if d < time.Second {
			atOnce++
		}
	}
	fmt.Printf("halfopen: %d connections: %d closed within a second (over the address's limits), %d more by %.1fs, %d refused\n",
		n, atOnce, len(closedAt)-atOnce, last.Seconds(), refused)
	return nil
}

// envFlood sends up to 2,000 env requests of 200 KB before any shell.
func envFlood(addr string) error {
	c, err := dialSSH(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		return err
	}
	big := strings.Repeat("x", 200<<10)
	accepted := 0
	for range 2000 {
		if s.Setenv("FLOOD", big) != nil {
			break
		}
		accepted++
	}
	if accepted == 2000 {
		return errors.New("2,000 env requests of 200 KB were all accepted")
	}
	fmt.Printf("env: %d of 2,000 env requests of 200 KB accepted before the server refused or closed\n", accepted)
	return nil
}

// paste starts a quiz, pastes mb megabytes with no end marker, waits, and
// then ends the paste and presses enter, which must start the quiz.
func paste(addr string, mb int) error {
	c, _, in, out, err := quiz(addr, 80, 24)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := out.waitFor(welcomeMark); err != nil {
		return err
	}
	if _, err := io.WriteString(in, "\x1b[200~"); err != nil {
		return err
	}
	chunk := []byte(strings.Repeat("p", 64<<10))
	start := time.Now()
	for range mb * 16 {
		if _, err := in.Write(chunk); err != nil {
			return fmt.Errorf("pasting: %w", err)
		}
	}
	sent := time.Since(start)
	// The server's channel window holds the last 2 MB unread: wait, so
	// that it reads them while the paste is still open.
	time.Sleep(3 * time.Second)
	if _, err := io.WriteString(in, "\x1b[201~\r"); err != nil {
		return err
	}
	if err := out.waitFor("Question 1 of "); err != nil {
		return fmt.Errorf("after the paste ended: %w", err)
	}
	fmt.Printf("paste: %d MB with no end marker sent in %.1fs; 3s later the paste's end and enter started the quiz\n", mb, sent.Seconds())
	return nil
}
