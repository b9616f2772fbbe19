package serve

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/muesli/termenv"
)

// renderer is the session's own lipgloss renderer, its colour profile taken
// from the client's TERM (and NO_COLOR, when the client sends it).
//
// wish's MakeRenderer also asks the client for its background colour, and
// waits without end for a client that never answers (seen with a plain
// x/crypto/ssh client: the quiz never appeared). So the background is
// assumed dark instead of asked; the adaptive colours read on both.
func renderer(sess ssh.Session) *lipgloss.Renderer {
	pty, _, ok := sess.Pty()
	if !ok || pty.Term == "" || pty.Term == "dumb" {
		return lipgloss.NewRenderer(sess, termenv.WithProfile(termenv.Ascii))
	}
	env := environ(append(sess.Environ(), "TERM="+pty.Term))
	var out io.Writer = sess
	if pty.Slave != nil {
		out = pty.Slave
	}
	r := lipgloss.NewRenderer(out, termenv.WithEnvironment(env), termenv.WithUnsafe(), termenv.WithColorCache(true))
	r.SetHasDarkBackground(true)
	return r
}

// environ is a client's environment, for termenv.
type environ []string

// Environ returns every variable.
func (e environ) Environ() []string { return e }

// Getenv returns the last value of k.
func (e environ) Getenv(k string) string {
	v := ""
	for _, kv := range e {
		if strings.HasPrefix(kv, k+"=") {
			v = kv[len(k)+1:]
		}
	}
	return v
}
