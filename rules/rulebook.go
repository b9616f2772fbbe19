// Package rules is the domain at the centre of jewelquiz: the jewelry types,
// the rulebook that says how each answer moves each type's score, and the
// engine that turns a customer's answers into a ranked, explained
// recommendation. It is pure: it parses what it is handed and does no I/O.
package rules

import (
	_ "embed"

	"github.com/jewelquiz/jewelquiz/quiz"
)

//go:embed rulebook.yaml
var defaultSource []byte

// DefaultName is the file name reported in errors about the embedded rulebook.
const DefaultName = "rulebook.yaml (embedded)"

// DefaultSource returns the embedded rulebook's YAML text.
func DefaultSource() []byte { return append([]byte(nil), defaultSource...) }

//go:generate go run -tags rulebookgen ./internal/rulebookgen -in rulebook.yaml -es rulebook.es.yaml -out generated_rulebook.go

// Default returns the embedded rulebook. It was loaded and checked when
// generated_rulebook.go was generated from it, with its sentences, so all
// that is left is to compile its scoring tables: no YAML is parsed, which
// was most of a command's start-up. Tests check the generated rulebook is
// the YAML's. It knows its embedded Spanish translation, made from the
// generated data too, and only when In first asks for it.
func Default() (*Rulebook, error) {
	rb := generatedRulebook()
	if rb == nil { // built with the rulebookgen tag, for the generator
		return withEmbedded(loadTrusted(DefaultName, defaultSource))
	}
	rb.compileTables()
	rb.say(generatedSaid)
	return withEmbedded(rb, nil)
}

// Rulebook is a loaded, validated rulebook, ready to score answers.
type Rulebook struct {
	// Version identifies this edition of the rulebook in saved results.
	Version string `yaml:"version"`
	// Name is a human-readable title.
	Name string `yaml:"name"`
	// Questions are the quiz's questions in the order they are asked; their
	// ids and values are what the rest of the rulebook and answers use.
	Questions []quiz.Question `yaml:"questions"`
	// Explain holds the sentence templates used in explanations.
	Explain Templates `yaml:"explain"`
	// Answers maps question id → answer value → the answer in the customer's words.
	Answers map[string]map[string]string `yaml:"answers"`
	// Metals are the metals the rulebook talks about.
	Metals []Metal `yaml:"metals"`
	// MetalAdvice says which metals to choose and avoid for each answer to one question.
	MetalAdvice MetalAdvice `yaml:"metal_advice"`
	// Ask lists questions for every consultation, whatever the pick; a
	// type's own questions come first.
	Ask []string `yaml:"ask"`
	// Flags are what some answers must tell the customer and the staff
	// before any pick, in the order they are shown.
	Flags []Flag `yaml:"flags"`
	// Types are the jewelry types, in rulebook order (which breaks ties).
	Types []Type `yaml:"types"`

	bank     []quiz.Question  // Questions, as compiled into table
	valueIdx []map[string]int // per question: value → option index
	table    [][][]cell       // per type, question, option
	said     [][]string       // per type, effect: its sentence, as Sentence says it
	groupOf  map[string]int   // type id → index into MetalAdvice.Groups
	reason   string           // the reason template of a translation; "" is reasonEnglish
	tr       *translations    // the languages it can be had in; see In
}

// Templates are the sentences used to explain a recommendation. Words in
// braces, such as {pick}, are filled in.
type Templates struct {
	// Summary leads a clear result.
	Summary string `yaml:"summary"`
	// Close leads a close result, naming the answer that tells the two
	// apart; CloseBase when none of the answers does.
	Close     string `yaml:"close"`
	CloseBase string `yaml:"close_base"`
	// Weak leads a result whose best score is under WeakBelow.
	Weak string `yaml:"weak"`
	// Single and SingleWeak lead a clear or weak result whose pick is the
	// only type not ruled out: nothing was compared, so they say so.
	Single     string `yaml:"single"`
	SingleWeak string `yaml:"single_weak"`
	// NoPick leads a result where every type is ruled out.
	NoPick string `yaml:"no_pick"`
	// Versus says why the pick beat the runner-up: an answer; VersusBase
	// its starting score alone; VersusStart its starting score more than
	// any one answer, and that answer too.
	Versus      string `yaml:"versus"`
	VersusBase  string `yaml:"versus_base"`
	VersusStart string `yaml:"versus_start"`
	Tie         string `yaml:"tie"`
	Only        string `yaml:"only"`
	// NoReason stands in for the pick's reasons when it has none; {count}
	// is the number of types not ruled out. NoReasonOnly when the pick is
	// the only one.
	NoReason     string `yaml:"no_reason"`
	NoReasonOnly string `yaml:"no_reason_only"`
}

// Flag is a note that an answer raises for the customer and the staff
// before any pick: "see your cardiologist first", "a parent or guardian
// must come and consent".
type Flag struct {
	ID string `yaml:"id"`
	// When holds the answers that raise the flag.
	When quiz.Condition `yaml:"when"`
	Text string         `yaml:"text"`
}

// Metal is one metal a piece can be made of.
type Metal struct {
	ID    string `yaml:"id"`
	Name  string `yaml:"name"`
	About string `yaml:"about"`
}

// MetalAdvice gives metal advice for each answer to Question, group by
// group of types: the metals that suit a welded chain are not those that
// suit a fresh piercing, and tattoo jewelry is not metal at all.
type MetalAdvice struct {
	Question string       `yaml:"question"`
	Groups   []MetalGroup `yaml:"groups"`
}

// MetalGroup is the metal advice for some types. It has advice for every
// answer, or, for types made of no metal, only a note.
type MetalGroup struct {
	// Name names the group in error messages.
	Name string `yaml:"name"`
	// Types are the ids of the types the advice is for; every type is in
	// exactly one group.
	Types []string `yaml:"types"`
	// Only, when given, lists every metal the group may recommend.
	Only    []string          `yaml:"only"`
	Answers map[string]Advice `yaml:"answers"`
	// Note is the whole advice of a group with no metals to choose.
	Note string `yaml:"note"`
}

// Advice is the metal advice for one answer.
type Advice struct {
	Recommended []string `yaml:"recommended"`
	Avoid       []string `yaml:"avoid"`
	Note        string   `yaml:"note"`
}

// Type is one kind of permanent jewelry.
type Type struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Summary     string   `yaml:"summary"`
	Description string   `yaml:"description"`
	Metals      []string `yaml:"metals"`
	// MetalNote adds to the metal advice when this type is the pick; a
	// type made of no metal must say what it is made of instead.
	MetalNote string `yaml:"metal_note"`
	// Base is the score before any answer counts.
	Base *int `yaml:"base"`
	// Cautions are always shown when this type is the pick.
	Cautions []string `yaml:"cautions"`
	// Catalog describes the type for people exploring the options.
	Catalog Catalog `yaml:"catalog"`
	// Ask lists questions to bring to the consultation for this type.
	Ask []string `yaml:"ask"`
	// Scans says what happens to it for an MRI or surgery.
	Scans string `yaml:"scans"`
	// Fit says how it should sit, and when the season matters.
	Fit     Fit      `yaml:"fit"`
	Effects []Effect `yaml:"effects"`
}

// Fit is a type's fitting advice: how it should sit on the body, and a
// note on the time of year where that matters.
type Fit struct {
	// Advice says how it should sit: a finger's space under a bracelet.
	Advice string `yaml:"advice" json:"advice"`
	// Season is a note on the time of year, "" where there is none.
	Season string `yaml:"season" json:"season"`
}

// Catalog is a type's page in the catalog of options.
type Catalog struct {
	// Made says how it is made or placed.
	Made string `yaml:"made" json:"made"`
	// Upkeep says what looking after it takes.
	Upkeep string `yaml:"upkeep" json:"upkeep"`
	// Removal says how it comes off, if it can.
	Removal string `yaml:"removal" json:"removal"`
	// Healing gives the healing time, or "" where there is none.
	Healing string `yaml:"healing" json:"healing"`
	// Suits and NotFor say who it suits and who it does not.
	Suits  []string `yaml:"suits" json:"suits"`
	NotFor []string `yaml:"not_for" json:"not_for"`
	// Pros and Cons are the advantages and concerns that apply to it.
	Pros []string `yaml:"pros" json:"pros"`
	Cons []string `yaml:"cons" json:"cons"`
}

// Effect moves a type's score, or rules it out, when one question has one answer.
type Effect struct {
	// When holds exactly one question id → answer value.
	When    map[string]string `yaml:"when"`
	Points  *int              `yaml:"points"`
	Exclude bool              `yaml:"exclude"`
	Because string            `yaml:"because"`
}

// condition returns the effect's single question and value.
func (e Effect) condition() (question, value string) {
	for q, v := range e.When {
		return q, v
	}
	return "", ""
}

// cell is what one answer does to one type.
type cell struct {
	points   int
	excluded bool
	effects  []int // indices into Type.Effects, in rulebook order
}

// Bank returns the rulebook's questions in the order they are asked.
func (rb *Rulebook) Bank() []quiz.Question { return rb.bank }

// Type returns the type with the given id and whether it exists.
func (rb *Rulebook) Type(id string) (Type, bool) {
	for _, t := range rb.Types {
		if t.ID == id {
			return t, true
		}
	}
	return Type{}, false
}

// Metal returns the metal with the given id and whether it exists.
func (rb *Rulebook) Metal(id string) (Metal, bool) {
	for _, m := range rb.Metals {
		if m.ID == id {
			return m, true
		}
	}
	return Metal{}, false
}
