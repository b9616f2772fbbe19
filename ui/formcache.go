package ui

import (
	"strings"
	"sync"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// FormCache shares the first drawing of each question between quizzes.
// Every customer is asked the same questions, and a question's screen
// before any key is pressed depends only on the question, the answer the
// cursor starts on, the space it has and how the terminal draws it; so it
// is drawn once for all sessions that look alike rather than once per
// customer. A quiz builds its own huh form only when a key needs one (an
// arrow, enter); a number or a tap answers without it.
//
// A FormCache is safe for concurrent use and holds at most a bounded number
// of screens, so clients that keep resizing cannot grow it without end.
type FormCache struct {
	mu      sync.Mutex
	screens map[formKey]formScreen
	max     int
}

// NewFormCache returns an empty cache holding up to max screens (a screen
// is a few kilobytes); max below 1 means 1024.
func NewFormCache(max int) *FormCache {
	if max < 1 {
		max = 1024
	}
	return &FormCache{screens: map[formKey]formScreen{}, max: max}
}

// formKey is everything a question's first drawing depends on.
type formKey struct {
	styles        string // theme and terminal (see Styles.id)
	question      string // the question's text (see fingerprint)
	selected      int    // the option the cursor starts on
	width, height int
}

// formScreen is a question's first drawing and the level of detail it was
// built at.
type formScreen struct {
	view   string
	detail int
}

// get returns the screen for k, if drawn already.
func (c *FormCache) get(k formKey) (formScreen, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.screens[k]
	return s, ok
}

// put keeps s for k; when full it starts again empty, which costs each
// screen in use one more drawing.
func (c *FormCache) put(k formKey, s formScreen) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.screens) >= c.max {
		clear(c.screens)
	}
	c.screens[k] = s
}

// fingerprint is all of q's text that its form shows, so two questions with
// the same fingerprint draw alike (the types list carries scores, and a
// rulebook can word a question its own way).
func fingerprint(q quiz.Question) string {
	var b strings.Builder
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
