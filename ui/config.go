package ui

import (
	"time"

	"github.com/jewelquiz/jewelquiz/quiz/consult"
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
	// Save keeps a consultation; nil hides "Save for my consultation".
	Save func(consult.Record) (consult.Record, error)
	// Drawings shares drawn parts of screens between quizzes run at once
	// (an SSH server's sessions); nil gives the quiz its own.
	Drawings *Drawings
}

// Kiosk timing that is not configurable.
const (
	// CountdownFor is how long "Still there?" shows before the wipe.
	CountdownFor = 15 * time.Second
	// LockFor is how long the staff prompt stays locked after MaxPINTries
	// wrong PINs.
	LockFor     = 60 * time.Second
	MaxPINTries = 3
	// tickEvery is how often a kiosk checks the time.
	tickEvery = time.Second
)
