package answercode

import (
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// TestRoundTripEverySet encodes every valid answer set of the built-in
// rulebook (645,120 of them; every 97th under -short or the race detector)
// and decodes the code: the answers come back the same, and no two sets
// share a code.
func TestRoundTripEverySet(t *testing.T) {
	t.Parallel()
	c, bank := defaultCodec(t)
	every := 1
	if sampling() {
		every = 97
	}
	size := quiz.SpaceSize(bank)
	seen := make(map[string]int, size/every+1)
	i := 0
	for a := range quiz.Space(bank) {
		i++
		if (i-1)%every != 0 {
			continue
		}
		code, err := c.Encode(a)
		if err != nil {
			t.Fatalf("set %d (%v): %v", i, a, err)
		}
		if len(code) != c.Len()+1 || code[4] != '-' || !c.Looks(code) {
			t.Fatalf("set %d: code %q is not %d characters written ABCD-EFGH", i, code, c.Len())
		}
		got, err := c.Decode(code)
		if err != nil {
			t.Fatalf("set %d: Decode(%q): %v", i, code, err)
		}
		if !maps.Equal(got, a) {
			t.Fatalf("set %d: %q decodes to\n  %v\nwant\n  %v", i, code, got, a)
		}
		if j, ok := seen[code]; ok {
			t.Fatalf("sets %d and %d share the code %q", j, i, code)
		}
		seen[code] = i
	}
	if i != size || size != 645120 {
		t.Fatalf("walked %d sets of %d; the built-in rulebook has 645,120", i, size)
	}
	t.Logf("%d answer sets encoded and decoded, %d distinct codes", i, len(seen))
}

// firstSet is the built-in rulebook's first answer set in Space's order:
// the first option of every question asked (lifestyle active, so sport is
// asked; machinery never, so machine_kind is not), and no health answer.
var firstSet = quiz.Answers{"lifestyle": "active", "sport": "contact", "dress_code": "none", "machinery": "never",
	"allergy": "none", "health": "", "age": "under-18", "sleep": "back", "removal": "never", "style": "subtle", "needles": "fine"}

// TestCodesAreStable pins some codes: a customer's code, once shown, must
// read the same answers for as long as the questions do not change.
func TestCodesAreStable(t *testing.T) {
	c, _ := defaultCodec(t)
	for _, tc := range []struct {
		code    string
		answers quiz.Answers
	}{
		{"A9PT-ECYK", firstSet},
	} {
		got, err := c.Encode(tc.answers)
		if err != nil || got != tc.code {
			t.Errorf("Encode(%v) = %q, %v; want %q", tc.answers, got, err, tc.code)
		}
		a, err := c.Decode(tc.code)
		if err != nil || !maps.Equal(a, tc.answers) {
			t.Errorf("Decode(%q) = %v, %v; want %v", tc.code, a, err, tc.answers)
		}
	}
	if c.Len() != 8 {
		t.Errorf("Len() = %d, want 8", c.Len())
	}
	if answers, print := c.Bits(); answers < 21.3 || answers > 21.4 || print < 11.1 || print > 11.2 {
		t.Errorf("Bits() = %.2f, %.2f; want 21.3 and 11.2 as the package doc says", answers, print)
	}
}

// manyFollowUpBank has a many question that is a follow-up: the rulebook
// allows one, and its digit is 0 both for "none of these" and for "not
// asked".
func manyFollowUpBank() []quiz.Question {
	pierced := func(v string) *quiz.Condition { return &quiz.Condition{Question: "pierced", AnyOf: []string{v}} }
	return []quiz.Question{
		question("pierced", quiz.KindOne, nil, "yes", "no"),
		question("where", quiz.KindMany, pierced("yes"), "ear", "nose", "navel"),
		question("how", quiz.KindOne, pierced("no"), "needle", "gun"),
		question("metal", quiz.KindMany, nil, "gold", "silver"),
	}
}

// question is a question whose options are labelled by their values.
func question(id string, kind quiz.Kind, askIf *quiz.Condition, values ...string) quiz.Question {
	q := quiz.Question{ID: id, Kind: kind, AskIf: askIf}
	for _, v := range values {
		q.Options = append(q.Options, quiz.Option{Value: v, Label: v})
	}
	return q
}

// TestRoundTripOtherBanks walks the whole answer space of banks unlike the
// built-in one: a many follow-up, and banks of one question.
func TestRoundTripOtherBanks(t *testing.T) {
	one := []quiz.Question{question("q", quiz.KindOne, nil, "a", "b")}
	for _, tc := range []struct {
		name string
		bank []quiz.Question
		sets int
	}{
		{"a many follow-up", manyFollowUpBank(), (8 + 2) * 4},
		{"one question", one, 2},
		{"no question", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.bank)
			seen := map[string]bool{}
			for a := range quiz.Space(tc.bank) {
				code, err := c.Encode(a)
				if err != nil {
					t.Fatalf("Encode(%v): %v", a, err)
				}
				got, err := c.Decode(code)
				if err != nil || !maps.Equal(got, a) {
					t.Fatalf("Decode(%q) = %v, %v; want %v", code, got, err, a)
				}
				seen[code] = true
			}
			if len(seen) != tc.sets {
				t.Fatalf("%d distinct codes, want %d", len(seen), tc.sets)
			}
		})
	}
}

// TestNeverAConsultationCode: however few the questions, an answer code
// is longer than a consultation code (6 characters), so `show` can tell
// them apart by their length.
func TestNeverAConsultationCode(t *testing.T) {
	for _, bank := range [][]quiz.Question{nil, manyFollowUpBank()[:1], manyFollowUpBank(), defaultBank(t)} {
		c := New(bank)
		if c.Len() <= 6 || c.Looks("K7MX-4P") {
			t.Errorf("a bank of %d questions: codes of %d characters, want more than 6", len(bank), c.Len())
		}
	}
}

// TestEncodeRefusesInvalidAnswers: Encode takes only a valid, complete set
// of answers, and says what is wrong with the others.
func TestEncodeRefusesInvalidAnswers(t *testing.T) {
	c, _ := defaultCodec(t)
	change := func(id, v string) quiz.Answers {
		a := firstSet.Clone()
		if v == "" {
			delete(a, id)
		} else {
			a[id] = v
		}
		return a
	}
	for _, tc := range []struct {
		name string
		a    quiz.Answers
		says string
	}{
		{"a missing answer", change("age", ""), `"age"`},
		{"an unknown value", change("age", "ninety"), `"ninety"`},
		{"an unknown question", change("colour", "red"), `"colour"`},
		{"a follow-up not asked", change("machine_kind", "both"), `"machine_kind"`},
		{"a value twice", change("health", "keloids,keloids"), `"keloids"`},
		{"nothing", quiz.Answers{}, `"lifestyle"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, err := c.Encode(tc.a)
			var ae quiz.AnswerErrors
			if !errors.As(err, &ae) || !strings.Contains(err.Error(), tc.says) || code != "" {
				t.Fatalf("Encode(%v) = %q, %v; want answer errors naming %s", tc.a, code, err, tc.says)
			}
		})
	}
}
