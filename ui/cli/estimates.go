package cli

import (
	"encoding/json"
	"fmt"

	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/rules"
)

// estimatesJSON is "estimates" for a recommendation's JSON: an object of
// every ranked type's id, in ranking order, to its estimate at the studio
// (see studio.Estimate's JSON), or null where there is none: no prices,
// no price for the type, a type ruled out, or a chain whose metals are
// not known (any type but the pick and a close result's runner-up, whose
// metal advice the recommendation carries).
func estimatesJSON(rec rules.Recommendation, st studio.Studio) ([]byte, error) {
	advice := map[string]rules.TypeAdvice{}
	if rec.Pick != "" {
		advice[rec.Pick] = rec.PickAdvice()
	}
	if run := rec.RunnerUp; run != nil {
		advice[run.Type] = *run
	}
	out := []byte{'{'}
	for i, r := range rec.Ranking {
		if i > 0 {
			out = append(out, ',')
		}
		id, err := json.Marshal(r.Type)
		if err != nil {
			return nil, fmt.Errorf("estimates: %w", err)
		}
		out = append(append(out, id...), ':')
		a, known := advice[r.Type]
		if !known {
			a = rules.TypeAdvice{Type: r.Type, Name: r.Name}
		}
		e, ok := st.EstimateFor(a)
		if r.Excluded || !ok {
			out = append(out, "null"...)
			continue
		}
		js, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("estimates: %w", err)
		}
		out = append(out, js...)
	}
	return append(out, '}'), nil
}

// withKey adds key with the JSON value val to the JSON object obj as its
// last key, keeping every other key where it was.
func withKey(obj []byte, key string, val []byte) ([]byte, error) {
	if len(obj) < 2 || obj[0] != '{' || obj[len(obj)-1] != '}' {
		return nil, fmt.Errorf("adding %q: %.20q is not a JSON object", key, obj)
	}
	quoted, err := json.Marshal(key)
	if err != nil {
		return nil, fmt.Errorf("adding %q: %w", key, err)
	}
	out := make([]byte, 0, len(obj)+len(quoted)+len(val)+2)
	out = append(out, obj[:len(obj)-1]...)
	if len(obj) > 2 {
		out = append(out, ',')
	}
	out = append(append(append(out, quoted...), ':'), val...)
	return append(out, '}'), nil
}
