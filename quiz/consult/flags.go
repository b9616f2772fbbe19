package consult

import "encoding/json"

// FlagIDs returns the ids of the flags the stored recommendation raised
// (such as "pregnant" or "under-18"), in the order they were shown: none
// when it raised none, or when the recommendation cannot be read for them.
func (r Record) FlagIDs() []string {
	var rec struct {
		Flags []struct {
			ID string `json:"id"`
		} `json:"flags"`
	}
	if json.Unmarshal(r.Recommendation, &rec) != nil {
		return nil
	}
	ids := make([]string, 0, len(rec.Flags))
	for _, f := range rec.Flags {
		if f.ID != "" {
			ids = append(ids, f.ID)
		}
	}
	return ids
}
