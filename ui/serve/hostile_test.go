package serve

import (
	"bytes"
	"context"
	"io"
	"math"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Tests of what a hostile client on the shop's network can try, each
// bounded in time and loopback only.

// heapInUse is the heap in use after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// eventually waits up to 10 s for cond; the wait is a guard against a hang,
// not a measure of speed.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("%s: not within 10 s", what)
}

// A pty-req or window-change with an enormous size is clamped: the quiz
// draws its usual screens, and memory stays where a normal session keeps
// it, where before one such request ran the server out of memory.
func TestHugePtyIsClamped(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	before := heapInUse()
	for _, size := range []struct{ w, h int }{
		{80, math.MaxInt32},
		{math.MaxUint32, math.MaxUint32},
		{200, 50_000_000},
	} {
		c := dial(t, addr)
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", size.h, size.w, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		in, _ := sess.StdinPipe()
		out := &screen{}
		sess.Stdout = out
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		out.waitFor(t, "10 to 12 questions")
		if err := sess.WindowChange(math.MaxInt32, math.MaxInt32); err != nil {
			t.Fatal(err)
		}
		write(t, in, "\r")
		out.waitFor(t, "Question 1 of 10")
		// A screen at most ui.MaxHeight lines tall: tens of kilobytes a
		// frame, never the gigabytes an unclamped height would pad to.
		if n := len(out.String()); n > 4<<20 {
			t.Fatalf("%dx%d: %d bytes sent for two screens", size.w, size.h, n)
		}
		sess.Close()
		c.Close()
	}
	if grew := int64(heapInUse()) - int64(before); grew > 64<<20 {
		t.Fatalf("the heap grew by %d MB", grew>>20)
	}
}

// Connections that never finish their handshake, or never start a quiz,
// are closed at the handshake timeout, and their descriptors with them.
func TestHandshakeTimeout(t *testing.T) {
	s, addr, logs := testServer(t, func(c *Config) {
		// Long enough that all 31 connections are open before the first
		// is closed, even under -race on a loaded machine.
		c.Limits.HandshakeTimeout = 2 * time.Second
		c.Limits.ConnsPerAddress = 100
		c.Limits.ConnBurst = 100
	})
	var conns []net.Conn
	for i := range 30 {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			_, _ = io.WriteString(conn, "SSH-2.0-silent\r\n") // a banner, then nothing
		}
		conns = append(conns, conn)
	}
	// A client that finishes the handshake but opens no session.
	idle := dial(t, addr)
	eventually(t, "connections counted", func() bool { return s.OpenConns() == 31 })
	for _, conn := range conns {
		_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, err := io.Copy(io.Discard, conn); err != nil {
			t.Fatalf("a silent connection was not closed: %v", err)
		}
		conn.Close()
	}
	waited := make(chan error, 1)
	go func() { waited <- idle.Wait() }()
	select {
	case <-waited:
	case <-time.After(10 * time.Second):
		t.Fatal("a connection with no session was not closed")
	}
	eventually(t, "every connection forgotten", func() bool { return s.OpenConns() == 0 })
	if !strings.Contains(logs.String(), "no quiz started within the handshake timeout") {
		t.Fatalf("the log does not say why:\n%s", logs.String())
	}
	// And the server still serves.
	_, _, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
}

// Env requests are capped in number and bytes, and a flood of large ones
// before the shell ends the connection at the pre-quiz budget instead of
// growing the server's memory.
func TestEnvRequestsAreBounded(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	c := dial(t, addr)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for i := range 100 {
		if sess.Setenv("LC_X", strings.Repeat("v", i%50)) == nil {
			accepted++
		}
	}
	if l := DefaultLimits(); accepted == 0 || accepted > l.EnvCount {
		t.Fatalf("%d of 100 env requests accepted, want 1 to %d", accepted, l.EnvCount)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdinPipe(); err != nil { // kept open: no input is not the end of it
		t.Fatal(err)
	}
	out := &screen{}
	sess.Stdout = out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	out.waitFor(t, "10 to 12 questions")

	before := heapInUse()
	flood := dial(t, addr)
	fs, err := flood.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("x", 200<<10)
	failed := false
	for range 500 { // 100 MB, were it all taken
		if fs.Setenv("BIG", big) != nil {
			failed = true
			break
		}
	}
	if !failed {
		t.Fatal("500 env requests of 200 KB were all accepted")
	}
	if grew := int64(heapInUse()) - int64(before); grew > 32<<20 {
		t.Fatalf("the heap grew by %d MB", grew>>20)
	}
	if _, err := flood.NewSession(); err == nil {
		t.Fatal("the flooding connection is still open")
	}
}

// A bracketed paste with no end is cut: the quiz gets at most PasteBytes
// of it, and the next key after the client's own end marker still works.
func TestUnterminatedPasteIsCut(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	sess, in, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
	before := cpuTime()
	write(t, in, pasteStart)
	chunk := bytes.Repeat([]byte("p"), 64<<10)
	for range 64 { // 4 MB
		if _, err := in.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	write(t, in, pasteEnd+"\r")
	out.waitFor(t, "Question 1 of 10")
	// Read, decrypt and drop 4 MB: well under a second of CPU. Kept
	// whole, bubbletea re-scans the growing paste on every read: about
	// 35 CPU-seconds for 4 MB.
	if used := cpuTime() - before; used > 3*time.Second*raceSlowdown {
		t.Fatalf("a 4 MB paste cost %v of CPU", used)
	}
	sess.Close()
}

// One address runs at most SessionsPerAddress quizzes; another address
// still gets a seat.
func TestSessionsPerAddress(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) { c.Limits.SessionsPerAddress = 2 })
	for range 2 {
		_, _, out := quizSession(t, dial(t, addr))
		out.waitFor(t, "10 to 12 questions")
	}
	s3, _, o3 := quizSession(t, dial(t, addr))
	o3.waitFor(t, AddressBusy)
	_ = s3.Wait()
	_, _, o4 := quizSession(t, dialFrom(t, "127.0.0.2", addr))
	o4.waitFor(t, "10 to 12 questions")
}

// dialFrom connects from another loopback address.
func dialFrom(t *testing.T, src, addr string) *gossh.Client {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}, Timeout: 5 * time.Second}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	cc, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{User: "tablet", HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		t.Fatal(err)
	}
	c := gossh.NewClient(cc, chans, reqs)
	t.Cleanup(func() { c.Close() })
	return c
}

// Clients that take a seat and then send nothing lose it at the idle
// timeout, after a notice, and a waiting client gets the seat.
func TestSilentClientsLoseTheirSeats(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) {
		c.MaxSessions = 2
		c.Limits.IdleTimeout = 1500 * time.Millisecond
		c.Limits.IdleWarning = time.Second
	})
	var sessions []*gossh.Session
	var outs []*screen
	for range 2 {
		sess, _, out := quizSession(t, dial(t, addr))
		out.waitFor(t, "10 to 12 questions")
		sessions, outs = append(sessions, sess), append(outs, out)
	}
	for i, sess := range sessions {
		outs[i].waitFor(t, "this session closes in")
		_ = sess.Wait()
		outs[i].waitFor(t, "closed after 2 seconds without a key press")
	}
	_, _, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
}

// A key during the idle notice keeps the session open.
func TestAKeyKeepsAnIdleSession(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) {
		c.Limits.IdleTimeout = 4 * time.Second
		c.Limits.IdleWarning = 2 * time.Second
	})
	sess, in, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "this session closes in")
	// The first deadline is at most 2 s after the notice was seen, and the
	// key below moves it to at least 4 s after that.
	seen := time.Now()
	write(t, in, "\r")
	out.waitFor(t, "Question 1 of 10")
	// The session is still open after the first deadline has passed: a
	// key 3 s after the notice leaves a second's room either side.
	time.Sleep(time.Until(seen.Add(3 * time.Second)))
	write(t, in, "1")
	out.waitFor(t, "Question 2 of 11") // active: sport follows
	_ = sess.Close()
}

// A signal request that wants a reply gets one (no), as does any request
// the quiz does not take; and a connection holds only so many sessions.
func TestRequestsWantingRepliesGetThem(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	c := dial(t, addr)
	ch, reqs, err := c.OpenChannel("session", nil)
	if err != nil {
		t.Fatal(err)
	}
	go gossh.DiscardRequests(reqs)
	for _, req := range []struct {
		typ     string
		payload []byte
	}{
		{"signal", gossh.Marshal(struct{ Signal string }{"INT"})},
		{"x-unknown@example.com", nil},
		{"window-change", []byte{1, 2}},
		{"pty-req", []byte{0, 0, 0, 9, 'x'}},
	} {
		replied := make(chan bool, 1)
		go func() {
			ok, _ := ch.SendRequest(req.typ, true, req.payload)
			replied <- ok
		}()
		select {
		case ok := <-replied:
			if ok {
				t.Errorf("%s: accepted", req.typ)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no reply", req.typ)
		}
	}
	for range DefaultLimits().ChannelsPerConn - 1 {
		if _, _, err := c.OpenChannel("session", nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := c.OpenChannel("session", nil); err == nil {
		t.Fatalf("a connection opened more than %d sessions at once", DefaultLimits().ChannelsPerConn)
	}
}

// With no quiz open, the server stops at once, not after the grace, even
// with connections still in their handshake or between quizzes.
func TestShutdownWithoutSessionsIsImmediate(t *testing.T) {
	s, addr, _ := testServer(t, func(c *Config) { c.Grace = time.Hour })
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	_ = dial(t, addr)
	eventually(t, "connections counted", func() bool { return s.OpenConns() == 2 })
	done := make(chan error, 1)
	go func() { done <- s.Shutdown(context.Background()) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("shutdown with no quiz open waited for its hour of grace")
	}
	if s.OpenConns() != 0 {
		t.Fatalf("%d connections left open", s.OpenConns())
	}
}

// Authentication attempts are limited: a client offering ten keys not on
// the list is disconnected before it has tried them all.
func TestAuthTriesAreLimited(t *testing.T) {
	_, allowed := newKey(t)
	_, addr, _ := testServer(t, func(c *Config) { c.AuthorizedKeys = writeAuthorizedKeys(t, allowed) })
	var signers []gossh.Signer
	for range 10 {
		s, _ := newKey(t)
		signers = append(signers, s)
	}
	_, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "x", Auth: []gossh.AuthMethod{gossh.PublicKeys(signers...)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err == nil || !strings.Contains(err.Error(), "too many authentication failures") {
		t.Fatalf("ten unknown keys: %v", err)
	}
}
