package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// outcome is what one session measured.
type outcome struct {
	keys []time.Duration // keystroke→frame, one per key
	// first is the first key's (enter at the welcome, pressed by every
	// session at the same moment), results the key that shows the results.
	first, results time.Duration
	connect        time.Duration // dial→welcome
	quit           time.Duration // q→session closed; 0 in a kiosk
	err            error
}

// player takes one quiz over one SSH connection.
type player struct {
	ctx     context.Context
	o       Options
	answers string // a key per question asked (see answersFor)
	// welcome is on the welcome screen: the most questions there can be
	// ("12 questions", of "10 to 12 questions").
	welcome string
	in      io.Writer
	scr     *screen
	keys    []time.Duration
	results time.Duration // the latency of the key that showed the results
}

// runSession dials, takes the quiz with session i's answers, stopping at
// each barrier on the way, and leaves.
func runSession(ctx context.Context, i int, addr string, o Options, answers, welcome string, bars []*barrier) (out outcome) {
	defer func() {
		for _, b := range bars { // the ones not reached
			b.leave()
		}
	}()
	start := time.Now()
	client, err := dial(ctx, addr, sourceAddr(i, o.Sources), fmt.Sprintf("load%d", i))
	if err != nil {
		return outcome{err: err}
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		return outcome{err: fmt.Errorf("new session: %w", err)}
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		return outcome{err: fmt.Errorf("pty: %w", err)}
	}
	in, err := sess.StdinPipe()
	if err != nil {
		return outcome{err: fmt.Errorf("stdin: %w", err)}
	}
	p := &player{ctx: ctx, o: o, answers: answers, welcome: welcome, in: in, scr: newScreen()}
	sess.Stdout, sess.Stderr = p.scr, p.scr
	shown := p.scr.expect(p.welcome)
	if err := sess.Shell(); err != nil {
		return outcome{err: fmt.Errorf("shell: %w", err)}
	}
	go func() { p.scr.end(sess.Wait()) }()
	at, err := p.scr.wait(ctx, shown)
	if err != nil {
		return outcome{err: fmt.Errorf("waiting for the welcome: %w", err)}
	}
	out.connect = at.Sub(start)
	out.quit, out.err = p.play(func() error {
		b := bars[0]
		bars = bars[1:]
		return b.arrive(ctx)
	})
	if o.Kiosk && out.err == nil {
		sess.Close() // a kiosk never lets the customer end it: hang up
	}
	out.keys = p.keys
	if out.err == nil {
		out.first, out.results = p.keys[0], p.results
	}
	return out
}

// play answers the quiz from the welcome to the end, calling next at the
// welcome and at the results.
func (p *player) play(next func() error) (time.Duration, error) {
	if err := next(); err != nil {
		return 0, fmt.Errorf("at the welcome: %w", err)
	}
	if err := p.press("\r", "Question 1 of "); err != nil {
		return 0, err
	}
	for k, digit := range p.answers {
		// How many questions there are depends on the answers so far.
		want := fmt.Sprintf("Question %d of ", k+2)
		if k == len(p.answers)-1 {
			want = "Your recommendation"
		}
		if err := p.answer(digit, want); err != nil {
			return 0, err
		}
	}
	p.results = p.keys[len(p.keys)-1]
	if err := next(); err != nil {
		return 0, fmt.Errorf("at the results: %w", err)
	}
	if p.o.Kiosk {
		if err := p.press("f", "Finish without saving?"); err != nil {
			return 0, err
		}
		return 0, p.press("y", p.welcome)
	}
	return p.quit()
}

// answer picks option digit (1 is the first) and waits for want: with a
// number key, or with down arrows to the option, each awaiting the frame
// that moves the cursor, and enter. A letter answers a many question (see
// answersFor): it ticks an option the same way, with space for enter, then
// enter answers.
func (p *player) answer(digit rune, want string) error {
	if digit >= 'a' {
		if digit > 'a' {
			if err := p.tick(int(digit - 'a')); err != nil {
				return err
			}
		}
		return p.press("\r", want)
	}
	if !p.o.Arrows {
		return p.press(string(digit), want)
	}
	for range digit - '1' {
		if err := p.press("\x1b[B", ""); err != nil {
			return err
		}
	}
	return p.press("\r", want)
}

// tick ticks option n (1 is the first) of a many question, waiting for
// the frame that shows it ticked.
func (p *player) tick(n int) error {
	if !p.o.Arrows {
		return p.press(fmt.Sprint(n), "")
	}
	for range n - 1 {
		if err := p.press("\x1b[B", ""); err != nil {
			return err
		}
	}
	return p.press(" ", "")
}

// press pauses for the think time, types key and waits for the first
// output that contains want ("": any output).
func (p *player) press(key, want string) error {
	if err := sleep(p.ctx, jitter(p.o.Think)); err != nil {
		return fmt.Errorf("before %q: %w", key, err)
	}
	hit := p.scr.expect(want)
	start := time.Now()
	if _, err := io.WriteString(p.in, key); err != nil {
		return fmt.Errorf("pressing %q: %w", key, err)
	}
	at, err := p.scr.wait(p.ctx, hit)
	if err != nil {
		return fmt.Errorf("after %q, waiting for %q: %w", key, want, err)
	}
	p.keys = append(p.keys, at.Sub(start))
	return nil
}

// quit presses q and waits for the server to print the report and close
// the session.
func (p *player) quit() (time.Duration, error) {
	if err := sleep(p.ctx, jitter(p.o.Think)); err != nil {
		return 0, fmt.Errorf("before q: %w", err)
	}
	report := p.scr.expect("Your answers")
	start := time.Now()
	if _, err := io.WriteString(p.in, "q"); err != nil {
		return 0, fmt.Errorf("pressing q: %w", err)
	}
	select {
	case <-p.scr.done:
	case <-p.ctx.Done():
		return 0, fmt.Errorf("after q, waiting for the session to close: %w", p.ctx.Err())
	}
	took := time.Since(start)
	if p.scr.err != nil {
		return 0, fmt.Errorf("after q, the session ended with %w", p.scr.err)
	}
	select {
	case <-report:
	default:
		return 0, errors.New("after q, the report was not printed")
	}
	return took, nil
}
