package ui

import (
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/quiz/events"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// Config sets how the quiz behaves, beyond how it looks.
type Config struct {
	// Kiosk loops from one client to the next on a shop's tablet: nothing
	// quits but the staff PIN, and idle screens are wiped.
	Kiosk bool
	// Idle is how long a kiosk waits without input before asking "Still
	// there?"; the screen is wiped CountdownFor later.
	Idle time.Duration
	// StaffPIN ends a kiosk; required in kiosk mode.
	StaffPIN string
	// PINLock counts wrong staff PINs; share one between every quiz of a
	// process (an SSH server's sessions) so that no new quiz brings fresh
	// tries. Nil gives the quiz its own.
	PINLock *PINLock
	// RemoteAddr is where the quiz is used from (an SSH client's address),
	// for PINLock's log; empty on the local terminal.
	RemoteAddr string
	// Save keeps a consultation; nil hides "Save for my consultation".
	Save func(consult.Record) (consult.Record, error)
	// Retention is how long saved consultations are kept, as the consent
	// screen tells the client; zero means studio.DefaultRetention.
	Retention time.Duration
	// Drawings shares drawn parts of screens between quizzes run at once
	// (an SSH server's sessions); nil gives the quiz its own.
	Drawings *Drawings
	// Studio is the shop's name for the welcome and its booking link.
	Studio studio.Studio
	// Resume opens the quiz at the results for these answers (from an
	// answer code); nil starts at the welcome.
	Resume quiz.Answers
	// CodeLock counts mistyped answer codes in kiosk mode, as PINLock
	// counts PINs; share one between a server's sessions. Nil gives the
	// quiz its own (CodeTries tries, then locked as long as the PIN).
	CodeLock *PINLock
	// Events receives the shop's anonymous numbers (see package events):
	// called from the quiz's commands, never with an answer; nil logs
	// nothing. Share one between a server's sessions.
	Events func(events.Event)
	// Lang is the language the quiz starts in, and a kiosk goes back to
	// for each client; "" is English.
	Lang locale.Lang
}

// CodeTries is how many mistyped answer codes lock "I have a code" in
// kiosk mode.
const CodeTries = 5

// Kiosk timing that is not configurable.
const (
	// CountdownFor is how long "Still there?" shows before the wipe.
	CountdownFor = 15 * time.Second
	// LockFor is how long the staff prompt first stays locked after
	// MaxPINTries wrong PINs; PINLock backs off from there.
	LockFor = 60 * time.Second
	// MaxPINTries is how many wrong PINs lock the staff prompt.
	MaxPINTries = 3
	// tickEvery is how often a kiosk checks the time.
	tickEvery = time.Second
)
