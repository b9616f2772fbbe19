package ui

import (
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
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

func newCodeEntryScreen(st *Styles) *codeEntryScreen {
	return &codeEntryScreen{input: newTextField(st, "Code: ", "ABCD-EFGH", 24)}
}

func (c *codeEntryScreen) name() string                    { return "code-entry" }
func (c *codeEntryScreen) typing() bool                    { return true }
func (c *codeEntryScreen) header(*shared) (string, string) { return "I have a code", "" }
func (c *codeEntryScreen) layout(_ *shared, width, _ int)  { c.width = width }
func (c *codeEntryScreen) taps(*shared) []area             { return nil }
func (c *codeEntryScreen) buttons(s *shared) []button      { return []button{{with(s.keys.Back, "back")}} }

func (c *codeEntryScreen) keys(s *shared) screenKeys {
	return screenKeys{primary: []key.Binding{with(s.keys.Choose, "see my results")}, back: "back"}
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
		c.msg = "Type the code from your results, such as ABCD-EFGH."
		return move{}
	}
	if s.cfg.Kiosk && s.cfg.CodeLock.LockedFor() > 0 {
		return move{}
	}
	a, err := s.codec.Decode(typed)
	if err == nil {
		return move{to: toResults, answers: a}
	}
	c.msg = codeProblem(err, typed)
	if s.cfg.Kiosk {
		_ = s.cfg.CodeLock.Miss(s.cfg.RemoteAddr) // locked meanwhile: the screen says so
		if s.cfg.CodeLock.LockedFor() > 0 {
			c.input.SetValue("") // the next try starts afresh
		}
	}
	return move{}
}

// codeProblem says what is wrong with a code, in the customer's words.
func codeProblem(err error, typed string) string {
	switch {
	case errors.Is(err, answercode.ErrCheck):
		return "One character is off — check it again."
	case errors.Is(err, answercode.ErrQuestionSet):
		return "This code was made with a different set of questions (an older quiz, or another studio's), so it cannot be read here. Take the quiz again, or ask staff."
	case errors.Is(err, answercode.ErrShape) && len(strings.NewReplacer("-", "", " ", "").Replace(typed)) == 6:
		return "That looks like a consultation code: staff open those at the desk. An answer code has 8 characters, such as ABCD-EFGH."
	case errors.Is(err, answercode.ErrShape):
		return "That is not an answer code: " + strings.TrimPrefix(err.Error(), answercode.ErrShape.Error()+": ") + "."
	}
	return "This code does not hold a valid set of answers: check it again."
}

func (c *codeEntryScreen) body(s *shared) string {
	st, w := s.st, c.width
	var locked time.Duration
	if s.cfg.Kiosk {
		locked = s.cfg.CodeLock.LockedFor()
	}
	return fieldForm(st, w, "Type the answer code from your results", locked,
		"Too many codes that did not work. Try again in %s, or ask staff.",
		"It has 8 letters and digits, such as ABCD-EFGH; case, spaces and dashes do not matter. Your results show with the current advice, and you can change any answer.",
		c.input, c.msg)
}
