package serve

import (
	"strings"
	"testing"
	"time"
)

// TestPINLockOutlivesTheConnection: three wrong PINs on one connection
// lock the staff prompt of the next connection too, and the log has each
// wrong PIN, where it came from, and never the PIN.
func TestPINLockOutlivesTheConnection(t *testing.T) {
	const pin, wrong = "5151", "8642097"
	_, addr, logs := testServer(t, func(c *Config) { c.Kiosk = true; c.StaffPIN = pin })

	first, in, out := quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
	write(t, in, "\x18") // ctrl+x
	out.waitFor(t, "Staff only")
	for _, after := range []string{"Wrong PIN (1 of 3", "Wrong PIN (2 of 3", "Too many wrong PINs"} {
		write(t, in, wrong)
		write(t, in, "\r")
		out.waitFor(t, after)
	}
	first.Close()

	_, in, out = quizSession(t, dial(t, addr))
	out.waitFor(t, "10 to 12 questions")
	write(t, in, "\x18")
	out.waitFor(t, "Too many wrong PINs")
	// The right PIN is refused while locked: the kiosk is still there to
	// go back to its welcome screen afterwards.
	write(t, in, pin)
	write(t, in, "\r")
	mark := len(out.String())
	write(t, in, "\x1b") // esc
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out.String()[mark:], "Find the permanent jewelry"); {
		if time.Now().After(deadline) {
			t.Fatalf("the kiosk did not go back to its welcome after the right PIN was refused:\n%q", out.String()[mark:])
		}
		time.Sleep(10 * time.Millisecond)
	}

	log := logs.String()
	if n := strings.Count(log, "wrong staff PIN"); n != 3 {
		t.Fatalf("%d wrong PINs logged, want 3:\n%s", n, log)
	}
	if strings.Contains(log, wrong) || strings.Contains(log, pin) || !strings.Contains(log, "locked-until") || !strings.Contains(log, "127.0.0.1:") {
		t.Fatalf("the log has a PIN, or not the lock or the client's address:\n%s", log)
	}
}
