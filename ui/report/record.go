package report

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// savedWidth is the width a consultation's plain-text report is kept at.
const savedWidth = 72

// Record is the consultation saved for rec: its answers, the
// recommendation as JSON, and the plain-text report the customer saw, its
// own words in lang (the rulebook's are rec's own); no code, name or time
// yet.
func Record(rec rules.Recommendation, lang locale.Lang) (consult.Record, error) {
	st := PlainStyles()
	st.Lang = lang
	recJSON, err := json.Marshal(rec)
	if err != nil {
		return consult.Record{}, fmt.Errorf("encoding the results: %w", err)
	}
	r := consult.Record{
		RulebookVersion: rec.RulebookVersion,
		Answers:         rec.Answers.Clone(),
		Pick:            rec.Pick,
		Recommendation:  recJSON,
		Report:          Render(rec, st, savedWidth),
	}
	if r.Pick != "" {
		r.PickName = rec.Ranking[0].Name
	}
	return r, nil
}

// RetentionText is how long consultations are kept, in days as the
// consent screen says it in English: "30 days", "1 day". Zero is
// studio.DefaultRetention.
func RetentionText(d time.Duration) string {
	return RetentionIn(locale.For(locale.English), d)
}

// RetentionIn is RetentionText in tr's language: "30 días".
func RetentionIn(tr *locale.Printer, d time.Duration) string {
	return tr.N("save.days", int((RetentionOr(d)+12*time.Hour)/(24*time.Hour)))
}

// RetentionOr is d, or studio.DefaultRetention for zero, as a studio's
// RetentionOr decides it.
func RetentionOr(d time.Duration) time.Duration {
	return studio.Studio{Retention: d}.RetentionOr()
}
