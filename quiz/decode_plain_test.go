package quiz_test

import (
	"maps"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// checkPlainPath fails when Decode's quick path accepts data that the full
// reading rejects or reads otherwise; it reports whether the quick path
// took it.
func checkPlainPath(t *testing.T, data []byte, bank []quiz.Question) bool {
	t.Helper()
	a, ok := quiz.DecodePlain(data, bank)
	if !ok {
		return false
	}
	full, err := quiz.DecodeFull(data, bank)
	if err != nil || !maps.Equal(a, full) {
		t.Fatalf("quick path read %q as %v; the full reading gives %v, %v", data, a, full, err)
	}
	return true
}

// The quick path takes the usual answer sets, compact or spread over
// lines, and reads them as the full reading does; anything unusual is left
// to the full reading.
func TestDecodePlainPath(t *testing.T) {
	bank := defaultBank()
	good := object(validPairs())
	for _, s := range []string{good, pretty(good), " " + good + "\n", object(with("health", `[]`)),
		object(with("health", `["slow-healing","pacemaker"]`)), object(with("health", `["pacemaker","slow-healing"]`))} {
		if !checkPlainPath(t, []byte(s), bank) {
			t.Errorf("the quick path does not take %s", s)
		}
	}
	for _, s := range []string{
		object(with("health", `["keloids","keloids"]`)), object(with("health", `["pacemaker",null]`)),
		object(with("health", `"pacemaker"`)), object(with("age", `["18-plus"]`)), object(with("style", "null")),
		object(with("lifestyle", `"busy"`)), object(without("sport")), object(plus("lifestyle", `"busy"`)),
		object(renamed("lifestyle", "lifestyl")), object(with("machinery", `"always"`)),
		object(append(validPairs(), validPairs()[0])), // the same answer twice
		good + "}", good + " " + good, good[:len(good)-1], `{"lifestyle":"\u0062usy"}`,
		`[]`, `"busy"`, `3`, `null`, ``, ` `, `{`, `}`, `{}`, `{"":""}`, `{,}`, good[:len(good)-1] + ",}",
	} {
		if checkPlainPath(t, []byte(s), bank) {
			t.Errorf("the quick path takes %s, which is not a valid answer set", s)
		}
	}
}
