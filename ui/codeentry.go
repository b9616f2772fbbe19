package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// codeEntryScreen is "I have a code": the customer types the answer code
// they brought and sees its results, to change answers or save from there.
// A mistyped code says what is wrong and can be retyped; in kiosk mode
// mistyped codes are counted like wrong PINs and lock the screen for a
// while.
type codeEntryScreen struct {
	input textinput.Model
	msg   string
	width int
}

// newCodeEntryScreen is "I have a code"; its field's prompt is the
// language's, set at each layout.
func newCodeEntryScreen(st *Styles) *codeEntryScreen {
	return &codeEntryScreen{input: newTextField(st, "", "ABCD-EFGH", 24)}
}

func (c *codeEntryScreen) name() string                      { return "code-entry" }
func (c *codeEntryScreen) typing() bool                      { return true }
func (c *codeEntryScreen) header(s *shared) (string, string) { return s.tr.T("code.title"), "" }
func (c *codeEntryScreen) taps(*shared) []area               { return nil }

func (c *codeEntryScreen) layout(s *shared, width, _ int) {
	c.width = width
	c.input.Prompt = s.tr.T("code.prompt")
}

func (c *codeEntryScreen) buttons(s *shared) []button {
	return []button{{with(s.keys.Back, s.tr.T("code.back"))}}
}

func (c *codeEntryScreen) keys(s *shared) screenKeys {
	return screenKeys{primary: []key.Binding{with(s.keys.Choose, s.tr.T("code.see"))}, back: s.tr.T("code.back")}
}

func (c *codeEntryScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
		return move{}, nil
	case key.Matches(k, s.keys.Back):
		return move{to: toWelcome}, nil
	case k.Type == tea.KeyEnter:
		return c.open(s), nil
	case s.cfg.Kiosk && s.cfg.CodeLock.LockedFor() > 0:
		return move{}, nil
	}
	var cmd tea.Cmd
	c.input, cmd = c.input.Update(msg)
	return move{}, cmd
}

// open reads the code typed: its results, or what is wrong with it.
func (c *codeEntryScreen) open(s *shared) move {
	typed := strings.TrimSpace(c.input.Value())
	if typed == "" {
		c.msg = s.tr.T("code.empty")
		return move{}
	}
	if s.cfg.Kiosk && s.cfg.CodeLock.LockedFor() > 0 {
		return move{}
	}
	a, err := s.codec.Decode(typed)
	if err == nil {
		return move{to: toResults, answers: a}
	}
	c.msg = codeProblem(s.tr, s.codec, err, typed)
	if s.cfg.Kiosk {
		_ = s.cfg.CodeLock.Miss(s.cfg.RemoteAddr) // locked meanwhile: the screen says so
		if s.cfg.CodeLock.LockedFor() > 0 {
			c.input.SetValue("") // the next try starts afresh
		}
	}
	return move{}
}

// codeProblem says what is wrong with a code typed, in the customer's
// words and language.
func codeProblem(tr *locale.Printer, codec *answercode.Codec, err error, typed string) string {
	switch {
	case errors.Is(err, answercode.ErrCheck):
		return tr.T("code.check")
	case errors.Is(err, answercode.ErrQuestionSet):
		return tr.T("code.other-set")
	case !errors.Is(err, answercode.ErrShape):
		return tr.T("code.invalid")
	}
	// A character no code uses, quoted in the error, or the wrong length.
	why := strings.TrimPrefix(err.Error(), answercode.ErrShape.Error()+": ")
	if q, qerr := strconv.QuotedPrefix(why); qerr == nil {
		return tr.F("code.char", "Char", q)
	}
	n := 0
	for _, r := range typed {
		if r != '-' && !unicode.IsSpace(r) {
			n++
		}
	}
	if n == 6 {
		return tr.T("code.consultation")
	}
	return tr.F("code.length", "Want", codec.Len(), "Got", n)
}

func (c *codeEntryScreen) body(s *shared) string {
	st, w := s.st, c.width
	var locked time.Duration
	if s.cfg.Kiosk {
		locked = s.cfg.CodeLock.LockedFor()
	}
	return fieldForm(st, w, s.tr.T("code.heading"), locked,
		func(wait time.Duration) string { return s.tr.F("code.locked", "Wait", wait) },
		s.tr.T("code.about"), c.input, c.msg)
}
