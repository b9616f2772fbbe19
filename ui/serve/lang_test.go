package serve

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/ui/locale"
	gossh "golang.org/x/crypto/ssh"
)

// TestSessionLang checks which language each client environment gets, on
// a server whose own language is def.
func TestSessionLang(t *testing.T) {
	for _, c := range []struct {
		env  []string
		def  locale.Lang
		want locale.Lang
	}{
		{nil, "", ""},
		{nil, locale.Spanish, locale.Spanish},
		{[]string{"TERM=xterm"}, locale.Spanish, locale.Spanish},
		{[]string{"LANG=es_ES.UTF-8"}, "", locale.Spanish},
		{[]string{"LANG=es_MX.UTF-8"}, locale.English, locale.Spanish},
		{[]string{"LANG=en_US.UTF-8"}, locale.Spanish, locale.English},
		{[]string{"LANG=es_ES.UTF-8", "LC_ALL=en_GB.UTF-8"}, "", locale.English},
		{[]string{"LANG=en_GB.UTF-8", "LC_MESSAGES=es_AR.UTF-8"}, "", locale.Spanish},
		{[]string{"LANG=fr_FR.UTF-8"}, locale.Spanish, locale.English},
		{[]string{"LANG=C.UTF-8"}, locale.Spanish, locale.Spanish},
		{[]string{"LC_ALL=POSIX", "LANG=en_US.UTF-8"}, locale.Spanish, locale.Spanish},
		{[]string{"LANG="}, locale.Spanish, locale.Spanish},
	} {
		if got := sessionLang(c.env, c.def); got != c.want {
			t.Errorf("env %q on a %q server: %q, want %q", c.env, c.def, got, c.want)
		}
	}
}

// TestClientLocaleOverSSH connects as OpenSSH does with SendEnv or
// `-o SetEnv=LANG=...`: the client's LANG, sent as an env request before the
// shell, chooses the quiz's language, and a client that sends none gets
// the server's.
func TestClientLocaleOverSSH(t *testing.T) {
	s, addr, _ := testServer(t, func(c *Config) { c.Lang = locale.English })
	for _, c := range []struct {
		lang string
		want locale.Lang
	}{
		{"es_ES.UTF-8", locale.Spanish},
		{"en_US.UTF-8", locale.English},
		{"", locale.English},
	} {
		sess, err := dial(t, addr).NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if c.lang != "" {
			if err := sess.Setenv("LANG", c.lang); err != nil {
				t.Fatalf("LANG=%s: env request: %v", c.lang, err)
			}
		}
		out := &screen{}
		sess.Stdout = out
		// Kept open: a client whose input ends has left, and its quiz ends.
		stdin, err := sess.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		// The welcome's switch names the other language, in its own words.
		out.waitFor(t, c.want.Other().Name())
		if got := quizLang(t, s); got != c.want {
			t.Errorf("LANG=%q: the quiz speaks %q, want %q", c.lang, got, c.want)
		}
		stdin.Close()
		sess.Close()
		waitNoSessions(t, s)
	}
}

// quizLang is the language of the server's one running quiz, once it runs.
func quizLang(t *testing.T, s *Server) locale.Lang {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		s.mu.Lock()
		for _, q := range s.sessions {
			s.mu.Unlock()
			return q.model.Lang()
		}
		s.mu.Unlock()
	}
	t.Fatal("no quiz started")
	return ""
}

// waitNoSessions waits until the server runs no quiz.
func waitNoSessions(t *testing.T, s *Server) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); s.OpenSessions() > 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the quiz did not end with its session")
		}
	}
}

// The report printed into the client's scrollback when the quiz ends is
// in the language the client read the quiz in: the answers and the code's
// warning as well as the recommendation.
func TestReportAfterQuizSpeaksSessionLanguage(t *testing.T) {
	_, addr, _ := testServer(t, func(c *Config) { c.Lang = locale.Spanish })
	sess, in, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "De 10 a 12 preguntas")
	write(t, in, "\r")
	// relaxed, no dress code, never, no allergy, none of these, adult,
	// back, never, subtle, fine with needles (health: enter with nothing
	// ticked is none of these)
	for i, key := range []string{"3", "1", "1", "1", "\r", "2", "1", "1", "1", "1"} {
		out.waitFor(t, fmt.Sprintf("Pregunta %d de 10", i+1))
		write(t, in, key)
	}
	out.waitFor(t, "Tu recomendación")
	write(t, in, "q")
	if err := sess.Wait(); err != nil {
		t.Fatalf("session ended with %v", err)
	}
	got := out.String()
	for _, want := range []string{"Tus respuestas", "Tu código de respuestas:", "Tus días"} {
		if !strings.Contains(got, want) {
			t.Errorf("the printed report lacks %q", want)
		}
	}
	for _, english := range []string{"Your answers", "Your answer code", "Your days"} {
		if strings.Contains(got, english) {
			t.Errorf("the Spanish report says %q", english)
		}
	}
}
