package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// textFields are the paths of the words in `recommend --format json`,
// which change with --lang; "*" is every element of a list or every value
// of an object. Everything else (ids, scores, ranking, confidence,
// metals, prices, the answer code) is the same in every language.
var textFields = []string{
	"flags.*.text",
	"ranking.*.name", "ranking.*.excluded_because", "ranking.*.reasons", "ranking.*.cautions", "ranking.*.trace.*.because",
	"metals.note", "summary", "versus", "ask", "scans", "fit.advice", "fit.season",
	"runner_up.name", "runner_up.metals.note", "runner_up.ask", "runner_up.scans", "runner_up.fit.advice", "runner_up.fit.season",
	"estimates.*.text",
}

// dropText removes path (see textFields) from v, a decoded JSON value,
// and returns what it held, in order.
func dropText(v any, path []string) []any {
	switch x := v.(type) {
	case map[string]any:
		if path[0] == "*" {
			var out []any
			for _, k := range slices.Sorted(maps.Keys(x)) {
				out = append(out, dropText(x[k], path[1:])...)
			}
			return out
		}
		child, ok := x[path[0]]
		if !ok {
			return nil
		}
		if len(path) == 1 {
			delete(x, path[0])
			return []any{child}
		}
		return dropText(child, path[1:])
	case []any:
		if path[0] != "*" {
			return nil
		}
		var out []any
		for _, e := range x {
			out = append(out, dropText(e, path[1:])...)
		}
		return out
	}
	return nil
}

// TestRecommendJSONSameInEveryLanguage runs the valid answer sets of the
// built-in rulebook (every 61st, a prime, so that every answer comes up;
// every 997th under -short; JEWELQUIZ_EVERY=1 for all 645,120, some
// minutes) through `recommend --format json --studio` in English and in
// Spanish: with the words taken out, the two are the same, key for key;
// the words are all there in both, and the Spanish summary is not the
// English one.
func TestRecommendJSONSameInEveryLanguage(t *testing.T) {
	t.Parallel()
	every := 61
	if testing.Short() || raceEnabled {
		every = 997
	}
	if n, ok := envInt("JEWELQUIZ_EVERY"); ok {
		every = n
	}
	bank := defaultBank(t)
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	if rb.In("es") == rb {
		t.Fatal("the embedded rulebook has no Spanish translation")
	}
	studioFile := exampleStudio(t)
	const batch = 4000
	var in bytes.Buffer
	sets, differ := 0, 0
	run := func() {
		if in.Len() == 0 {
			return
		}
		out := map[string][]string{}
		for _, lang := range []string{"en", "es"} {
			var o, e bytes.Buffer
			err := Recommend(context.Background(), []string{"--answers", "-", "--format", "json", "--studio", studioFile, "--lang", lang},
				IO{In: bytes.NewReader(in.Bytes()), Out: &o, Err: &e})
			if err != nil {
				t.Fatalf("--lang %s: %v\n%s", lang, err, e.String())
			}
			out[lang] = strings.Split(strings.TrimSuffix(o.String(), "\n"), "\n")
		}
		lines := strings.Split(strings.TrimSuffix(in.String(), "\n"), "\n")
		if len(out["en"]) != len(lines) || len(out["es"]) != len(lines) {
			t.Fatalf("%d answer sets gave %d lines in English, %d in Spanish", len(lines), len(out["en"]), len(out["es"]))
		}
		for i, line := range lines {
			var en, es map[string]any
			if err := json.Unmarshal([]byte(out["en"][i]), &en); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(out["es"][i]), &es); err != nil {
				t.Fatal(err)
			}
			for _, f := range textFields {
				path := strings.Split(f, ".")
				wordsEn, wordsEs := dropText(en, path), dropText(es, path)
				if len(wordsEn) != len(wordsEs) {
					t.Fatalf("%s: %s has %d values in English, %d in Spanish", line, f, len(wordsEn), len(wordsEs))
				}
				if f == "summary" && wordsEn[0] != "" {
					if reflect.DeepEqual(wordsEn, wordsEs) {
						t.Fatalf("%s: the Spanish summary is the English one: %v", line, wordsEs)
					}
					differ++
				}
			}
			if !reflect.DeepEqual(en, es) {
				a, _ := json.Marshal(en)
				b, _ := json.Marshal(es)
				t.Fatalf("%s: without their words, English and Spanish differ:\nen %s\nes %s", line, a, b)
			}
		}
		in.Reset()
	}
	i := 0
	for a := range quiz.Space(bank) {
		i++
		if (i-1)%every != 0 {
			continue
		}
		in.Write(quiz.Encode(a, bank))
		in.WriteByte('\n')
		sets++
		if sets%batch == 0 {
			run()
		}
	}
	run()
	if i != quiz.SpaceSize(bank) {
		t.Fatalf("walked %d sets of %d", i, quiz.SpaceSize(bank))
	}
	t.Logf("%d answer sets compared, %d Spanish summaries checked", sets, differ)
}

// envInt reads a positive whole number from the environment.
func envInt(name string) (int, bool) {
	n, err := strconv.Atoi(os.Getenv(name))
	return n, err == nil && n > 0
}
