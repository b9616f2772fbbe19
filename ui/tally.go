package ui

import (
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/events"
	"github.com/jewelquiz/jewelquiz/rules"
)

// tally follows the client at the quiz for the shop's numbers
// (Config.Events): an anonymous session id that only groups their events,
// and how far they got. It never holds an answer.
type tally struct {
	// id is the session's, "" when none is open.
	id string
	// results is set once the results showed (or opened from a code): a
	// session with results is not abandoned.
	results, saved bool
	// at is the question they were last asked (see topOf).
	at string
	// startedAt is when the session's started event was logged.
	startedAt time.Time
	// ended logs the session's abandonment once, whether the quiz's
	// command or Hangup gets to it first; last is that command for the
	// session that ended last, for Hangup to finish.
	ended *atomic.Bool
	last  tea.Cmd
}

// count is what a move means for the shop's numbers, looked at once apply
// has followed it: from is the screen that was showing, before the answers
// kept and hadResults whether results had shown. It returns the command
// that logs the events, or nil.
func (m *Model) count(mv move, from screen, before quiz.Answers, hadResults bool) tea.Cmd {
	if m.cfg.Events == nil {
		return nil
	}
	var cmds []tea.Cmd
	q, fromQuiz := from.(*questionScreen)
	fromQuiz = fromQuiz && q.purpose == askQuiz && mv.answers != nil
	if fromQuiz {
		if qu := q.question(&m.shared); qu.AskIf == nil { // a follow-up counts as its question
			if _, again := before[qu.ID]; !again {
				cmds = append(cmds, m.emit(events.Event{Kind: events.Answered, Question: qu.ID}))
			}
		}
	}
	_, fromCode := from.(*codeEntryScreen)
	switch {
	case m.exit != running, mv.to == wipe, mv.to == restart:
		cmds = append(cmds, m.endSession())
	case mv.to == toResults && fromCode && mv.answers != nil:
		cmds = append(cmds, m.endSession(), m.resumed())
	case mv.to == toResults && m.tally.id != "" && !m.tally.results && !hadResults && m.rec != nil:
		m.tally.results = true
		cmds = append(cmds, m.finished(*m.rec))
	}
	if s, ok := m.screen.(*questionScreen); ok && s.purpose == askQuiz && m.overlay == nil && m.exit == running {
		if m.tally.id == "" {
			cmds = append(cmds, m.openSession(events.Started))
		}
		m.tally.at = topOf(m.bank, s.question(&m.shared).ID)
	}
	return tea.Sequence(cmds...)
}

// openSession opens a new session with its first event, started or
// resumed.
func (m *Model) openSession(k events.Kind) tea.Cmd {
	now := time.Now() // the time the session takes is counted from here
	m.tally = tally{id: events.NewSession(), ended: new(atomic.Bool), last: m.tally.last, startedAt: now}
	e, logFn := events.Event{Session: m.tally.id, Kind: k, Time: now.Unix()}, m.cfg.Events
	return func() tea.Msg {
		logFn(e)
		return nil
	}
}

// finished is the command that logs the session's first results: the type
// picked, how sure, and how long since it started.
func (m *Model) finished(rec rules.Recommendation) tea.Cmd {
	e := events.Event{Kind: events.Finished, Pick: rec.Pick, Confidence: string(rec.Confidence)}
	return m.emitAt(e, m.tally.startedAt)
}

// endSession closes the session open, if any: one that had no results is
// abandoned at the question it was at.
func (m *Model) endSession() tea.Cmd {
	t := m.tally
	m.tally = tally{last: t.last}
	if t.id == "" || t.results {
		return nil
	}
	e, ended, logFn := events.Event{Session: t.id, Kind: events.Abandoned, Question: t.at}, t.ended, m.cfg.Events
	cmd := func() tea.Msg {
		if ended.CompareAndSwap(false, true) {
			e.Time = time.Now().Unix()
			logFn(e)
		}
		return nil
	}
	m.tally.last = cmd
	return cmd
}

// emit is the command that logs e for the session open, if one is.
func (m *Model) emit(e events.Event) tea.Cmd { return m.emitAt(e, time.Time{}) }

// emitAt is emit, giving e the seconds since started unless that is zero.
func (m *Model) emitAt(e events.Event, started time.Time) tea.Cmd {
	if m.tally.id == "" || m.cfg.Events == nil {
		return nil
	}
	e.Session = m.tally.id
	logFn := m.cfg.Events
	return func() tea.Msg {
		now := time.Now()
		e.Time = now.Unix()
		if !started.IsZero() {
			e.Secs = max(int64(now.Sub(started)/time.Second), 0)
		}
		logFn(e)
		return nil
	}
}

// noteSaved is the command that logs the session's first save, once
// onSaved has kept it.
func (m *Model) noteSaved(msg savedMsg) tea.Cmd {
	if msg.err != nil || m.tally.saved || m.saved.Code == "" || m.saved.Code != msg.rec.Code {
		return nil
	}
	m.tally.saved = true
	return m.emit(events.Event{Kind: events.Saved})
}

// resumed opens a session for results opened from Config.Resume.
func (m *Model) resumed() tea.Cmd {
	if m.cfg.Events == nil || m.rec == nil || m.tally.id != "" {
		return nil
	}
	cmd := m.openSession(events.Resumed)
	m.tally.results = true
	return cmd
}

// Hangup is the command that logs, for the shop's numbers, a client the
// quiz did not see go: the program stopped (a dropped connection, a
// signal) before their results, or before the command that logs their
// going had run. Run it once the program has returned; it logs nothing
// twice, and is nil when there is nothing to log.
func (m *Model) Hangup() tea.Cmd {
	if m.cfg.Events == nil {
		return nil
	}
	m.endSession()
	return m.tally.last
}

// topOf is the question id names, or for a follow-up the question it
// follows: which follow-ups someone was asked would tell their answers.
func topOf(bank []quiz.Question, id string) string {
	for range len(bank) {
		q, ok := quiz.Find(bank, id)
		if !ok || q.AskIf == nil {
			return id
		}
		id = q.AskIf.Question
	}
	return id
}
