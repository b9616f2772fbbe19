package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// typeScreen shows one type: for a customer with results, why it scored
// what it did, with the number of each question beside its line, and the
// answers numbered to try another (a what-if); then its catalog page. It
// scrolls.
type typeScreen struct {
	typeID string
	sc     scroller
}

func (p *typeScreen) name() string              { return "type" }
func (p *typeScreen) position(s *shared) string { return p.sc.position(s.tr) }

func (p *typeScreen) header(s *shared) (string, string) {
	if t, ok := s.rb.Type(p.typeID); ok {
		return t.Name, ""
	}
	return "", ""
}

func (p *typeScreen) body(*shared) string { return p.sc.View() }
func (p *typeScreen) taps(*shared) []area { return p.sc.taps() }

func (p *typeScreen) layout(s *shared, width, height int) {
	st := s.st
	t, ok := s.rb.Type(p.typeID)
	if !ok {
		p.sc.set(st.Warning.Render(s.tr.T("type.unknown")), nil, width, height)
		return
	}
	page := report.TypePage(t, s.rb, s.report(), width)
	if s.rec == nil {
		p.sc.set(page, nil, width, height)
		return
	}
	var b strings.Builder
	var areas []area
	for _, r := range s.rec.Ranking {
		if r.Type != p.typeID {
			continue
		}
		keyOf := func(q string) string {
			if step := stepOf(s.bank, q); step >= 0 && s.bank[step].AskIf != nil {
				return "↳" // a follow-up: changed with the question it follows
			}
			return changeKey(s.bank, stepOf(s.bank, q))
		}
		b.WriteString(report.Trace(r, s.rb, s.report(), width, keyOf) + "\n\n")
		b.WriteString(st.Heading.Render(s.tr.T("results.answers")) + "\n")
		b.WriteString(st.Dim.Render(wrapText(s.tr.F("type.what_if_hint", "Keys", changeRange(s.bank)), width)) + "\n")
		top := strings.Count(b.String(), "\n")
		list, rows := answerList(s.tr, s.rec.Answers, s.bank, st, width, true)
		b.WriteString(list + "\n\n")
		for _, a := range rows {
			areas = append(areas, rowArea(top+a.line, a.lines, width, changeMsg{a.step}))
		}
	}
	b.WriteString(page)
	p.sc.set(b.String(), areas, width, height)
}

func (p *typeScreen) keys(s *shared) screenKeys {
	sk := screenKeys{move: s.tr.T("keys.scroll"), page: true, back: s.tr.T("keys.back")}
	if s.rec != nil {
		sk.primary = []key.Binding{changing(s.keys.WhatIf, s.bank)}
	}
	return sk
}

func (p *typeScreen) buttons(s *shared) []button {
	return []button{{s.keys.Back}}
}

func (p *typeScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	switch msg := msg.(type) {
	case changeMsg:
		return startChange(s, msg.step, askWhatIf, p.typeID), nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, s.keys.Back):
			return move{to: toExplore, typeID: p.typeID}, nil
		case s.rec != nil && key.Matches(msg, changing(s.keys.WhatIf, s.bank)):
			return startChange(s, changeStep(s.bank, msg.String()), askWhatIf, p.typeID), nil
		}
	}
	var cmd tea.Cmd
	p.sc, cmd = p.sc.Update(msg)
	return move{}, cmd
}
