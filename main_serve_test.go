package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// An address already in use is a failure of the machine, not of the
// command line: exit 1, naming the address. A mistake in the set-up is
// still exit 2.
func TestServeExitStatus(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	dir := t.TempDir()
	base := []string{"serve", "--host-key", filepath.Join(dir, "key"), "--data-dir", filepath.Join(dir, "data")}

	r := jewelquiz(t, "", append(base, "--addr", addr)...)
	if r.code != 1 || !strings.Contains(r.stderr, "cannot listen on "+addr) {
		t.Errorf("address in use: exit %d, stderr %q; want 1 naming %s", r.code, r.stderr, addr)
	}
	r = jewelquiz(t, "", append(base, "--addr", addr, "--authorized-keys", filepath.Join(dir, "missing.pub"))...)
	if r.code != 2 || !strings.Contains(r.stderr, "missing.pub") {
		t.Errorf("missing --authorized-keys file: exit %d, stderr %q; want 2 naming it", r.code, r.stderr)
	}
}

// --print-fingerprint makes the host key if there is none, prints its
// fingerprint as ssh-keygen -lf does, and prints the same one again.
func TestServePrintFingerprint(t *testing.T) {
	key := filepath.Join(t.TempDir(), "keys", "hostkey")
	r := jewelquiz(t, "", "serve", "--print-fingerprint", "--host-key", key)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	pem, err := os.ReadFile(key)
	if err != nil {
		t.Fatalf("no host key made: %v", err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		t.Fatal(err)
	}
	if want := gossh.FingerprintSHA256(signer.PublicKey()) + "\n"; r.stdout != want {
		t.Fatalf("printed %q, want %q", r.stdout, want)
	}
	if again := jewelquiz(t, "", "serve", "--print-fingerprint", "--host-key", key); again.stdout != r.stdout {
		t.Fatalf("second run printed %q, first %q", again.stdout, r.stdout)
	}
}
