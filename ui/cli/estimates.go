package cli

import (
	"encoding/json"
	"fmt"

	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// appendEstimates appends "estimates" for a recommendation's JSON to dst:
// an object of every ranked type's id, in ranking order, to its estimate
// at the studio (see studio.Estimate's JSON), or null where there is none: no prices,
// no price for the type, a type ruled out, or a chain whose metals are
// not known (any type but the pick and a close result's runner-up, whose
// metal advice the recommendation carries). Its text is in lang.
func appendEstimates(dst []byte, rec rules.Recommendation, st studio.Studio, lang locale.Lang) ([]byte, error) {
	out := append(dst, '{')
	for i, r := range rec.Ranking {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(rules.AppendJSONString(out, r.Type), ':')
		if r.Excluded {
			out = append(out, "null"...)
			continue
		}
		var a rules.TypeAdvice
		switch run := rec.RunnerUp; {
		case rec.Pick != "" && r.Type == rec.Pick:
			a = rec.PickAdvice()
		case run != nil && r.Type == run.Type:
			a = *run
		default:
			a = rules.TypeAdvice{Type: r.Type, Name: r.Name}
		}
		e, ok := st.EstimateIn(a, lang.String())
		if !ok {
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
