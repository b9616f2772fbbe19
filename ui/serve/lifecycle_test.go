package serve

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// goroutinesSettle waits for the goroutine count to fall to at most n.
func goroutinesSettle(t *testing.T, what string, n int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if runtime.NumGoroutine() <= n {
			return
		}
	}
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	t.Fatalf("%s: %d goroutines, want at most %d:\n%s", what, runtime.NumGoroutine(), n, buf)
}

// Quizzes run one after another on one connection are each forgotten when
// they end, not when the connection closes.
func TestEndedQuizzesAreForgotten(t *testing.T) {
	s, addr, _ := testServer(t, nil)
	c := dial(t, addr)
	base := runtime.NumGoroutine()
	for range 20 {
		sess, in, out := quizSession(t, c)
		out.waitFor(t, "10 to 12 questions")
		write(t, in, "q")
		_ = sess.Wait()
	}
	eventually(t, "no quiz left open", func() bool { return s.OpenSessions() == 0 })
	goroutinesSettle(t, "after 20 quizzes on one connection", base+8)
}

// A quiz that ended does not close its connection when its idle time runs
// out: another quiz on the same connection goes on.
func TestAnEndedQuizDoesNotCloseItsConnection(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) {
		c.Limits.IdleTimeout = 2 * time.Second
		c.Limits.IdleWarning = time.Second
	})
	c := dial(t, addr)
	a, ain, aout := quizSession(t, c)
	aout.waitFor(t, "10 to 12 questions")
	_, bin, bout := quizSession(t, c)
	bout.waitFor(t, "10 to 12 questions")
	write(t, ain, "q")
	_ = a.Wait()
	// B moves its cursor every 200 ms (a tenth of the idle time, so a
	// busy machine cannot make B idle) for well past A's idle time and the
	// 5 s an idle close waits before cutting the connection, then answers.
	write(t, bin, "\r")
	bout.waitFor(t, "Question 1 of 10")
	for range 45 {
		time.Sleep(200 * time.Millisecond)
		write(t, bin, "\x1b[B")
	}
	write(t, bin, "\r")
	bout.waitFor(t, "Question 2 of 11") // 45 downs wrap round to active: sport follows
}

// Window changes sent after a pty-req but with no shell, then left to the
// handshake timeout, leave nothing behind.
func TestWindowChangesBeforeAShellLeakNothing(t *testing.T) {
	// Room for each connection's pty-req and window changes, even under
	// -race on a loaded machine, before the timeout cuts it.
	s, addr, _ := testServer(t, func(c *Config) { c.Limits.HandshakeTimeout = 2 * time.Second })
	base := runtime.NumGoroutine()
	for range 10 {
		c := dial(t, addr)
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			if err := sess.WindowChange(30+i, 90); err != nil {
				t.Fatal(err)
			}
		}
	}
	eventually(t, "connections closed", func() bool { return s.OpenConns() == 0 })
	goroutinesSettle(t, "after the handshake timeout", base+4)
}

// A window change before the shell is not lost: the quiz starts at it.
func TestWindowChangeBeforeTheShell(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	sess, err := dial(t, addr).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.WindowChange(24, 44); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out := &screen{}
	sess.Stdout = out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	// Only a 44-column screen wraps the first paragraph after "a fine".
	out.waitFor(t, "a fine\x1b[0m\x1b[K")
}

// Sessions the server turns away (no terminal) do not count as quizzes:
// they neither stop the handshake clock nor refill the byte budget.
func TestRefusedSessionsDoNotKeepAConnection(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) { c.Limits.HandshakeTimeout = 500 * time.Millisecond })
	c := dial(t, addr)
	closed := make(chan struct{})
	go func() { _ = c.Wait(); close(closed) }()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		select {
		case <-closed:
			return
		case <-time.After(100 * time.Millisecond):
		}
		sess, err := c.NewSession()
		if err != nil {
			continue // closed meanwhile
		}
		var out bytes.Buffer
		sess.Stdout = &out
		_ = sess.Shell() // no pty: told to use ssh -t, and ended
		_ = sess.Wait()
	}
	t.Fatal("refused sessions kept the connection open past its handshake timeout")
}

// A client that closes its session's channel, keeping the connection,
// ends that quiz and frees its seat.
func TestClosingTheChannelEndsTheQuiz(t *testing.T) {
	s, addr, _ := testServer(t, func(c *Config) { c.MaxSessions = 1 })
	c := dial(t, addr)
	sess, _, out := quizSession(t, c)
	out.waitFor(t, "10 to 12 questions")
	_ = sess.Close()
	eventually(t, "the quiz ended", func() bool { return s.OpenSessions() == 0 })
	_, _, o2 := quizSession(t, dial(t, addr))
	o2.waitFor(t, "10 to 12 questions")
}

// Letters typed (not pasted) as fast as the client can send them cost the
// server time in proportion to their number: bubbletea waits for the rest
// of a run of letters that fills its whole read buffer, and re-scans it,
// so the input guard never fills it.
func TestATypingFloodIsLinear(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	sess, in, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
	before := cpuTime()
	chunk := bytes.Repeat([]byte("a"), 64<<10)
	for range 16 { // 1 MB
		if _, err := in.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	write(t, in, "\r")
	out.waitFor(t, "Question 1 of 10")
	// Kept whole, 512 KB of letters cost 8 CPU-seconds and 1 MB about 30.
	if used := cpuTime() - before; used > 5*time.Second*raceSlowdown {
		t.Fatalf("1 MB of letters cost %v of CPU", used)
	}
	_ = sess.Close()
}

// No read fills the caller's buffer while more input waits, and no read
// ends inside an escape sequence or a character that the next read would
// finish.
func TestInputGuardReadsAreShortAndWhole(t *testing.T) {
	mouse := "\x1b[<0;120;45M"
	in := strings.Repeat("a", 250) + mouse + strings.Repeat("é", 200) + strings.Repeat("b", 600) + "\x1b[B"
	g := newInputGuard(strings.NewReader(in), 4096, nil)
	buf := make([]byte, 256)
	var got bytes.Buffer
	for {
		n, err := g.Read(buf)
		if n == len(buf) {
			t.Fatalf("a read filled the whole %d-byte buffer", n)
		}
		chunk := string(buf[:n])
		for i := strings.IndexByte(chunk, 0x1b); i >= 0; i = strings.IndexByte(chunk[i+1:], 0x1b) + i + 1 {
			if rest := chunk[i:]; !strings.HasPrefix(rest, mouse) && !strings.HasPrefix(rest, "\x1b[B") {
				t.Fatalf("a read ends inside an escape sequence: %q", rest)
			}
			if strings.IndexByte(chunk[i+1:], 0x1b) < 0 {
				break
			}
		}
		if n > 0 && buf[n-1]&0xc0 == 0xc0 {
			t.Fatalf("a read ends inside a character")
		}
		got.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if got.String() != in {
		t.Fatal("the input changed on the way")
	}
}
