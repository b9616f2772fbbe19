package answercode

import (
	"errors"
	"maps"
	"slices"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// changedSets are changes to the built-in questions that change what a
// code means, and how a code made before or after the change is refused:
// ErrQuestionSet when the codes keep their length (the fingerprint
// differs), ErrShape when the change needs more room and the codes grow a
// character (every change that adds answers to the built-in questions
// does: the codes have 12% to spare).
var changedSets = []struct {
	name   string
	change func(t testing.TB, bank []quiz.Question) []quiz.Question
	want   error
}{
	{"an option added to a one question", func(t testing.TB, b []quiz.Question) []quiz.Question {
		q := &b[index(t, b, "needles")]
		q.Options = append(q.Options, quiz.Option{Value: "unsure", Label: "Not sure"})
		return b
	}, ErrShape},
	{"an option added to the many question", func(t testing.TB, b []quiz.Question) []quiz.Question {
		q := &b[index(t, b, "health")]
		q.Options = append(q.Options, quiz.Option{Value: "asthma", Label: "Asthma"})
		return b
	}, ErrShape},
	{"a one question made many", func(t testing.TB, b []quiz.Question) []quiz.Question {
		b[index(t, b, "style")].Kind = quiz.KindMany
		return b
	}, ErrShape},
	{"an option removed", func(t testing.TB, b []quiz.Question) []quiz.Question {
		q := &b[index(t, b, "removal")]
		q.Options = q.Options[:len(q.Options)-1]
		return b
	}, ErrQuestionSet},
	{"a question removed", func(t testing.TB, b []quiz.Question) []quiz.Question {
		return slices.Delete(b, index(t, b, "needles"), index(t, b, "needles")+1)
	}, ErrQuestionSet},
	{"a follow-up removed", func(t testing.TB, b []quiz.Question) []quiz.Question {
		return slices.Delete(b, index(t, b, "sport"), index(t, b, "sport")+1)
	}, ErrQuestionSet},
	{"an ask_if asked for more answers", func(t testing.TB, b []quiz.Question) []quiz.Question {
		c := b[index(t, b, "sport")].AskIf
		c.AnyOf = append(c.AnyOf, "relaxed")
		return b
	}, ErrQuestionSet},
	{"an ask_if asked for fewer answers", func(t testing.TB, b []quiz.Question) []quiz.Question {
		b[index(t, b, "machine_kind")].AskIf.AnyOf = []string{"daily"}
		return b
	}, ErrQuestionSet},
	{"an option's value renamed", func(t testing.TB, b []quiz.Question) []quiz.Question {
		b[index(t, b, "allergy")].Options[1].Value = "nickel-allergy"
		return b
	}, ErrQuestionSet},
	{"two options swapped", func(t testing.TB, b []quiz.Question) []quiz.Question {
		o := b[index(t, b, "sleep")].Options
		o[0], o[1] = o[1], o[0]
		return b
	}, ErrQuestionSet},
	{"two questions swapped", func(t testing.TB, b []quiz.Question) []quiz.Question {
		i, j := index(t, b, "style"), index(t, b, "needles")
		b[i], b[j] = b[j], b[i]
		return b
	}, ErrQuestionSet},
	{"a question's id renamed", func(t testing.TB, b []quiz.Question) []quiz.Question {
		b[index(t, b, "age")].ID = "age_group"
		return b
	}, ErrQuestionSet},
}

// TestOtherQuestionSetRefused: a code made with other questions is never
// read as answers to these, whichever way round: codes of the changed
// questions read with the built-in ones, and codes of the built-in
// questions read with the changed ones, 300 of each per change.
func TestOtherQuestionSetRefused(t *testing.T) {
	c, bank := defaultCodec(t)
	ours := encodeAll(t, c, randomSets(bank, 300))
	before := c.print.String()
	for _, tc := range changedSets {
		t.Run(tc.name, func(t *testing.T) {
			changed := tc.change(t, cloneBank(bank))
			other := New(changed)
			if tc.want == ErrShape && other.Len() == c.Len() || tc.want != ErrShape && other.Len() != c.Len() {
				t.Fatalf("codes of %d characters, the built-in questions' have %d: want %v", other.Len(), c.Len(), tc.want)
			}
			theirs := encodeAll(t, other, randomSets(changed, 300))
			for _, dir := range []struct {
				codes []string
				with  *Codec
			}{{theirs, c}, {ours, other}} {
				for _, code := range dir.codes {
					if a, err := dir.with.Decode(code); !errors.Is(err, tc.want) {
						t.Fatalf("Decode(%q) = %v, %v; want %v", code, a, err, tc.want)
					}
				}
			}
		})
	}
	if c.print.String() != before || New(defaultBank(t)).print.String() != before {
		t.Fatal("changing a copy of the questions changed the built-in questions' fingerprint")
	}
}

// TestRewordedQuestionSetReads: the wording (titles, short names, why,
// labels and descriptions) is not part of a code, so a studio that rewords
// its questions still reads the codes it gave out.
func TestRewordedQuestionSetReads(t *testing.T) {
	bank := defaultBank(t)
	reworded := cloneBank(bank)
	for i := range reworded {
		q := &reworded[i]
		q.Title, q.Short, q.Why = "Reworded: "+q.Title, q.Short+"!", ""
		for j := range q.Options {
			q.Options[j].Label = "New " + q.Options[j].Label
			q.Options[j].Description = "changed"
		}
	}
	c, other := New(bank), New(reworded)
	sets := randomSets(bank, 500)
	ours, theirs := encodeAll(t, c, sets), encodeAll(t, other, sets)
	for i, a := range sets {
		if ours[i] != theirs[i] {
			t.Fatalf("%v: %s with the built-in wording, %s reworded", a, ours[i], theirs[i])
		}
		got, err := other.Decode(ours[i])
		if err != nil || !maps.Equal(got, a) {
			t.Fatalf("reworded Decode(%q) = %v, %v; want %v", ours[i], got, err, a)
		}
	}
	if bank[0].Title == reworded[0].Title || bank[0].Options[0].Label == reworded[0].Options[0].Label {
		t.Fatal("rewording a copy of the questions changed the built-in ones")
	}
}
