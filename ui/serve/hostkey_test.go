package serve

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
	gossh "golang.org/x/crypto/ssh"
)

// keyFingerprint computes the fingerprint of the private key at path
// independently of the code under test.
func keyFingerprint(t *testing.T, path string) string {
	t.Helper()
	pem, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		t.Fatal(err)
	}
	return gossh.FingerprintSHA256(signer.PublicKey())
}

// The fingerprint is made once with the key and is what ssh-keygen -lf
// prints for it.
func TestHostKeyFingerprint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "hostkey")
	fp, err := HostKeyFingerprint(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := keyFingerprint(t, path); fp != want {
		t.Fatalf("fingerprint %q, want %q", fp, want)
	}
	if !strings.HasPrefix(fp, "SHA256:") || strings.HasSuffix(fp, "=") {
		t.Errorf("fingerprint %q is not in ssh-keygen's form (SHA256:, unpadded base64)", fp)
	}
	again, err := HostKeyFingerprint(path)
	if err != nil || again != fp {
		t.Fatalf("second call: %q, %v; want the same key's %q", again, err, fp)
	}
	if keygen, err := exec.LookPath("ssh-keygen"); err == nil {
		out, err := exec.Command(keygen, "-lf", path).Output()
		if err != nil {
			t.Fatalf("ssh-keygen -lf: %v", err)
		}
		if f := strings.Fields(string(out)); len(f) < 2 || f[1] != fp {
			t.Fatalf("ssh-keygen -lf says %q; we say %q", out, fp)
		}
	}
}

// The server logs its host key's fingerprint when it starts, the one
// clients are shown.
func TestServeLogsFingerprint(t *testing.T) {
	var hostKeyFile string
	_, addr, logs := testServer(t, func(c *Config) { hostKeyFile = c.HostKey })
	var seen string
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "tablet",
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			seen = gossh.FingerprintSHA256(key)
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if want := keyFingerprint(t, hostKeyFile); seen != want {
		t.Fatalf("the client saw %q, the key file is %q", seen, want)
	}
	if !strings.Contains(logs.String(), "host_key="+seen) {
		t.Fatalf("the start log does not give the fingerprint %s:\n%s", seen, logs)
	}
}

// `ssh host recommend`, with a terminal or not, is refused with a line on
// stderr saying how to connect to the quiz.
func TestExecRefusalSaysHow(t *testing.T) {
	_, addr, _ := testServer(t, nil)
	_, port, _ := net.SplitHostPort(addr)
	for _, pty := range []bool{false, true} {
		sess, err := dial(t, addr).NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if pty {
			if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
				t.Fatal(err)
			}
		}
		var stdout, stderr screen
		sess.Stdout, sess.Stderr = &stdout, &stderr
		var exit *gossh.ExitError
		if err := sess.Run("recommend"); !errors.As(err, &exit) || exit.ExitStatus() != 1 {
			t.Fatalf("pty %v: Run = %v, want exit status 1", pty, err)
		}
		// Run has returned, so everything sent has been copied.
		if want := "jewelquiz serves only the quiz: connect with ssh -t 127.0.0.1 -p " + port; !strings.Contains(stderr.String(), want) {
			t.Fatalf("pty %v: stderr %q, want %q", pty, stderr.String(), want)
		}
		if stdout.String() != "" {
			t.Errorf("pty %v: the refusal wrote to stdout: %q", pty, stdout.String())
		}
	}
}

// An address in use is a *ListenError that names it, not a mistake in
// the configuration.
func TestRunAddressInUse(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	addr := taken.Addr().String()
	err = Run(context.Background(), Config{Addr: addr, HostKey: filepath.Join(t.TempDir(), "hostkey"), MaxSessions: 1, Rulebook: rb})
	var le *ListenError
	if !errors.As(err, &le) {
		t.Fatalf("Run = %v (%T), want a *ListenError", err, err)
	}
	var ce *ConfigError
	if errors.As(err, &ce) {
		t.Errorf("an address in use is reported as a configuration mistake")
	}
	if msg := err.Error(); !strings.Contains(msg, "cannot listen on "+addr) || strings.Count(msg, addr) != 1 {
		t.Errorf("message %q should name %s once", msg, addr)
	}
}
