package rules

// The documented JSON shape of a Recommendation, encoded with
// encoding/json: the reference that AppendJSON must match byte for byte.

import (
	"encoding/json"
	"strconv"
)

// jsonRecommendation is the documented JSON shape of a Recommendation.
type jsonRecommendation struct {
	Pick       *string      `json:"pick"`
	Confidence Confidence   `json:"confidence"`
	Flags      []jsonFlag   `json:"flags"`
	Ranking    []jsonRanked `json:"ranking"`
	Metals     jsonMetals   `json:"metals"`
	Summary    string       `json:"summary"`
	Versus     string       `json:"versus"`
	Ask        []string     `json:"ask"`
	Scans      string       `json:"scans"`
	Fit        *Fit         `json:"fit"`
	RunnerUp   *jsonAdvice  `json:"runner_up"`
	Rulebook   string       `json:"rulebook_version"`
}

// jsonFlag is one flag the answers raise.
type jsonFlag struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// jsonAdvice is the runner-up's own advice in a close result.
type jsonAdvice struct {
	Type   string     `json:"type"`
	Name   string     `json:"name"`
	Metals jsonMetals `json:"metals"`
	Ask    []string   `json:"ask"`
	Scans  string     `json:"scans"`
	Fit    Fit        `json:"fit"`
}

type jsonRanked struct {
	Type            string     `json:"type"`
	Name            string     `json:"name"`
	Score           int        `json:"score"`
	Excluded        bool       `json:"excluded"`
	ExcludedBecause string     `json:"excluded_because"`
	Reasons         []string   `json:"reasons"`
	Cautions        []string   `json:"cautions"`
	Base            int        `json:"base"`
	Trace           []jsonStep `json:"trace"`
}

// jsonStep is one line of a type's trace: "effect" is the points the answer
// added or took away, or the string "excluded" when it ruled the type out.
type jsonStep struct {
	Question string          `json:"question"`
	Answer   string          `json:"answer"`
	Effect   json.RawMessage `json:"effect"`
	Because  string          `json:"because"`
}

type jsonMetals struct {
	Recommended []string `json:"recommended"`
	Avoid       []string `json:"avoid"`
	Note        string   `json:"note"`
}

// toJSONMetals is metal advice in the documented shape: metal ids, and
// empty lists rather than null.
func toJSONMetals(m MetalReport) jsonMetals {
	return jsonMetals{Recommended: nonNil(metalIDs(m.Recommended)), Avoid: nonNil(metalIDs(m.Avoid)), Note: m.Note}
}

// referenceJSON is the recommendation encoded by encoding/json from the
// structs above, as MarshalJSON did before AppendJSON.
func referenceJSON(r Recommendation) ([]byte, error) {
	out := jsonRecommendation{
		Summary:    r.Summary,
		Confidence: r.Confidence,
		Versus:     r.Versus,
		Ask:        nonNil(r.Ask),
		Scans:      r.Scans,
		Rulebook:   r.RulebookVersion,
		Ranking:    make([]jsonRanked, len(r.Ranking)),
		Metals:     toJSONMetals(r.Metals),
	}
	out.Flags = make([]jsonFlag, len(r.Flags))
	for i, f := range r.Flags {
		out.Flags[i] = jsonFlag(f)
	}
	if r.Pick != "" {
		pick, fit := r.Pick, r.Fit
		out.Pick, out.Fit = &pick, &fit
	}
	if a := r.RunnerUp; a != nil {
		out.RunnerUp = &jsonAdvice{Type: a.Type, Name: a.Name, Metals: toJSONMetals(a.Metals), Ask: nonNil(a.Ask), Scans: a.Scans, Fit: a.Fit}
	}
	for i, t := range r.Ranking {
		out.Ranking[i] = jsonRanked{
			Type: t.Type, Name: t.Name, Score: t.Score,
			Excluded: t.Excluded, ExcludedBecause: t.ExcludedBecause,
			Reasons: nonNil(t.Reasons), Cautions: nonNil(t.Cautions),
			Base: t.Base, Trace: make([]jsonStep, len(t.Trace)),
		}
		for j, s := range t.Trace {
			effect := json.RawMessage(strconv.Itoa(s.Points))
			if s.Excludes {
				effect = json.RawMessage(`"excluded"`)
			}
			out.Ranking[i].Trace[j] = jsonStep{Question: s.Question, Answer: s.Answer, Effect: effect, Because: s.Because}
		}
	}
	return json.Marshal(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
