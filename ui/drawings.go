package ui

import (
	"strings"
	"sync"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// Drawings shares drawn parts of the screens between quizzes. Every
// customer is asked the same questions under the same headers and help, so
// each is drawn once for all the sessions whose terminals draw alike
// rather than once per customer and per key:
//
//   - a question's screen before any key moves its cursor, which depends
//     only on the question, the answer the cursor starts on, the space it
//     has and the terminal's colours. A quiz builds its own huh form only
//     when a key needs one (an arrow, enter); a number or a tap answers
//     without it.
//   - the header's line and progress bar, and the buttons and help under a
//     screen, each keyed by everything it is drawn from.
//
// Drawings is safe for concurrent use and holds a bounded number of
// drawings, so clients that keep resizing cannot grow it without end.
type Drawings struct {
	mu    sync.Mutex
	drawn map[drawKey]drawing
	max   int
}

// NewDrawings returns an empty cache holding up to max drawings (each a
// few kilobytes at most); max below 1 means 2048.
func NewDrawings(max int) *Drawings {
	if max < 1 {
		max = 2048
	}
	return &Drawings{drawn: map[drawKey]drawing{}, max: max}
}

// drawKey is everything a drawing depends on.
type drawKey struct {
	styles string // theme and terminal (see Styles.id)
	// lang is the language the quiz speaks: sessions in different
	// languages share no drawing, whatever their text.
	lang locale.Lang
	// what is drawn: a question's fingerprint, or a part's kind and text
	what          string
	selected      int // the option a question's cursor starts on
	width, height int
}

// drawing is a drawn part; for a question, with the level of detail its
// form was built at.
type drawing struct {
	view   string
	detail int
}

// get returns the drawing for k, if drawn already.
func (d *Drawings) get(k drawKey) (drawing, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	v, ok := d.drawn[k]
	return v, ok
}

// put keeps v for k; when full it starts again empty, which costs each
// drawing in use one more drawing.
func (d *Drawings) put(k drawKey, v drawing) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.drawn) >= d.max {
		clear(d.drawn)
	}
	d.drawn[k] = v
}

// part returns the drawing of what, width wide in styles st and language
// lang, drawing it with draw the first time. what must name everything
// draw's result depends on besides st, lang and width.
func (d *Drawings) part(st *Styles, lang locale.Lang, what string, width int, draw func() string) string {
	if st.id == "" {
		return draw()
	}
	k := drawKey{styles: st.id, lang: lang, what: what, width: width}
	if v, ok := d.get(k); ok {
		return v.view
	}
	v := draw()
	d.put(k, drawing{view: v})
	return v
}

// fingerprint is all of q's text that its form shows, so two questions with
// the same fingerprint draw alike (the types list carries scores, and a
// rulebook can word a question its own way).
func fingerprint(q quiz.Question) string {
	var b strings.Builder
	b.WriteString("question\x00")
	b.WriteString(q.Title)
	b.WriteByte(0)
	b.WriteString(q.Why)
	for _, o := range q.Options {
		b.WriteByte(0)
		b.WriteString(o.Label)
		b.WriteByte(1)
		b.WriteString(o.Description)
		b.WriteByte(1)
		b.WriteString(o.Value)
	}
	return b.String()
}
