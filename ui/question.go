package ui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// purpose is what a question screen is for, which decides where its
// answer goes.
type purpose int

const (
	// askQuiz is a question of the quiz, in order.
	askQuiz purpose = iota
	// askChange changes one answer from the results.
	askChange
	// askWhatIf tries another answer from a type page without keeping it.
	askWhatIf
)

// questionScreen asks one question of the bank: in the quiz, or again to
// change an answer or try a what-if (then on the change's draft).
type questionScreen struct {
	step    int
	purpose purpose
	chg     *change
	f       field
	laid    bool
	// note is the header's "Question n of total", said once for noteOf
	// (the screen is built again when the language changes).
	note   string
	noteOf [2]int
}

// pickMsg is a tap on option i.
type pickMsg struct{ i int }

func newQuestionScreen(s *shared, step int, p purpose, chg *change) *questionScreen {
	return &questionScreen{step: max(step, 0), purpose: p, chg: chg}
}

func (q *questionScreen) name() string { return "question" }
func (q *questionScreen) tabBack()     {}

func (q *questionScreen) question(s *shared) quiz.Question { return s.bank[q.step] }

// current is the answers the question starts from and writes to.
func (q *questionScreen) current(s *shared) quiz.Answers {
	if q.chg != nil {
		return q.chg.draft
	}
	return s.answers
}

func (q *questionScreen) header(s *shared) (string, string) {
	w := contentWidth(s.width)
	switch q.purpose {
	case askChange:
		return s.tr.T("question.changing"), s.progressBar(1, 1, w)
	case askWhatIf:
		return s.tr.T("question.what_if"), ""
	}
	n, total := progress(s.bank, s.answers, q.step)
	if q.note == "" || q.noteOf != [2]int{n, total} {
		q.note, q.noteOf = s.tr.F("question.progress", "N", n, "Total", total), [2]int{n, total}
	}
	return q.note, s.progressBar(n-1, total, w)
}

// layout builds the question's form for the space it has, with the cursor
// on the answer given so far (or, laid out again, where it was).
func (q *questionScreen) layout(s *shared, width, height int) {
	qu := q.question(s)
	value, ok := q.current(s)[qu.ID]
	if q.laid {
		value, ok = q.f.answer(), true
	}
	if !ok && qu.Many() {
		value = "" // nothing ticked yet
	}
	q.f = newField(qu, value, s.st, s.formKeys, s.tr, width, height, s.drawn)
	q.laid = true
}

func (q *questionScreen) body(*shared) string { return q.f.View() }

func (q *questionScreen) taps(s *shared) []area {
	return optionAreas(q.f.optionRows(), contentWidth(s.width))
}

func (q *questionScreen) keys(s *shared) screenKeys {
	qu := q.question(s)
	k, tr := s.keys, s.tr
	sk := screenKeys{move: tr.T("keys.move"), back: tr.T("keys.back")}
	if !qu.Many() {
		sk.primary = []key.Binding{k.Choose, numbered(k.Number, len(qu.Options))}
		return sk
	}
	done := with(k.Choose, tr.T("keys.done"))
	if !q.f.anyTicked() {
		done = with(k.Choose, tr.T("keys.none"))
	}
	sk.primary = []key.Binding{k.Tick, numbered(with(k.Number, tr.T("keys.tick")), len(qu.Options)), done}
	return sk
}

func (q *questionScreen) buttons(s *shared) []button {
	return []button{{s.keys.Back}}
}

func (q *questionScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	switch msg := msg.(type) {
	case pickMsg:
		return q.choose(s, msg.i)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, s.keys.Back), msg.Type == tea.KeyShiftTab:
			return q.back(s), nil
		case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
			return q.choose(s, int(msg.Runes[0]-'1'))
		}
	}
	var cmd tea.Cmd
	q.f, cmd = q.f.Update(msg)
	if q.f.done() {
		return q.commit(s, q.f.answer()), cmd
	}
	return move{}, cmd
}

// choose answers with option i, as a number key or a tap does; on a many
// question it ticks or unticks the option instead.
func (q *questionScreen) choose(s *shared, i int) (move, tea.Cmd) {
	qu := q.question(s)
	if i < 0 || i >= len(qu.Options) {
		return move{}, nil
	}
	if qu.Many() {
		var cmd tea.Cmd
		q.f, cmd = q.f.toggle(i)
		return move{}, cmd
	}
	return q.commit(s, qu.Options[i].Value), nil
}

// back leaves the question, keeping every answer as it was: in the quiz
// to the question asked before (the welcome before the first); from a
// change to the results, from a what-if to the type page, dropping the
// whole change.
func (q *questionScreen) back(s *shared) move {
	switch q.purpose {
	case askChange:
		return move{to: toResults}
	case askWhatIf:
		return move{to: toType, typeID: q.chg.typeID}
	}
	if prev := prevAsked(s.bank, q.step, s.answers); prev >= 0 {
		return move{to: toQuestion, step: prev, purpose: askQuiz}
	}
	return move{to: toWelcome}
}

// commit acts on the answer: keeps it and moves on to the next question
// asked, or the results; in a change, asks the follow-ups the change
// brings in and then shows the results or the what-if.
func (q *questionScreen) commit(s *shared, value string) move {
	id := q.question(s).ID
	if q.chg == nil {
		a := s.answers.Clone()
		a[id] = value
		a = quiz.Prune(s.bank, a)
		if next := nextAsked(s.bank, q.step, a); next >= 0 {
			return move{to: toQuestion, step: next, purpose: askQuiz, answers: a}
		}
		if nq, ok := quiz.Next(s.bank, a); ok {
			return move{to: toQuestion, step: stepOf(s.bank, nq.ID), purpose: askQuiz, answers: a}
		}
		return move{to: toResults, answers: a, changed: s.rec != nil}
	}
	c := *q.chg
	c.draft = q.chg.draft.Clone()
	c.draft[id] = value
	c.draft = quiz.Prune(s.bank, c.draft)
	c.asked = append(slices.Clip(c.asked), id)
	if next := followUp(s.bank, &c, q.step); next >= 0 {
		return move{to: toQuestion, step: next, purpose: q.purpose, chg: &c}
	}
	if q.purpose == askWhatIf {
		return move{to: toWhatIf, step: c.first, typeID: c.typeID, answers: c.draft}
	}
	return move{to: toResults, answers: c.draft, changed: true}
}

// startChange is the move that asks bank[step] again to change its answer
// (from the results) or try another (from type page typeID); none if the
// customer was not asked it.
func startChange(s *shared, step int, p purpose, typeID string) move {
	if step < 0 || step >= len(s.bank) || s.rec == nil {
		return move{}
	}
	if _, ok := s.answers[s.bank[step].ID]; !ok {
		return move{}
	}
	c := &change{draft: s.answers.Clone(), first: step, typeID: typeID}
	return move{to: toQuestion, step: step, purpose: p, chg: c}
}

// followUp is the question a change asks next: a follow-up of a question
// answered in this change that applies now, or else any question asked
// but not answered; -1 when the change is complete.
func followUp(bank []quiz.Question, c *change, step int) int {
	for i := step + 1; i < len(bank); i++ {
		q := bank[i]
		if q.AskIf != nil && slices.Contains(c.asked, q.AskIf.Question) && q.Asked(c.draft) {
			return i
		}
	}
	if q, ok := quiz.Next(bank, c.draft); ok {
		return stepOf(bank, q.ID)
	}
	return -1
}

// nextAsked is the position of the first question after step that is
// asked given a, answered or not, or -1.
func nextAsked(bank []quiz.Question, step int, a quiz.Answers) int {
	for i := step + 1; i < len(bank); i++ {
		if bank[i].Asked(a) {
			return i
		}
	}
	return -1
}

// prevAsked is the position of the last question before step that is
// asked given a, or -1.
func prevAsked(bank []quiz.Question, step int, a quiz.Answers) int {
	for i := step - 1; i >= 0; i-- {
		if bank[i].Asked(a) {
			return i
		}
	}
	return -1
}

// stepOf is the position in bank of question id, or -1.
func stepOf(bank []quiz.Question, id string) int {
	for i, q := range bank {
		if q.ID == id {
			return i
		}
	}
	return -1
}

// progress is where question step comes among the questions this person
// is asked given their answers so far (1-based), and how many those are: a
// follow-up counts once the answer it follows makes it apply.
func progress(bank []quiz.Question, a quiz.Answers, step int) (int, int) {
	asked := quiz.Asked(bank, a)
	for i, q := range asked {
		if q.ID == bank[step].ID {
			return i + 1, len(asked)
		}
	}
	// Not asked as things stand: count it where it falls.
	n := len(quiz.Asked(bank[:step], a)) + 1
	return n, n + len(quiz.Asked(bank[step+1:], a))
}

// questionCount says how many questions the quiz asks: "10 to 12
// questions" when follow-ups make the number depend on the answers.
func questionCount(tr *locale.Printer, bank []quiz.Question) string {
	least := len(topLevel(bank))
	if least == len(bank) {
		return tr.N("welcome.questions", least)
	}
	return tr.F("welcome.questions_range", "Least", least, "Most", len(bank))
}
