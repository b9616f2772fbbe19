package events

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// Kind is what happened.
type Kind string

// The kinds of event.
const (
	// Started: a client was asked the quiz's first question.
	Started Kind = "started"
	// Answered: a client answered question Q of the quiz.
	Answered Kind = "answered"
	// Finished: a client's results showed for the first time, with the
	// type picked, how sure the pick is, and the seconds since Started.
	Finished Kind = "finished"
	// Saved: a client saved their consultation.
	Saved Kind = "saved"
	// Abandoned: a client went before any results, at question Q.
	Abandoned Kind = "abandoned"
	// Resumed: a client opened their results from an answer code.
	Resumed Kind = "resumed"
)

// Kinds lists every kind of event.
var Kinds = []Kind{Started, Answered, Finished, Saved, Abandoned, Resumed}

// Confidences lists the confidence levels a Finished event may give, as
// the rules name them.
var Confidences = []string{"none", "weak", "close", "clear"}

// Event is one line of the log. Which fields it has depends on its kind:
// Question for Answered and Abandoned; Pick ("" when every type was ruled
// out), Confidence and Secs for Finished.
type Event struct {
	// Time is when it happened, in unix seconds.
	Time int64 `json:"t"`
	// Session groups one client's events; see NewSession.
	Session string `json:"s"`
	// Kind is what happened.
	Kind Kind `json:"e"`
	// Question is a question's id.
	Question string `json:"q,omitempty"`
	// Pick is the id of the type recommended.
	Pick string `json:"pick,omitempty"`
	// Confidence is how sure the recommendation is.
	Confidence string `json:"confidence,omitempty"`
	// Secs is how long the client took from Started to Finished.
	Secs int64 `json:"secs,omitempty"`
}

// MaxLine is the longest line the log holds, newline included: far below
// PIPE_BUF, so that one write is one line whoever else is writing.
const MaxLine = 512

// maxID is the longest question or type id a line may name.
const maxID = 64

// ErrEvent marks an event that cannot be logged as it is.
var ErrEvent = errors.New("not a valid event")

// Check reports whether e has exactly the fields its kind has, each well
// formed.
func (e Event) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrEvent, fmt.Sprintf(format, args...))
	}
	switch {
	case e.Time <= 0:
		return bad("time %d", e.Time)
	case !isSession(e.Session):
		return bad("session id %q", e.Session)
	case !slices.Contains(Kinds, e.Kind):
		return bad("kind %q", e.Kind)
	}
	asks := e.Kind == Answered || e.Kind == Abandoned
	switch {
	case asks != (e.Question != ""), asks && !isID(e.Question):
		return bad("%s with question %q", e.Kind, e.Question)
	case e.Kind != Finished && (e.Pick != "" || e.Confidence != "" || e.Secs != 0):
		return bad("%s with a pick, confidence or time", e.Kind)
	case e.Kind != Finished:
		return nil
	case e.Pick != "" && !isID(e.Pick):
		return bad("pick %q", e.Pick)
	case !slices.Contains(Confidences, e.Confidence), (e.Pick == "") != (e.Confidence == "none"):
		return bad("pick %q with confidence %q", e.Pick, e.Confidence)
	case e.Secs < 0:
		return bad("secs %d", e.Secs)
	}
	return nil
}

// Line is e as a line of the log, newline included: only the fields of
// its kind, a Finished event's pick, confidence and secs always.
func (e Event) Line() ([]byte, error) {
	if err := e.Check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 128)
	b = append(b, `{"t":`...)
	b = strconv.AppendInt(b, e.Time, 10)
	b = append(b, `,"s":"`...)
	b = append(b, e.Session...)
	b = append(b, `","e":"`...)
	b = append(b, e.Kind...)
	b = append(b, '"')
	// Every string left was checked to hold only letters, digits, - and
	// _: none needs escaping.
	switch e.Kind {
	case Answered, Abandoned:
		b = append(append(append(b, `,"q":"`...), e.Question...), '"')
	case Finished:
		b = append(append(append(b, `,"pick":"`...), e.Pick...), '"')
		b = append(append(append(b, `,"confidence":"`...), e.Confidence...), '"')
		b = strconv.AppendInt(append(b, `,"secs":`...), e.Secs, 10)
	}
	return append(b, "}\n"...), nil
}

// Parse reads one line of the log (without its newline): only the fields
// of its kind, each well formed, or an error.
func Parse(line []byte) (Event, error) {
	var w struct {
		Event
		// Secs is here to tell a Finished event's 0 from none.
		Secs *int64 `json:"secs"`
	}
	d := json.NewDecoder(bytes.NewReader(line))
	d.DisallowUnknownFields()
	if err := d.Decode(&w); err != nil {
		return Event{}, fmt.Errorf("%w: %w", ErrEvent, err)
	}
	if len(bytes.TrimSpace(line[d.InputOffset():])) > 0 {
		return Event{}, fmt.Errorf("%w: more after the object", ErrEvent)
	}
	e := w.Event
	switch {
	case w.Secs != nil && e.Kind != Finished:
		return Event{}, fmt.Errorf("%w: %s with secs", ErrEvent, e.Kind)
	case w.Secs != nil:
		e.Secs = *w.Secs
	case e.Kind == Finished:
		return Event{}, fmt.Errorf("%w: finished without secs", ErrEvent)
	}
	if err := e.Check(); err != nil {
		return Event{}, err
	}
	return e, nil
}

// isSession reports whether s is a session id: 16 lowercase hex digits.
func isSession(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// isID reports whether s can be a question or type id: letters, digits, -
// and _, at most maxID of them.
func isID(s string) bool {
	if s == "" || len(s) > maxID {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
