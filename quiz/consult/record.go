package consult

import (
	"encoding/json"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// Record is one saved consultation.
type Record struct {
	// Code is the consultation's code, such as "K7MX-4P"; Save assigns it.
	Code string `json:"code"`
	// Name is the client's optional first name.
	Name string `json:"name,omitempty"`
	// Created is when the consultation was saved; Save fills it in when zero.
	Created time.Time `json:"created"`
	// RulebookVersion is the version of the rulebook that made the recommendation.
	RulebookVersion string `json:"rulebook_version"`
	// Answers are the client's answers. The file holds them as an answers
	// file does (see JSON): a many answer as a list of values. Encode a
	// Record with JSON, not encoding/json, which would write it as a string.
	Answers quiz.Answers `json:"answers"`
	// Pick is the recommended type's id, "" when every type was ruled out.
	Pick string `json:"pick"`
	// PickName is the recommended type's name.
	PickName string `json:"pick_name"`
	// Recommendation is the rules.Recommendation as JSON.
	Recommendation json.RawMessage `json:"recommendation"`
	// Report is the plain-text report shown to the client.
	Report string `json:"report"`
}
