package quiz_test

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// pair is one key of an answers object and its value as raw JSON.
type pair struct{ key, raw string }

// validPairs is a complete answer set taken from the bank: the first option
// of every question that is asked, in bank order, a many question's as a
// one-value array. With the default bank it answers a follow-up (sport,
// for an active lifestyle) and leaves one out (machine_kind, as machinery is
// never).
func validPairs() []pair {
	var ps []pair
	a := validAnswers()
	for _, q := range defaultBank() {
		if _, ok := a[q.ID]; !ok {
			continue
		}
		raw := strconv.Quote(q.Options[0].Value)
		if q.Many() {
			raw = "[" + raw + "]"
		}
		ps = append(ps, pair{q.ID, raw})
	}
	return ps
}

func validAnswers() quiz.Answers {
	a := quiz.Answers{}
	for _, q := range defaultBank() {
		if q.Asked(a) {
			a[q.ID] = q.Options[0].Value
		}
	}
	return a
}

// object writes the pairs as a JSON object, in order (duplicates allowed).
func object(ps []pair) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = strconv.Quote(p.key) + ":" + p.raw
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// with replaces key's raw value; without drops key; plus appends a pair.
func with(key, raw string) []pair {
	ps := validPairs()
	for i := range ps {
		if ps[i].key == key {
			ps[i].raw = raw
		}
	}
	return ps
}

func without(key string) []pair {
	return slices.DeleteFunc(validPairs(), func(p pair) bool { return p.key == key })
}

func plus(key, raw string) []pair { return append(validPairs(), pair{key, raw}) }

func renamed(from, to string) []pair {
	ps := validPairs()
	for i := range ps {
		if ps[i].key == from {
			ps[i].key = to
		}
	}
	return ps
}

// wantProblem is one *quiz.AnswerError a case must report.
type wantProblem struct {
	problem  quiz.Problem
	question string
	value    string
	got      string // prefix of AnswerError.Got
}

func valuesOf(t *testing.T, id string) []string {
	t.Helper()
	q, ok := quiz.Find(defaultBank(), id)
	if !ok {
		t.Fatalf("question %q is not in the bank", id)
	}
	return q.Values()
}

func TestDecode(t *testing.T) {
	bank := defaultBank()
	ids := quiz.IDs(bank)
	tests := []struct {
		name      string
		input     string
		problems  []wantProblem // exactly these answer problems
		syntax    bool          // a *quiz.SyntaxError
		notObject bool          // wraps quiz.ErrNotObject
		words     []string      // the message contains these
	}{
		{name: "valid object", input: object(validPairs())},
		{name: "valid object with spaces and newlines", input: "\n  " + strings.ReplaceAll(object(validPairs()), ",", ",\n  ") + "\n"},
		{
			name:     "unknown question suggests the close one",
			input:    object(renamed("lifestyle", "lifestyl")),
			problems: []wantProblem{{quiz.ProblemUnknownQuestion, "lifestyl", "", ""}, {quiz.ProblemMissing, "lifestyle", "", ""}},
			words:    append([]string{`"lifestyl"`, `did you mean "lifestyle"`}, ids...),
		},
		{
			name:     "extra unknown question",
			input:    object(plus("colour", `"gold"`)),
			problems: []wantProblem{{quiz.ProblemUnknownQuestion, "colour", "gold", ""}},
			words:    append([]string{`"colour"`}, ids...),
		},
		{
			name:     "unknown value",
			input:    object(with("machinery", `"always"`)),
			problems: []wantProblem{{quiz.ProblemUnknownValue, "machinery", "always", ""}},
			words:    append([]string{`"machinery"`, `"always"`}, valuesOf(t, "machinery")...),
		},
		{
			name:     "unknown value suggests the close one",
			input:    object(with("sleep", `"bak"`)),
			problems: []wantProblem{{quiz.ProblemUnknownValue, "sleep", "bak", ""}},
			words:    []string{`did you mean "back"`},
		},
		{
			name:     "missing answer",
			input:    object(without("needles")),
			problems: []wantProblem{{quiz.ProblemMissing, "needles", "", ""}},
			words:    append([]string{`"needles"`, "no answer"}, valuesOf(t, "needles")...),
		},
		{
			name:     "empty object misses every answer",
			input:    "{}",
			problems: missingAll(bank),
		},
		{
			name:     "number",
			input:    object(with("style", "3")),
			problems: []wantProblem{{quiz.ProblemWrongType, "style", "", "number"}},
			words:    []string{`"style"`, "got number 3", "string"},
		},
		{
			name:     "boolean",
			input:    object(with("style", "true")),
			problems: []wantProblem{{quiz.ProblemWrongType, "style", "", "boolean"}},
			words:    []string{`"style"`, "got boolean true"},
		},
		{
			name:     "null",
			input:    object(with("style", "null")),
			problems: []wantProblem{{quiz.ProblemWrongType, "style", "", "null"}},
			words:    []string{`"style"`, "got null"},
		},
		{
			name:     "null with spaces around it",
			input:    strings.Replace(object(with("style", "null")), `"style":null`, `"style" :  null `, 1),
			problems: []wantProblem{{quiz.ProblemWrongType, "style", "", "null"}},
			words:    []string{`"style"`, "got null"},
		},
		{
			name:     "array",
			input:    object(with("style", `["subtle"]`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "style", "", "array"}},
			words:    []string{`"style"`, "got array"},
		},
		{
			name:     "object",
			input:    object(with("style", `{"value":"subtle"}`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "style", "", "object"}},
			words:    []string{`"style"`, "got object"},
		},
		{
			name:     "duplicate key",
			input:    object(plus("lifestyle", `"active"`)),
			problems: []wantProblem{{quiz.ProblemDuplicate, "lifestyle", "", ""}},
			words:    []string{`"lifestyle"`, "twice"},
		},
		{
			name:     "every problem at once",
			input:    object(append(renamed("allergy", "alergy"), pair{"style", "1"}, pair{"style", `"subtle"`})),
			problems: []wantProblem{{quiz.ProblemUnknownQuestion, "alergy", "", ""}, {quiz.ProblemMissing, "allergy", "", ""}, {quiz.ProblemDuplicate, "style", "", ""}, {quiz.ProblemDuplicate, "style", "", ""}},
		},
		{name: "array instead of object", input: `[` + object(validPairs()) + `]`, notObject: true, words: []string{"got array"}},
		{name: "string instead of object", input: `"busy"`, notObject: true, words: []string{"got string"}},
		{name: "number instead of object", input: `42`, notObject: true, words: []string{"got number"}},
		{name: "empty input", input: "", syntax: true, words: []string{"no answers"}},
		{name: "only white space", input: " \n\t\n", syntax: true, words: []string{"no answers"}},
		{name: "trailing word", input: object(validPairs()) + " x", syntax: true},
		{name: "trailing brace", input: object(validPairs()) + "}", syntax: true},
		{name: "trailing bracket", input: object(validPairs()) + "\n]", syntax: true},
		{name: "two objects", input: object(validPairs()) + "\n" + object(validPairs()), syntax: true},
		{name: "missing value", input: `{"lifestyle":}`, syntax: true},
		{name: "unclosed object", input: strings.TrimSuffix(object(validPairs()), "}"), syntax: true},
		{name: "unquoted key", input: `{lifestyle:"busy"}`, syntax: true},
		{name: "trailing comma", input: strings.TrimSuffix(object(validPairs()), "}") + ",}", syntax: true},
		{name: "missing comma", input: `{"lifestyle":"busy" "style":"subtle"}`, syntax: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := quiz.Decode([]byte(tt.input), bank)
			wantErr := tt.syntax || tt.notObject || len(tt.problems) > 0
			var want quiz.Answers
			if !wantErr {
				want = validAnswers()
			}
			if !checkDecoded(t, tt.input, a, err, want, tt.words) {
				return
			}
			var se *quiz.SyntaxError
			if got := errors.As(err, &se); got != tt.syntax {
				t.Errorf("error %q (%T): is a *quiz.SyntaxError = %v, want %v", err, err, got, tt.syntax)
			}
			if got := errors.Is(err, quiz.ErrNotObject); got != tt.notObject {
				t.Errorf("error %q: wraps ErrNotObject = %v, want %v", err, got, tt.notObject)
			}
			checkProblems(t, err, tt.problems)
		})
	}
}

// missingAll is every question asked whatever the answers: a follow-up
// whose earlier question is unanswered is neither asked nor missing.
func missingAll(bank []quiz.Question) []wantProblem {
	var ws []wantProblem
	for _, q := range bank {
		if q.AskIf == nil {
			ws = append(ws, wantProblem{problem: quiz.ProblemMissing, question: q.ID})
		}
	}
	return ws
}

// checkProblems checks that err carries exactly the wanted *quiz.AnswerError
// values (in any order), each with the right fields.
func checkProblems(t *testing.T, err error, want []wantProblem) {
	t.Helper()
	var first *quiz.AnswerError
	if !errors.As(err, &first) {
		if len(want) > 0 {
			t.Fatalf("error %q (%T) holds no *quiz.AnswerError", err, err)
		}
		return
	}
	if len(want) == 0 {
		t.Fatalf("error %q holds an unexpected *quiz.AnswerError", err)
	}
	var all quiz.AnswerErrors
	if !errors.As(err, &all) {
		t.Fatalf("error %q (%T) is not a quiz.AnswerErrors", err, err)
	}
	if len(all) != len(want) {
		t.Errorf("got %d problems, want %d: %v", len(all), len(want), err)
	}
	ids := quiz.IDs(defaultBank())
	used := make([]bool, len(all))
	for _, w := range want {
		found := false
		for i, e := range all {
			if used[i] || e.Problem != w.problem || e.Question != w.question {
				continue
			}
			used[i], found = true, true
			if w.value != "" && e.Value != w.value {
				t.Errorf("%s: Value = %q, want %q", e, e.Value, w.value)
			}
			if !strings.HasPrefix(e.Got, w.got) || (w.got == "") != (e.Got == "") {
				t.Errorf("%s: Got = %q, want it to start with %q", e, e.Got, w.got)
			}
			wantAllowed := ids
			if q, ok := quiz.Find(defaultBank(), e.Question); ok && e.Problem != quiz.ProblemUnknownQuestion {
				wantAllowed = q.Values()
			}
			if !slices.Equal(e.Allowed, wantAllowed) {
				t.Errorf("%s: Allowed = %v, want %v", e, e.Allowed, wantAllowed)
			}
			if !strings.Contains(e.Error(), strconv.Quote(e.Question)) {
				t.Errorf("message %q does not name the question %q", e, e.Question)
			}
			break
		}
		if !found {
			t.Errorf("no problem %v with question %q in %v", w.problem, w.question, err)
		}
	}
}

// TestDecodeFollowUpsAndMany: a many question takes an array of its values
// (none included) and a follow-up is answered exactly when it is asked.
// Every other shape is an error that names the question and says why.
func TestDecodeFollowUpsAndMany(t *testing.T) {
	bank := defaultBank()
	valid := func(edit func(a quiz.Answers)) quiz.Answers {
		a := validAnswers()
		edit(a)
		return a
	}
	tests := []struct {
		name     string
		input    string
		want     quiz.Answers  // the answers, when they are valid
		problems []wantProblem // else exactly these problems
		words    []string      // the message contains these
	}{
		{
			name:  "an empty array is none of them",
			input: object(with("health", `[]`)),
			want:  valid(func(a quiz.Answers) { a["health"] = "" }),
		},
		{
			name:  "an array is stored in option order",
			input: object(with("health", `["slow-healing","pacemaker","keloids"]`)),
			want:  valid(func(a quiz.Answers) { a["health"] = "pacemaker,keloids,slow-healing" }),
		},
		{
			name:  "every value",
			input: object(with("health", `["pacemaker","pregnant","keloids","slow-healing"]`)),
			want:  valid(func(a quiz.Answers) { a["health"] = "pacemaker,pregnant,keloids,slow-healing" }),
		},
		{
			name:  "a follow-up asked and answered",
			input: object(append(with("machinery", `"daily"`), pair{"machine_kind", `"both"`})),
			want:  valid(func(a quiz.Answers) { a["machinery"], a["machine_kind"] = "daily", "both" }),
		},
		{
			name:     "a string where an array belongs",
			input:    object(with("health", `"pacemaker"`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "health", "", "string"}},
			words:    []string{`"health"`, "must be a list", `got string "pacemaker"`},
		},
		{
			name:     "an empty string where an array belongs",
			input:    object(with("health", `""`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "health", "", "string"}},
			words:    []string{`"health"`, "must be a list", "[]"},
		},
		{
			name:     "null where an array belongs",
			input:    object(with("health", `null`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "health", "", "null"}},
			words:    []string{`"health"`, "must be a list"},
		},
		{
			name:     "an array where a string belongs",
			input:    object(with("age", `["18-plus"]`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "age", "", "array"}},
			words:    []string{`"age"`, "must be a string", "got array"},
		},
		{
			name:     "a non-string in the array",
			input:    object(with("health", `["pacemaker",3]`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "health", "", "array"}},
			words:    []string{`"health"`, "must be a list of strings"},
		},
		{
			name:     "an array in the array",
			input:    object(with("health", `[["pacemaker"]]`)),
			problems: []wantProblem{{quiz.ProblemWrongType, "health", "", "array"}},
			words:    []string{`"health"`, "must be a list of strings"},
		},
		{
			name:     "an unknown value in the array",
			input:    object(with("health", `["pacemaker","diabetes"]`)),
			problems: []wantProblem{{quiz.ProblemUnknownValue, "health", "diabetes", ""}},
			words:    append([]string{`"health"`, `unknown answer "diabetes"`}, valuesOf(t, "health")...),
		},
		{
			name:     "a value with a comma in the array is reported whole",
			input:    object(with("health", `["pacemaker,keloids"]`)),
			problems: []wantProblem{{quiz.ProblemUnknownValue, "health", "pacemaker,keloids", ""}},
			words:    []string{`"health"`, `"pacemaker,keloids"`},
		},
		{
			name:     "a repeated value",
			input:    object(with("health", `["keloids","pacemaker","keloids"]`)),
			problems: []wantProblem{{quiz.ProblemRepeated, "health", "keloids", ""}},
			words:    []string{`"health"`, `"keloids" is given twice`},
		},
		{
			name:     "a follow-up that was not asked",
			input:    object(with("lifestyle", `"busy"`)),
			problems: []wantProblem{{quiz.ProblemNotAsked, "sport", "contact", ""}},
			words:    []string{`"sport" is asked only when "lifestyle" is active`, `it is "busy"`, `leave "sport" out`},
		},
		{
			name:     "a follow-up of a question left at its default",
			input:    object(plus("machine_kind", `"both"`)),
			problems: []wantProblem{{quiz.ProblemNotAsked, "machine_kind", "both", ""}},
			words:    []string{`"machine_kind" is asked only when "machinery" is sometimes or daily`, `it is "never"`},
		},
		{
			name:     "a missing follow-up",
			input:    object(without("sport")),
			problems: []wantProblem{{quiz.ProblemMissing, "sport", "", ""}},
			words:    []string{`"sport"`, "no answer given", `asked because "lifestyle" is "active"`, "contact, water, other"},
		},
		{
			name:     "a missing follow-up after a changed answer",
			input:    object(with("machinery", `"sometimes"`)),
			problems: []wantProblem{{quiz.ProblemMissing, "machine_kind", "", ""}},
			words:    []string{`"machine_kind"`, `asked because "machinery" is "sometimes"`},
		},
		{
			name:     "a missing many answer asks for a list",
			input:    object(without("health")),
			problems: []wantProblem{{quiz.ProblemMissing, "health", "", ""}},
			words:    []string{`"health"`, "give a list", "[] for none"},
		},
		{
			// Whether sport is asked is not known while lifestyle is wrong,
			// so only lifestyle is reported.
			name:     "a follow-up of a wrong answer is not judged",
			input:    object(with("lifestyle", `"sporty"`)),
			problems: []wantProblem{{quiz.ProblemUnknownValue, "lifestyle", "sporty", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := quiz.Decode([]byte(tt.input), bank)
			if !checkDecoded(t, tt.input, a, err, tt.want, tt.words) {
				return
			}
			checkProblems(t, err, tt.problems)
		})
	}
}

// TestEncodeRoundTrips: Encode writes what Decode reads back unchanged, a
// many answer as an array, over every way to answer the questions that decide
// follow-ups and the many question (the others at their first option).
func TestEncodeRoundTrips(t *testing.T) {
	bank := defaultBank()
	decides := map[string]bool{}
	for _, q := range bank {
		if q.AskIf != nil {
			decides[q.AskIf.Question], decides[q.ID] = true, true
		}
	}
	var narrow []quiz.Question
	for _, q := range bank {
		if !decides[q.ID] && !q.Many() {
			q.Options = q.Options[:1]
		}
		narrow = append(narrow, q)
	}
	n := 0
	for a := range quiz.Space(narrow) {
		n++
		js := quiz.Encode(a, bank)
		if !strings.Contains(string(js), `"health":[`) {
			t.Fatalf("Encode(%v) = %s, want health as an array", a, js)
		}
		b, err := quiz.Decode(js, bank)
		if err != nil {
			t.Fatalf("Decode(Encode(%v)) = %s: %v", a, js, err)
		}
		if !maps.Equal(a, b) {
			t.Fatalf("round trip changed %v into %v (via %s)", a, b, js)
		}
	}
	if want := 5 * 7 * 16; n != want {
		t.Fatalf("checked %d answer sets, want %d", n, want)
	}
}

// checkDecoded checks what Decode returned for input: the answers want
// and no error when want is set, else an error holding every one of
// words and no answers. It reports whether there is an error to check
// further.
func checkDecoded(t *testing.T, input string, a quiz.Answers, err error, want quiz.Answers, words []string) bool {
	t.Helper()
	if want != nil {
		if err != nil {
			t.Fatalf("Decode(%s): %v", input, err)
		}
		if !maps.Equal(a, want) {
			t.Fatalf("Decode(%s) = %v, want %v", input, a, want)
		}
		return false
	}
	if err == nil {
		t.Fatalf("Decode(%s) = %v, want an error", input, a)
	}
	if a != nil {
		t.Errorf("Decode returned answers %v with its error", a)
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not contain %q", err, w)
		}
	}
	return true
}
