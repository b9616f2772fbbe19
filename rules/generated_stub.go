//go:build rulebookgen

package rules

// generatedRulebook has no rulebook to return while rulebookgen builds:
// the generated one is left out so that a stale one cannot stop the
// generator from building. Default then parses the YAML.
func generatedRulebook() *Rulebook { return nil }

// generatedSaid has no sentences while rulebookgen builds: Default
// composes them.
var generatedSaid [][]string

// generatedSpanish has no translation while rulebookgen builds: In parses
// the embedded YAML.
func generatedSpanish() *Rulebook { return nil }

// generatedSaidEs and generatedReasonEs go with generatedSpanish.
var generatedSaidEs [][]string

const generatedReasonEs = ""
