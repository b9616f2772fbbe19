// Package locale holds the words the quiz's screens and reports say, in
// every language jewelquiz speaks, and chooses which language to speak.
// The words live in message catalogues, one YAML file per area and
// language under messages/ (welcome.en.yaml beside welcome.es.yaml), read
// with go-i18n: a message is found by its id, its {{.Name}} placeholders
// filled from the data given, and its plural form chosen by CLDR's rules
// for the language. A Printer speaks one language; Printers are built
// once per language and shared read-only between sessions. The rulebook's
// own words (questions, types, explanations) are translated by the rules
// package, not here.
package locale
