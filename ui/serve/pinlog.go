package serve

import (
	"github.com/charmbracelet/log"
	"github.com/jewelquiz/jewelquiz/ui"
)

// logPINFailure logs each wrong staff PIN, from any session, with where it
// came from and whether it locked the prompt; never the PIN.
func logPINFailure(l *log.Logger) func(ui.PINFailure) {
	return func(f ui.PINFailure) {
		kv := []any{"failed", f.Failed, "remote-addr", f.Remote}
		if !f.LockedUntil.IsZero() {
			kv = append(kv, "locked-until", f.LockedUntil.Format("15:04:05"))
		}
		l.Warn("wrong staff PIN", kv...)
	}
}
