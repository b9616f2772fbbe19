package ui

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"sync"
	"time"
)

// ErrPINLocked means a PIN was not even compared: too many wrong ones
// were entered and the lock has not opened again yet.
var ErrPINLocked = errors.New("staff PIN locked after too many wrong tries")

// MaxPINLock caps how long the lock backs off to.
const MaxPINLock = 30 * time.Minute

// ForgetPINs is how long without a wrong PIN makes the lock forget the
// wrong ones before.
const ForgetPINs = 24 * time.Hour

// PINFailure is what the PIN lock logs of a wrong PIN: never the PIN, nor
// anything about it such as its length.
type PINFailure struct {
	// Failed counts the wrong PINs since the last right one, in every
	// session sharing the lock.
	Failed int
	// LockedUntil is when the lock opens again, if this PIN closed it;
	// zero otherwise.
	LockedUntil time.Time
	// Remote is where the PIN was typed (an SSH client's address), if the
	// caller said.
	Remote string
}

// PINLockOptions configure a PINLock; the zero value gives the defaults.
type PINLockOptions struct {
	// Tries is how many wrong PINs close the lock; default MaxPINTries.
	Tries int
	// LockFor is how long the first lock lasts; each further lock without
	// a right PIN in between lasts twice as long as the one before, up to
	// MaxLock. Default LockFor.
	LockFor time.Duration
	// MaxLock caps the back-off; default MaxPINLock.
	MaxLock time.Duration
	// Forget is how long without a wrong PIN forgets the wrong ones and
	// the back-off, so a mistyped PIN on Monday does not lengthen Friday's
	// lock; default ForgetPINs.
	Forget time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Log, if set, is told of every wrong PIN. It is called without the
	// lock held.
	Log func(PINFailure)
}

// PINLock counts wrong staff PINs for a whole process: every session of
// an SSH server, or the local kiosk, shares one, so neither a wiped
// screen nor a new connection brings fresh tries. It is safe for
// concurrent use.
type PINLock struct {
	opts PINLockOptions

	mu sync.Mutex
	// wrong counts wrong PINs towards the next lock; failed since the last
	// right PIN; locks the locks since the last right PIN.
	wrong, failed, locks int
	until                time.Time
	// lastWrong is when the last wrong PIN was counted.
	lastWrong time.Time
}

// NewPINLock returns an open lock.
func NewPINLock(o PINLockOptions) *PINLock {
	if o.Tries <= 0 {
		o.Tries = MaxPINTries
	}
	if o.LockFor <= 0 {
		o.LockFor = LockFor
	}
	if o.MaxLock <= 0 {
		o.MaxLock = MaxPINLock
	}
	o.MaxLock = max(o.MaxLock, o.LockFor)
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Forget <= 0 {
		o.Forget = ForgetPINs
	}
	return &PINLock{opts: o}
}

// Check reports whether got is the PIN want, counting a wrong one for
// remote (which may be empty). While the lock is closed it compares
// nothing and returns ErrPINLocked. A right PIN opens the lock and forgets
// every wrong one.
func (l *PINLock) Check(got, want, remote string) (bool, error) {
	l.mu.Lock()
	now := l.opts.Now()
	if now.Before(l.until) {
		l.mu.Unlock()
		return false, ErrPINLocked
	}
	if pinMatches(got, want) {
		l.wrong, l.failed, l.locks, l.until = 0, 0, 0, time.Time{}
		l.mu.Unlock()
		return true, nil
	}
	l.miss(now, remote) // unlocks l
	return false, nil
}

// Miss counts a wrong try that is not a PIN (a mistyped answer code) for
// remote, as a wrong PIN counts; it returns ErrPINLocked, counting
// nothing, while the lock is closed.
func (l *PINLock) Miss(remote string) error {
	l.mu.Lock()
	now := l.opts.Now()
	if now.Before(l.until) {
		l.mu.Unlock()
		return ErrPINLocked
	}
	l.miss(now, remote)
	return nil
}

// miss counts a wrong try made at now, closing the lock after Tries of
// them, and logs it. It is called with l.mu held and unlocks it.
func (l *PINLock) miss(now time.Time, remote string) {
	if !l.lastWrong.IsZero() && now.Sub(l.lastWrong) >= l.opts.Forget {
		l.wrong, l.failed, l.locks = 0, 0, 0
	}
	l.lastWrong = now
	l.wrong++
	l.failed++
	f := PINFailure{Failed: l.failed, Remote: remote}
	if l.wrong >= l.opts.Tries {
		l.wrong = 0
		l.until = now.Add(l.lockLength())
		l.locks++
		f.LockedUntil = l.until
	}
	l.mu.Unlock()
	if l.opts.Log != nil {
		l.opts.Log(f)
	}
}

// lockLength is how long the next lock lasts: LockFor doubled for each
// lock before it since the last right PIN, capped at MaxLock.
func (l *PINLock) lockLength() time.Duration {
	d := l.opts.LockFor
	for i := 0; i < l.locks && d < l.opts.MaxLock; i++ {
		d *= 2
	}
	return min(d, l.opts.MaxLock)
}

// LockedFor is how long the lock stays closed from now; zero when open.
func (l *PINLock) LockedFor() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return max(l.until.Sub(l.opts.Now()), 0)
}

// Wrong is how many wrong PINs count towards the next lock.
func (l *PINLock) Wrong() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.wrong
}

// Tries is how many wrong PINs close the lock.
func (l *PINLock) Tries() int { return l.opts.Tries }

// pinMatches compares in constant time; hashing first hides the length.
func pinMatches(got, want string) bool {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return want != "" && subtle.ConstantTimeCompare(g[:], w[:]) == 1
}
