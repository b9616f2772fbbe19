package rules

import "encoding/json"

// jsonRecommendation is the documented JSON shape of a Recommendation.
type jsonRecommendation struct {
	Pick     *string      `json:"pick"`
	Ranking  []jsonRanked `json:"ranking"`
	Metals   jsonMetals   `json:"metals"`
	Summary  string       `json:"summary"`
	Versus   string       `json:"versus"`
	Ask      []string     `json:"ask"`
	Rulebook string       `json:"rulebook_version"`
}

type jsonRanked struct {
	Type            string   `json:"type"`
	Name            string   `json:"name"`
	Score           int      `json:"score"`
	Excluded        bool     `json:"excluded"`
	ExcludedBecause string   `json:"excluded_because"`
	Reasons         []string `json:"reasons"`
	Cautions        []string `json:"cautions"`
}

type jsonMetals struct {
	Recommended []string `json:"recommended"`
	Avoid       []string `json:"avoid"`
	Note        string   `json:"note"`
}

// MarshalJSON writes the recommendation in the documented JSON shape, with
// "pick": null when every type is ruled out.
func (r Recommendation) MarshalJSON() ([]byte, error) {
	out := jsonRecommendation{
		Summary:  r.Summary,
		Versus:   r.Versus,
		Ask:      nonNil(r.Ask),
		Rulebook: r.RulebookVersion,
		Ranking:  make([]jsonRanked, len(r.Ranking)),
		Metals: jsonMetals{
			Recommended: nonNil(metalIDs(r.Metals.Recommended)),
			Avoid:       nonNil(metalIDs(r.Metals.Avoid)),
			Note:        r.Metals.Note,
		},
	}
	if r.Pick != "" {
		pick := r.Pick
		out.Pick = &pick
	}
	for i, t := range r.Ranking {
		out.Ranking[i] = jsonRanked{
			Type: t.Type, Name: t.Name, Score: t.Score,
			Excluded: t.Excluded, ExcludedBecause: t.ExcludedBecause,
			Reasons: nonNil(t.Reasons), Cautions: nonNil(t.Cautions),
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
