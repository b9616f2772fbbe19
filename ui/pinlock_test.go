package ui

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Unix(1_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// failN enters n wrong PINs and fails unless each is counted as wrong.
func failN(t *testing.T, l *PINLock, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if ok, err := l.Check("0000", testPIN, ""); ok || err != nil {
			t.Fatalf("wrong PIN %d: ok %v, err %v", i+1, ok, err)
		}
	}
}

func TestPINLockBacksOff(t *testing.T) {
	clk := newFakeClock()
	l := NewPINLock(PINLockOptions{Now: clk.Now})
	var got []time.Duration
	for range 7 {
		failN(t, l, MaxPINTries)
		d := l.LockedFor()
		got = append(got, d)
		if ok, err := l.Check(testPIN, testPIN, ""); ok || !errors.Is(err, ErrPINLocked) {
			t.Fatalf("the right PIN while locked: ok %v, err %v", ok, err)
		}
		clk.Add(d - time.Second)
		if l.LockedFor() != time.Second {
			t.Fatalf("a second before the end: locked for %v", l.LockedFor())
		}
		clk.Add(time.Second)
		if l.LockedFor() != 0 {
			t.Fatalf("still locked after %v", d)
		}
	}
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 16 * time.Minute, 30 * time.Minute, 30 * time.Minute}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("locks lasted %v, want %v", got, want)
	}
}

func TestPINLockRightPINResets(t *testing.T) {
	clk := newFakeClock()
	l := NewPINLock(PINLockOptions{Now: clk.Now})
	for range 2 { // two locks: the next would last 4m
		failN(t, l, MaxPINTries)
		clk.Add(l.LockedFor())
	}
	failN(t, l, MaxPINTries-1)
	if ok, err := l.Check(testPIN, testPIN, ""); !ok || err != nil {
		t.Fatalf("the right PIN after the lock: ok %v, err %v", ok, err)
	}
	if l.Wrong() != 0 {
		t.Fatalf("%d wrong PINs still counted after the right one", l.Wrong())
	}
	failN(t, l, MaxPINTries)
	if d := l.LockedFor(); d != LockFor {
		t.Fatalf("the first lock after a right PIN lasts %v, want %v", d, LockFor)
	}
}

func TestPINLockLogsEachFailureNeverThePIN(t *testing.T) {
	const secret = "97531"
	clk := newFakeClock()
	var logged []PINFailure
	l := NewPINLock(PINLockOptions{Now: clk.Now, Log: func(f PINFailure) { logged = append(logged, f) }})
	for i := 0; i < MaxPINTries; i++ {
		l.Check(secret, testPIN, "192.0.2.7:5555")
	}
	l.Check(secret, testPIN, "192.0.2.7:5555") // refused: locked, not compared
	if len(logged) != MaxPINTries {
		t.Fatalf("%d log entries for %d wrong PINs: %+v", len(logged), MaxPINTries, logged)
	}
	for i, f := range logged {
		if f.Failed != i+1 || f.Remote != "192.0.2.7:5555" {
			t.Fatalf("entry %d: %+v", i, f)
		}
		if locked := !f.LockedUntil.IsZero(); locked != (i == MaxPINTries-1) {
			t.Fatalf("entry %d: locked until %v", i, f.LockedUntil)
		}
	}
	if text := fmt.Sprintf("%+v %#v", logged, logged); strings.Contains(text, secret) || strings.Contains(text, testPIN) {
		t.Fatalf("a PIN was logged: %s", text)
	}
}

// TestPINLockConcurrent is for -race: many sessions check at once, and
// every wrong PIN is counted exactly once.
func TestPINLockConcurrent(t *testing.T) {
	clk := newFakeClock()
	var mu sync.Mutex
	failed := 0
	l := NewPINLock(PINLockOptions{Now: clk.Now, Tries: 1_000_000, Log: func(PINFailure) { mu.Lock(); failed++; mu.Unlock() }})
	var wg sync.WaitGroup
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				l.Check("1", testPIN, "")
				_, _ = l.LockedFor(), l.Wrong()
			}
		}()
	}
	wg.Wait()
	if l.Wrong() != 3200 || failed != 3200 {
		t.Fatalf("counted %d wrong PINs, logged %d, want 3200", l.Wrong(), failed)
	}
}

// A day without a wrong PIN forgets the back-off: the next lock lasts
// LockFor again, while within the day it keeps growing.
func TestPINLockForgetsAfterADay(t *testing.T) {
	clk := newFakeClock()
	l := NewPINLock(PINLockOptions{Now: clk.Now})
	failN(t, l, MaxPINTries)
	clk.Add(l.LockedFor() + 23*time.Hour)
	failN(t, l, MaxPINTries)
	if d := l.LockedFor(); d != 2*LockFor {
		t.Fatalf("a second lock within a day lasts %v, want %v", d, 2*LockFor)
	}
	clk.Add(l.LockedFor() + ForgetPINs)
	failN(t, l, MaxPINTries)
	if d := l.LockedFor(); d != LockFor {
		t.Fatalf("a lock after a quiet day lasts %v, want %v", d, LockFor)
	}
}
