package report

// LipglossPlain is PlainStyles drawn through lipgloss and ansi.Wrap, as
// every report was before plain styles skipped them: what the plain path
// must match byte for byte.
func LipglossPlain(spoken bool) Styles {
	st := PlainStyles()
	st.wrapped, st.Spoken = nil, spoken
	return st
}

// AppendWrapped is appendWrapped, for the tests.
var AppendWrapped = appendWrapped
