package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// pinScreen is an overlay, the staff's way out of a kiosk: a masked PIN.
// Wrong PINs are counted by the process's PINLock, not here, so a new
// prompt brings no new tries.
type pinScreen struct {
	input textinput.Model
	msg   string
	width int
}

// newPINScreen is the prompt, or nil (nothing opens) when the kiosk has
// no PIN: a kiosk served over SSH may have none, and clients just leave.
func newPINScreen(s *shared) screen {
	if s.cfg.StaffPIN == "" {
		return nil
	}
	in := newTextField(s.st, s.tr.T("pin.prompt"), "", 64)
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	return &pinScreen{input: in}
}

func (p *pinScreen) name() string                      { return "pin" }
func (p *pinScreen) typing() bool                      { return true }
func (p *pinScreen) header(s *shared) (string, string) { return s.tr.T("pin.title"), "" }
func (p *pinScreen) layout(_ *shared, width, _ int)    { p.width = width }

func (p *pinScreen) keys(s *shared) screenKeys {
	return screenKeys{primary: []key.Binding{with(s.keys.Choose, s.tr.T("pin.close"))}, back: s.tr.T("pin.back")}
}

func (p *pinScreen) buttons(s *shared) []button {
	return []button{{with(s.keys.Back, s.tr.T("pin.back"))}}
}

func (p *pinScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
		return move{}, nil
	case key.Matches(k, s.keys.Back):
		return move{to: closeOverlay}, nil
	case k.Type == tea.KeyEnter:
		return p.check(s), nil
	case s.cfg.PINLock.LockedFor() > 0:
		return move{}, nil
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return move{}, cmd
}

// check ends the kiosk on the right PIN; the lock counts wrong ones.
func (p *pinScreen) check(s *shared) move {
	entered := p.input.Value()
	p.input.SetValue("")
	lock := s.cfg.PINLock
	ok, err := lock.Check(entered, s.cfg.StaffPIN, s.cfg.RemoteAddr)
	switch {
	case err != nil:
		p.msg = "" // locked meanwhile, maybe from another session
	case ok:
		return move{to: toExit, exit: exitStaff}
	case lock.Wrong() > 0:
		p.msg = s.tr.F("pin.wrong", "Wrong", lock.Wrong(), "Tries", lock.Tries())
	default:
		p.msg = "" // that one closed the lock
	}
	return move{}
}

func (p *pinScreen) taps(*shared) []area { return nil }

func (p *pinScreen) body(s *shared) string {
	st, w := s.st, p.width
	return fieldForm(st, w, s.tr.T("pin.heading"), s.cfg.PINLock.LockedFor(),
		func(wait time.Duration) string { return s.tr.F("pin.locked", "Wait", wait) },
		s.tr.T("pin.enter"), p.input, p.msg)
}
