package ui

// action is something a person can do on a screen, by key or by tapping
// its button; keys and taps both end up in Model.do.
type action int

const (
	actNone action = iota
	actStart
	actExplore
	actBack
	actSave
	actRestart
	actNextClient
	actQuit
	actKeep
	actDiscard
	actConsent
	actRetry
	actDone
	actStillHere
)

// button is a tappable action drawn as "[ Label ]" under a screen.
type button struct {
	label string
	act   action
}

// buttons lists the current screen's buttons.
func (m *Model) buttons() []button {
	switch m.screen {
	case screenWelcome:
		return []button{{"Start", actStart}, {"Explore the types", actExplore}}
	case screenQuestion:
		if m.q.purpose == askQuiz && m.q.step == 0 {
			return nil
		}
		return []button{{"← Back", actBack}}
	case screenResults:
		bs := []button{}
		if m.cfg.Save != nil {
			bs = append(bs, button{"Save for my consultation", actSave})
		}
		bs = append(bs, button{"Explore", actExplore}, button{"Start over", actRestart})
		if m.cfg.Kiosk {
			return append(bs, button{"Done — next client", actNextClient})
		}
		return append(bs, button{"Quit", actQuit})
	case screenType:
		return []button{{"← Back", actBack}}
	case screenWhatIf:
		return []button{{"Keep this answer", actKeep}, {"Keep my answers", actDiscard}}
	case screenConsent:
		return []button{{"Save", actConsent}, {"Don't save", actBack}}
	case screenSaved:
		if m.cfg.Kiosk {
			return []button{{"Back to my results", actDone}, {"Done — next client", actNextClient}}
		}
		return []button{{"Back to my results", actDone}}
	case screenSaveFailed:
		return []button{{"Try again", actRetry}, {"Back to my results", actDone}}
	}
	return nil
}
