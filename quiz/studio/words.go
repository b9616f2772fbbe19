package studio

import "strings"

// The languages an estimate is written in, by their ISO 639-1 codes (as
// ui/locale names them; this package does not import the UI).
const (
	English = "en"
	Spanish = "es"
)

// words are how a language writes prices and estimates. The templates
// take, in order, the parts each names.
type words struct {
	thousands, decimal string
	// symbolAfter writes the currency's symbol after the number.
	symbolAfter bool
	// length is a chain: sum, length, noun, metal ("about $85–115 for a
	// 7-inch welded bracelet in sterling silver"); weld is added when a
	// weld fee is included.
	length func(sum, length, noun, metal string) string
	weld   string
	// fee is a fee alone or a range: sum, noun.
	fee func(sum, noun string) string
	// from is a fee plus jewelry: the least sum, noun, the fee, jewelry's
	// least price.
	from func(least, noun, fee, jewelry string) string
	// lengthOf writes a chain's length: number and unit.
	lengthOf func(number string, u Unit) string
}

var english = &words{
	thousands: ",", decimal: ".",
	length: func(sum, length, noun, metal string) string {
		return "about " + sum + " for " + article(length) + " " + length + " " + noun + " in " + metal
	},
	weld: ", weld included",
	fee:  func(sum, noun string) string { return sum + " for the " + noun },
	from: func(least, noun, fee, jewelry string) string {
		return "from " + least + " for the " + noun + ": a " + fee + " fee plus jewelry from " + jewelry
	},
	lengthOf: func(n string, u Unit) string {
		if u == Inch {
			return n + "-inch"
		}
		return n + " " + string(u)
	},
}

// spanish names the type first, so that no article has to agree with
// its gender: "pulsera soldada de 7 pulgadas en plata de ley: unos
// 85–115 $, soldadura incluida".
var spanish = &words{
	thousands: ".", decimal: ",", symbolAfter: true,
	length: func(sum, length, noun, metal string) string {
		return noun + " de " + length + " en " + metal + ": unos " + sum
	},
	weld: ", soldadura incluida",
	fee:  func(sum, noun string) string { return noun + ": " + sum },
	from: func(least, noun, fee, jewelry string) string {
		return noun + ": desde " + least + " (una tarifa de " + fee + " más la joya, desde " + jewelry + ")"
	},
	lengthOf: func(n string, u Unit) string {
		if u != Inch {
			return n + " " + string(u)
		}
		if n == "1" {
			return "1 pulgada"
		}
		return n + " pulgadas"
	},
}

// wordsFor is a language's words: English for one not spoken.
func wordsFor(lang string) *words {
	if l, _, _ := strings.Cut(strings.ToLower(lang), "_"); l == Spanish {
		return spanish
	}
	return english
}

// number writes a length as the language does: 8.5, 8,5.
func (w *words) number(a Amount) string {
	return strings.Replace(plain(a), ".", w.decimal, 1)
}
