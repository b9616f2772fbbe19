package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/rules"
)

// The first question is worded as the rulebook in use words it: a studio
// that rewords its questions sees its wording in the quiz.
func TestFirstQuestionUsesTheRulebooksWording(t *testing.T) {
	src := string(rules.DefaultSource())
	for _, r := range []struct{ old, new string }{
		{"title: What are your days usually like?\n", "title: What does a normal week look like?\n"},
		{"why: Some pieces need weeks of aftercare; others you can forget about.\n", "why: Aftercare takes time some weeks do not have.\n"},
		{"label: Relaxed\n", "label: Unhurried\n"},
	} {
		if strings.Count(src, r.old) != 1 {
			t.Fatalf("the rulebook does not have %q once: update this test", r.old)
		}
		src = strings.Replace(src, r.old, r.new, 1)
	}
	rb, err := rules.Load("reworded.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	first := func(rb *rules.Rulebook) string {
		m := New(rb, plainStyles(t), Config{})
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		press(m, "enter")
		return m.View()
	}
	before, after := first(defaultRulebook(t)), first(rb)
	for _, w := range []string{"What are your days usually like?", "Relaxed"} {
		if !strings.Contains(before, w) {
			t.Fatalf("with the built-in rulebook the first question lacks %q:\n%s", w, before)
		}
	}
	for _, w := range []string{"What does a normal week look like?", "Aftercare takes time some weeks do not have.", "Unhurried"} {
		if !strings.Contains(after, w) {
			t.Errorf("with the reworded rulebook the first question lacks %q:\n%s", w, after)
		}
	}
	for _, w := range []string{"What are your days usually like?", "Relaxed"} {
		if strings.Contains(after, w) {
			t.Errorf("with the reworded rulebook the first question still shows %q:\n%s", w, after)
		}
	}
}
