package rules

// In returns the rulebook in a language, by its ISO 639-1 code ("es"):
// the same questions, answers, types, scores and ids, in that language's
// words. It returns rb itself for the rulebook's own language (English),
// and for a language it has no translation for.
func (rb *Rulebook) In(lang string) *Rulebook {
	return rb
}
