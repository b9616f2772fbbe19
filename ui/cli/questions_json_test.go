package cli

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// listedQuestion is a question as `questions --format json` documents it,
// read with nothing but the JSON.
type listedQuestion struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Kind  string `json:"kind"`
	AskIf *struct {
		Question string   `json:"question"`
		AnyOf    []string `json:"any_of"`
	} `json:"ask_if"`
	Options []struct {
		Value       string `json:"value"`
		Label       string `json:"label"`
		Description string `json:"description"`
	} `json:"options"`
}

func listQuestions(t *testing.T) ([]listedQuestion, []map[string]json.RawMessage) {
	t.Helper()
	out, _, err := runConsult(Questions, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var qs []listedQuestion
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &qs); err != nil {
		t.Fatalf("questions --format json is not a list of questions: %v\n%s", err, out)
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	return qs, raw
}

// Every question carries id, title, kind, options and ask_if (null when it
// is always asked), in the order the quiz asks them.
func TestQuestionsJSONShape(t *testing.T) {
	qs, raw := listQuestions(t)
	bank := defaultBank(t)
	if len(qs) != len(bank) {
		t.Fatalf("%d questions listed, the rulebook has %d", len(qs), len(bank))
	}
	for i, q := range qs {
		for _, key := range []string{"id", "title", "kind", "options", "ask_if"} {
			if _, ok := raw[i][key]; !ok {
				t.Errorf("question %d (%s) has no %q", i+1, q.ID, key)
			}
		}
		b := bank[i]
		if q.ID != b.ID || q.Title != b.Title || q.Kind != string(b.Kind) {
			t.Errorf("question %d is %s %q (%s), the rulebook's is %s %q (%s)", i+1, q.ID, q.Title, q.Kind, b.ID, b.Title, b.Kind)
		}
		if q.Kind != "one" && q.Kind != "many" {
			t.Errorf("question %s: kind %q, want one or many", q.ID, q.Kind)
		}
		if len(q.Options) != len(b.Options) {
			t.Fatalf("question %s: %d options, want %d", q.ID, len(q.Options), len(b.Options))
		}
		for j, o := range q.Options {
			if o.Value != b.Options[j].Value || o.Label == "" || o.Description == "" {
				t.Errorf("question %s option %d: %+v", q.ID, j+1, o)
			}
		}
		if (b.AskIf == nil) != (string(raw[i]["ask_if"]) == "null") {
			t.Errorf("question %s: ask_if %s, rulebook's %v", q.ID, raw[i]["ask_if"], b.AskIf)
		}
	}
	want := map[string]string{
		"sport":        `{"question":"lifestyle","any_of":["active"]}`,
		"machine_kind": `{"question":"machinery","any_of":["sometimes","daily"]}`,
	}
	for i, q := range qs {
		got := string(raw[i]["ask_if"])
		var compact strings.Builder
		for _, r := range got {
			if r != ' ' && r != '\n' {
				compact.WriteRune(r)
			}
		}
		if w, ok := want[q.ID]; ok && compact.String() != w {
			t.Errorf("%s: ask_if %s, want %s", q.ID, compact.String(), w)
		}
		if _, ok := want[q.ID]; !ok && got != "null" {
			t.Errorf("%s: ask_if %s, want null", q.ID, got)
		}
		if wantKind := map[bool]string{true: "many", false: "one"}[q.ID == "health"]; q.Kind != wantKind {
			t.Errorf("%s: kind %s, want %s", q.ID, q.Kind, wantKind)
		}
	}
}

// The JSON alone is enough to enumerate every valid answer set: counted
// from it, there are as many as the quiz allows, and every one of them
// is accepted by `recommend`'s decoder.
func TestQuestionsJSONEnumeratesEveryAnswerSet(t *testing.T) {
	qs, _ := listQuestions(t)
	bank := defaultBank(t)
	cur := map[string][]string{}
	asked := func(q listedQuestion) bool {
		if q.AskIf == nil {
			return true
		}
		vs, ok := cur[q.AskIf.Question]
		if !ok {
			return false
		}
		for _, v := range vs {
			if slices.Contains(q.AskIf.AnyOf, v) {
				return true
			}
		}
		return false
	}
	n, checked := 0, 0
	var walk func(i int)
	walk = func(i int) {
		if i == len(qs) {
			n++
			if n%997 == 1 { // decode a sample: all of them would take a while
				checked++
				obj := map[string]any{}
				for id, vs := range cur {
					if q, _ := quiz.Find(bank, id); q.Many() {
						obj[id] = vs
					} else {
						obj[id] = vs[0]
					}
				}
				data, _ := json.Marshal(obj)
				if _, err := quiz.Decode(data, bank); err != nil {
					t.Fatalf("%s: %v", data, err)
				}
			}
			return
		}
		q := qs[i]
		if !asked(q) {
			walk(i + 1)
			return
		}
		if q.Kind == "many" {
			for mask := 0; mask < 1<<len(q.Options); mask++ {
				vs := []string{}
				for j, o := range q.Options {
					if mask&(1<<j) != 0 {
						vs = append(vs, o.Value)
					}
				}
				cur[q.ID] = vs
				walk(i + 1)
			}
		} else {
			for _, o := range q.Options {
				cur[q.ID] = []string{o.Value}
				walk(i + 1)
			}
		}
		delete(cur, q.ID)
	}
	walk(0)
	if want := quiz.SpaceSize(bank); n != want {
		t.Fatalf("the JSON allows %d answer sets, the quiz %d", n, want)
	}
	t.Logf("%d answer sets, %d of them decoded", n, checked)
}

// The text form says which questions are follow-ups, and when they are
// asked, and which take any number of options.
func TestQuestionsTextNamesFollowUpsAndMany(t *testing.T) {
	out, _, err := runConsult(Questions)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string]string{}
	for _, block := range strings.Split(out, "\n\n") {
		id, _, _ := strings.Cut(block, " ")
		blocks[id] = block
	}
	for _, q := range defaultBank(t) {
		block, ok := blocks[q.ID]
		if !ok {
			t.Fatalf("question %s is not listed:\n%s", q.ID, out)
		}
		follow := strings.Contains(block, "Follow-up:")
		many := strings.Contains(block, "Any number of these, or none")
		if follow != (q.AskIf != nil) || many != q.Many() {
			t.Errorf("question %s: follow-up line %v, any-number line %v:\n%s", q.ID, follow, many, block)
		}
	}
	for _, w := range []string{
		"Follow-up: asked when lifestyle is active, and left out otherwise.",
		"Follow-up: asked when machinery is sometimes or daily, and left out otherwise.",
		`Any number of these, or none: a list of values, such as ["pacemaker"] or [].`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("questions lacks %q:\n%s", w, out)
		}
	}
}

func TestOrList(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a or b"}, {[]string{"a", "b", "c"}, "a, b or c"}} {
		if got := orList(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("orList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
