package serve

import (
	"errors"
	"fmt"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"
)

// HostKeyFingerprint returns the SHA256 fingerprint of the host key at
// path, as `ssh-keygen -lf` prints it ("SHA256:" and unpadded base64),
// making the key first if there is none, as the server does on its first
// start: the fingerprint can then be handed to the tablets before the
// server ever runs.
func HostKeyFingerprint(path string) (string, error) {
	if err := ensureHostKeyDir(path); err != nil {
		return "", err
	}
	srv := &ssh.Server{}
	if err := srv.SetOption(wish.WithHostKeyPath(path)); err != nil {
		return "", fmt.Errorf("host key %s: %w", path, err)
	}
	return fingerprint(srv)
}

// fingerprint is the SHA256 fingerprint of srv's first host key.
func fingerprint(srv *ssh.Server) (string, error) {
	if len(srv.HostSigners) == 0 {
		return "", errors.New("serve: no host key")
	}
	return gossh.FingerprintSHA256(srv.HostSigners[0].PublicKey()), nil
}
