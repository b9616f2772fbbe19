//go:build rulebookgen

package rules

// generatedRulebook has no rulebook to return while rulebookgen builds:
// the generated one is left out so that a stale one cannot stop the
// generator from building. Default then parses the YAML.
func generatedRulebook() *Rulebook { return nil }

// generatedSaid has no sentences while rulebookgen builds: Default
// composes them.
var generatedSaid [][]string
