// Package locale holds the words the quiz's screens and reports say, in
// every language jewelquiz speaks, and chooses which language to speak.
// The words live in message catalogues, one YAML file per area and
// language under messages/ (welcome.en.yaml beside welcome.es.yaml), in
// go-i18n's format; `go generate` compiles them into Go data, so that no
// YAML is parsed at run time. A message is found by its id; one with
// {{.Name}} placeholders or plural forms is said with go-i18n, its plural
// form chosen by CLDR's rules for the language. A Printer speaks one
// language; Printers are built once per language and shared read-only
// between sessions. The rulebook's own words (questions, types,
// explanations) are translated by the rules package, not here.
package locale
