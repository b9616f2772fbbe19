package rules

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// AppendJSON writes the same bytes as encoding/json writes for the
// documented shape, over a spread of the answer space: picks, close
// results with a runner-up, flags, exclusions.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	rb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	i, checked, close, none := 0, 0, 0, 0
	for a := range quiz.Space(rb.Bank()) {
		i++
		if i%211 != 0 {
			continue
		}
		rec, err := rb.Recommend(a)
		if err != nil {
			t.Fatal(err)
		}
		if rec.RunnerUp != nil {
			close++
		}
		if rec.Pick == "" {
			none++
		}
		checkAppendJSON(t, rec)
		checked++
	}
	if checked < 1000 || close == 0 {
		t.Fatalf("checked %d recommendations, %d with a runner-up: too few to mean anything", checked, close)
	}
	t.Logf("checked %d recommendations (%d close, %d with no pick)", checked, close, none)
	checkAppendJSON(t, Recommendation{}) // no pick: nulls and empty lists
}

// Strings are escaped as encoding/json escapes them.
func TestAppendJSONEscapes(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and \ back`, "<b>&amp;</b>", "tab\tnew\nline\x00\x1f",
		"a<b", "a>b", "a&b", "a\"b", "a\\b", "a\nb", "a\x7fb",
		"it’s café", "line\u2028para\u2029", "bad \xff utf-8 \xe2\x80", "emoji 💍",
	} {
		rec := Recommendation{Pick: s, Summary: s, Ask: []string{s}, Flags: []RaisedFlag{{ID: s, Text: s}},
			Ranking: []Ranked{{Type: s, Trace: []Step{{Because: s, Points: -3}, {Excludes: true}}}}}
		checkAppendJSON(t, rec)
	}
	// Each character that needs escaping, at every place within and
	// around eight-byte blocks, next to multi-byte text.
	for _, c := range []string{"\"", "\\", "<", ">", "&", "\x00", "\x1f", "\n", "\u2028", "\u2029", "\xff", "é"} {
		for n := range 20 {
			s := strings.Repeat("a", n) + c + strings.Repeat("b", 19-n)
			checkAppendJSON(t, Recommendation{Summary: s, Versus: "’" + s})
		}
	}
}

func checkAppendJSON(t *testing.T, rec Recommendation) {
	t.Helper()
	want, err := referenceJSON(rec)
	if err != nil {
		t.Fatal(err)
	}
	got := rec.AppendJSON([]byte("prefix"))
	if !bytes.HasPrefix(got, []byte("prefix")) || !bytes.Equal(got[len("prefix"):], want) {
		t.Fatalf("AppendJSON differs from encoding/json:\n got %s\nwant %s", got, want)
	}
	m, err := rec.MarshalJSON()
	if err != nil || !bytes.Equal(m, want) {
		t.Fatalf("MarshalJSON differs from encoding/json (%v):\n got %s\nwant %s", err, m, want)
	}
}
