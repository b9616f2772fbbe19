package consult

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// recordFor is a record as the UI would save it for the given answers.
func recordFor(t *testing.T, a quiz.Answers) Record {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rb.Recommend(a)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	r := Record{RulebookVersion: rec.RulebookVersion, Answers: a, Pick: rec.Pick, Recommendation: js, Report: "the report\n"}
	if rec.Pick != "" {
		r.PickName = rec.Ranking[0].Name
	}
	return r
}

// flagged is an answer set with a many answer of two values, a follow-up
// and flags to raise.
var flagged = quiz.Answers{
	"lifestyle": "active", "sport": "water", "dress_code": "none", "machinery": "daily", "machine_kind": "live-electrical",
	"allergy": "nickel", "health": "pregnant,slow-healing", "age": "under-18",
	"sleep": "back", "removal": "never", "style": "subtle", "needles": "avoid",
}

// A many answer is saved as a JSON list, and an empty one as [], as in an
// answers file; both read back as they were saved.
func TestSaveWritesManyAnswersAsLists(t *testing.T) {
	for _, health := range []string{"pregnant,slow-healing", ""} {
		s := openTest(t)
		a := flagged.Clone()
		a["health"] = health
		saved := save(t, s, recordFor(t, a))
		data, err := os.ReadFile(s.path(saved.Code, ".json"))
		if err != nil {
			t.Fatal(err)
		}
		var file struct {
			Answers map[string]any `json:"answers"`
		}
		if err := json.Unmarshal(data, &file); err != nil {
			t.Fatal(err)
		}
		list, ok := file.Answers["health"].([]any)
		if !ok || len(list) != len(quiz.SplitValues(health)) {
			t.Fatalf("health %q saved as %#v, want a list of its values:\n%s", health, file.Answers["health"], data)
		}
		if file.Answers["sport"] != "water" {
			t.Fatalf("sport saved as %#v", file.Answers["sport"])
		}
		if _, err := quiz.Decode(mustMarshal(t, file.Answers), testBank()); err != nil {
			t.Fatalf("the saved answers are not a valid answers file: %v", err)
		}
		got, err := s.Load(saved.Code)
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, got, saved)
		recs, errs := s.List(testTime.Add(-1))
		if len(errs) > 0 || len(recs) != 1 {
			t.Fatalf("List: %v, %v", recs, errs)
		}
		mustEqual(t, recs[0], saved)
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A list written in another order reads back in the rulebook's order, as
// the quiz would have stored it; answers that are neither a value nor a
// list of values make the file corrupt, naming the question.
func TestLoadReadsListsAndRefusesOtherValues(t *testing.T) {
	s := openTest(t)
	saved := save(t, s, recordFor(t, flagged))
	path := s.path(saved.Code, ".json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	list := `"health": [
      "pregnant",
      "slow-healing"
    ]`
	if !strings.Contains(string(data), list) {
		t.Fatalf("the file does not hold health as %s:\n%s", list, data)
	}
	for _, tt := range []struct{ health, want string }{
		{`["slow-healing", "pregnant"]`, ""},
		{`3`, `question "health": neither a value nor a list of values`},
		{`null`, `question "health": neither a value nor a list of values`},
		{`["pregnant,keloids"]`, `question "health": "pregnant,keloids" is not a value`},
	} {
		if err := os.WriteFile(path, []byte(strings.Replace(string(data), list, `"health": `+tt.health, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := s.Load(saved.Code)
		if tt.want == "" {
			if err != nil || got.Answers["health"] != "pregnant,slow-healing" {
				t.Fatalf("%s: %v, %q", tt.health, err, got.Answers["health"])
			}
			continue
		}
		var ce *CorruptError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), tt.want) {
			t.Fatalf("%s: err = %v, want a corrupt file: %s", tt.health, err, tt.want)
		}
	}
}

// oldRecordFile is a consultation saved before follow-ups and many
// questions existed: eight answers, every one a string, no sport, no
// machine_kind though machinery is "sometimes", no health and no age.
const oldRecordFile = "testdata/old-format/G3V3-CP.json"

// openOld copies the old consultation into a fresh store.
func openOld(t *testing.T, bank []quiz.Question) *Store {
	t.Helper()
	data, err := os.ReadFile(oldRecordFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "consultations")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "G3V3-CP.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, bank)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A consultation saved before this change still opens, lists and purges,
// with the bank in use or none, and its Markdown shows its stored answers
// and leaves out the questions it was never asked.
func TestOldFormatRecordStillOpens(t *testing.T) {
	for _, bank := range [][]quiz.Question{testBank(), nil} {
		s := openOld(t, bank)
		r, err := s.Load("g3v3cp")
		if err != nil {
			t.Fatalf("the old consultation does not open: %v", err)
		}
		want := quiz.Answers{"lifestyle": "active", "dress_code": "none", "machinery": "sometimes", "allergy": "nickel",
			"sleep": "side-or-stomach", "removal": "occasionally", "style": "subtle", "needles": "avoid"}
		if r.Answers.String() != want.String() || r.Name != "Ines" || r.PickName != "Welded bracelet" || !strings.Contains(r.Report, "Welded bracelet") {
			t.Fatalf("the old consultation reads as %+v", r)
		}
		recs, errs := s.List(testTime.AddDate(-1, 0, 0))
		if len(errs) > 0 || len(recs) != 1 || recs[0].Code != "G3V3-CP" {
			t.Fatalf("List: %v, %v", codesOf(recs), errs)
		}
		md := Markdown(r, testBank())
		for _, w := range []string{"# Consultation G3V3-CP", "**Welded bracelet**", "| Your days | Active |", "| Machinery | Sometimes |", "| Metal allergy | Yes, to nickel |"} {
			if !strings.Contains(md, w) {
				t.Errorf("the old consultation's Markdown lacks %q:\n%s", w, md)
			}
		}
		for _, never := range []string{"| Sport |", "| Kind of work |", "| Health |", "| Age |", FlagsTitle} {
			if strings.Contains(md, never) {
				t.Errorf("the old consultation's Markdown shows %q, which it never had:\n%s", never, md)
			}
		}
		// Saved again (as a copy would be), it takes the new form.
		again := save(t, s, r)
		got, err := s.Load(again.Code)
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, got, again)
	}
}

// Markdown shows the flags first and a many answer by its labels, or
// "none of these" when none applied.
func TestMarkdownManyAnswersAndFlags(t *testing.T) {
	r := recordFor(t, flagged)
	r.Code, r.Created = "K7MX-4P", testTime
	md := Markdown(r, testBank())
	for _, w := range []string{"| Health | Pregnant, slow healing |", "| Sport | Water sports |", "| Kind of work | Live electrical parts |", "| Age | Under 18 |", "## " + FlagsTitle} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q:\n%s", w, md)
		}
	}
	var rec struct {
		Flags []struct{ ID, Text string }
	}
	if err := json.Unmarshal(r.Recommendation, &rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Flags) != 4 {
		t.Fatalf("want 4 flags (pregnant, slow-healing, under-18, live-electrical), got %+v", rec.Flags)
	}
	flags, pick := strings.Index(md, "## "+FlagsTitle), strings.Index(md, "## Recommendation")
	if flags < 0 || pick < flags {
		t.Fatalf("the flags do not come before the recommendation:\n%s", md)
	}
	for _, f := range rec.Flags {
		if i := strings.Index(md, "- "+f.Text+"\n"); i < flags || i > pick {
			t.Errorf("flag %s is not listed under %q:\n%s", f.ID, FlagsTitle, md)
		}
	}

	a := flagged.Clone()
	a["health"], a["age"], a["machine_kind"] = "", "18-plus", "moving-parts"
	r = recordFor(t, a)
	md = Markdown(r, testBank())
	if !strings.Contains(md, "| Health | none of these |") {
		t.Errorf("an empty health answer is not %q:\n%s", "none of these", md)
	}
	if strings.Contains(md, FlagsTitle) {
		t.Errorf("no flag raised, yet the Markdown has %q:\n%s", FlagsTitle, md)
	}
}

func TestAnswerText(t *testing.T) {
	health, _ := quiz.Find(testBank(), "health")
	age, _ := quiz.Find(testBank(), "age")
	for _, tt := range []struct {
		q    quiz.Question
		v    string
		want string
	}{
		{health, "", "none of these"},
		{health, "pacemaker", "A pacemaker"},
		{health, "pacemaker,keloids,slow-healing", "A pacemaker, raised scars or keloids, slow healing"},
		{health, "pregnant,mystery", "Pregnant, mystery"},
		{age, "under-18", "Under 18"},
		{age, "mystery", "mystery"},
		{quiz.Question{Kind: quiz.KindMany, Options: []quiz.Option{{Value: "a", Label: "Aa"}, {Value: "m", Label: "MRI scans"}}}, "a,m", "Aa, MRI scans"},
	} {
		if got := AnswerText(tt.q, tt.v); got != tt.want {
			t.Errorf("AnswerText(%s, %q) = %q, want %q", tt.q.ID, tt.v, got, tt.want)
		}
	}
}
