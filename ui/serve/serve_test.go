package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/log"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	gossh "golang.org/x/crypto/ssh"
)

// testServer starts a server on a free loopback port and stops it when the
// test ends.
func testServer(t *testing.T, mod func(*Config)) (*Server, string, *syncBuffer) {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	dir := t.TempDir()
	cfg := Config{
		Addr: "127.0.0.1:0", HostKey: filepath.Join(dir, "hostkey"), MaxSessions: 50, Grace: 2 * time.Second,
		Idle: time.Minute, Rulebook: rb, Theme: "charm", Logger: log.New(logs),
	}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve(l) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = s.Shutdown(ctx)
		<-done
	})
	return s, l.Addr().String(), logs
}

type syncBuffer struct {
	mu sync.Mutex
	bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.Buffer.Write(p)
}

// String is what was logged so far, read under the lock the writers take.
func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.Buffer.String()
}

func dial(t *testing.T, addr string, auth ...gossh.AuthMethod) *gossh.Client {
	t.Helper()
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "tablet", Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// screen is a session's output, safe to read while it is written.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor waits until the output contains text.
func (s *screen) waitFor(t *testing.T, text string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.String(), text) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tail := s.String()
	if len(tail) > 2000 {
		tail = tail[len(tail)-2000:]
	}
	t.Fatalf("%q never showed; last output:\n%q", text, tail)
}

// quizSession opens a session with an 80×24 256-colour pty and a shell.
func quizSession(t *testing.T, c *gossh.Client) (*gossh.Session, io.WriteCloser, *screen) {
	t.Helper()
	return termSession(t, c, "xterm-256color", 80, 24)
}

// termSession opens a session with a pty of the given TERM and size, and a
// shell.
func termSession(t *testing.T, c *gossh.Client, term string, width, height int) (*gossh.Session, io.WriteCloser, *screen) {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty(term, height, width, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &screen{}
	sess.Stdout, sess.Stderr = out, out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return sess, in, out
}

func TestQuizOverSSHMatchesRecommend(t *testing.T) {
	_, addr, logs := testServer(t, nil)
	c := dial(t, addr)
	sess, in, out := quizSession(t, c)
	out.waitFor(t, "10 to 12 questions")
	if !strings.Contains(out.String(), "\x1b[38;5;") {
		t.Fatal("a 256-colour client got no colours")
	}
	write(t, in, "\r")
	// busy, no dress code, daily (moving parts: a follow-up, which makes
	// 11 questions), nickel, pregnant (a tick, then enter), adult, back,
	// never, subtle, avoid needles
	for i, key := range []string{"2", "1", "3", "1", "2", "2", "2", "1", "1", "1", "2"} {
		total := 10
		if i >= 3 {
			total = 11
		}
		out.waitFor(t, fmt.Sprintf("Question %d of %d", i+1, total))
		write(t, in, key)
		if i == 5 { // health takes any number of ticks, then enter
			out.waitFor(t, "done") // the help: enter is done, no longer "none of these"
			write(t, in, "\r")
		}
	}
	out.waitFor(t, "Your recommendation")
	rb, _ := rules.Default()
	want, err := rb.Recommend(map[string]string{"lifestyle": "busy", "dress_code": "none", "machinery": "daily", "machine_kind": "moving-parts", "allergy": "nickel", "health": "pregnant", "age": "18-plus", "sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid"})
	if err != nil {
		t.Fatal(err)
	}
	out.waitFor(t, "Before anything else")
	out.waitFor(t, want.Ranking[0].Name)
	write(t, in, "q")
	if err := sess.Wait(); err != nil {
		t.Fatalf("session ended with %v", err)
	}
	if !strings.Contains(out.String(), "Your answers") {
		t.Fatal("the report was not printed after the quiz")
	}
	for _, secret := range []string{"nickel", "busy", "pregnant", want.Pick} {
		if strings.Contains(logs.String(), secret) {
			t.Fatalf("the log contains an answer or the pick (%q):\n%s", secret, logs.String())
		}
	}
}

func write(t *testing.T, w io.Writer, s string) {
	t.Helper()
	if _, err := io.WriteString(w, s); err != nil {
		t.Fatal(err)
	}
}

func TestOnlyTheQuiz(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	c := dial(t, addr)

	// Each refusal on a connection of its own: a connection holds only
	// Limits.ChannelsPerConn sessions at once, and the server may not yet
	// have seen a closed one go.
	sess, _ := c.NewSession()
	if err := sess.Run("ls /"); err == nil {
		t.Fatal("an exec request ran")
	}
	sess, _ = dial(t, addr).NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Fatal("the sftp subsystem was accepted")
	}
	sess, _ = dial(t, addr).NewSession()
	var out bytes.Buffer
	sess.Stdout = &out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	err := sess.Wait()
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 || !strings.Contains(out.String(), "ssh -t") {
		t.Fatalf("a shell without a pty: err %v, output %q", err, out.String())
	}
	if _, err := c.Dial("tcp", "127.0.0.1:22"); err == nil {
		t.Fatal("port forwarding was allowed")
	}
	if _, _, err := c.SendRequest("tcpip-forward", true, gossh.Marshal(struct {
		Addr string
		Port uint32
	}{"127.0.0.1", 0})); err == nil {
		ok, _, _ := c.SendRequest("tcpip-forward", true, gossh.Marshal(struct {
			Addr string
			Port uint32
		}{"127.0.0.1", 0}))
		if ok {
			t.Fatal("remote port forwarding was allowed")
		}
	}
	sess, _ = c.NewSession()
	_ = sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
	if ok, err := sess.SendRequest("auth-agent-req@openssh.com", true, nil); err != nil {
		t.Fatal(err)
	} else if ok {
		out := &screen{}
		sess.Stdout = out
		_ = sess.Shell()
		_ = sess.Wait()
		if !strings.Contains(out.String(), "Agent forwarding is not accepted") {
			t.Fatalf("agent forwarding was not refused: %q", out.String())
		}
	}
}

func TestAuthorizedKeys(t *testing.T) {
	_, staffKey := newKey(t)
	strangerSigner, _ := newKey(t)
	staffSigner, staffPub := newKey(t)
	_ = staffKey
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(staffPub), 0o600); err != nil {
		t.Fatal(err)
	}
	_, addr, _ := testServer(t, func(c *Config) { c.AuthorizedKeys = keys })
	if _, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "x", Auth: []gossh.AuthMethod{gossh.PublicKeys(strangerSigner)}, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second}); err == nil {
		t.Fatal("an unknown key was let in")
	}
	c := dial(t, addr, gossh.PublicKeys(staffSigner))
	_, _, out := quizSession(t, c)
	out.waitFor(t, "10 to 12 questions")
}

func TestMaxSessions(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) { c.MaxSessions = 2 })
	c1, c2, c3 := dial(t, addr), dial(t, addr), dial(t, addr)
	_, _, o1 := quizSession(t, c1)
	s2, _, o2 := quizSession(t, c2)
	o1.waitFor(t, "10 to 12 questions")
	o2.waitFor(t, "10 to 12 questions")
	s3, _, o3 := quizSession(t, c3)
	o3.waitFor(t, SeatsBusy)
	_ = s3.Wait()
	// A dropped connection frees its seat at once.
	s2.Close()
	c2.Close()
	// Each try waits for the welcome or the refusal, whichever comes, so a
	// slow first frame is not taken for a refusal.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		c4 := dial(t, addr)
		s4, _, o4 := quizSession(t, c4)
		for wait := time.Now().Add(5 * time.Second); time.Now().Before(wait); time.Sleep(10 * time.Millisecond) {
			if got := o4.String(); strings.Contains(got, "10 to 12 questions") {
				return
			} else if strings.Contains(got, SeatsBusy) {
				break
			}
		}
		s4.Close()
		c4.Close()
	}
	t.Fatal("the dropped session's seat was not freed")
}

func TestShutdownWithOpenSessions(t *testing.T) {
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	store, err := consult.Open(t.TempDir(), rb.Bank())
	if err != nil {
		t.Fatal(err)
	}
	s, addr, _ := testServer(t, func(c *Config) { c.Kiosk = true; c.Store = store; c.Grace = 500 * time.Millisecond })
	sess, _, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
	done := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		done <- s.Shutdown(ctx)
	}()
	out.waitFor(t, "closing")
	if err := <-done; err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	waited := make(chan struct{})
	go func() { _ = sess.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-time.After(5 * time.Second):
		t.Fatal("the kiosk session was not ended by the shutdown")
	}
	if _, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "x", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: time.Second}); err == nil {
		t.Fatal("still accepting after shutdown")
	}
}

func TestHostKeyMadeOnceAndPrivate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys", "host")
	_, _, _ = testServer(t, func(c *Config) { c.HostKey = path })
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode %v, want 0600", info.Mode().Perm())
	}
	first, _ := os.ReadFile(path)
	_, _, _ = testServer(t, func(c *Config) { c.HostKey = path })
	again, _ := os.ReadFile(path)
	if !bytes.Equal(first, again) {
		t.Fatal("the host key changed on the second start")
	}
}
