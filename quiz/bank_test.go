package quiz_test

import (
	"sync"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// defaultBank is the embedded rulebook's questions, which these tests decode
// answers against. A broken rulebook stops the tests at once.
var defaultBank = sync.OnceValue(func() []quiz.Question {
	rb, err := rules.Default()
	if err != nil {
		panic("the embedded rulebook does not load: " + err.Error())
	}
	return rb.Bank()
})
