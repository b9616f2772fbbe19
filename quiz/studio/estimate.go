package studio

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jewelquiz/jewelquiz/rules"
)

// Estimate is what one type is likely to cost at the studio, from its
// prices and the customer's advice.
type Estimate struct {
	Type     string
	Kind     PriceKind
	Currency Currency
	// Low to High is what it comes to; Open when there is no upper end
	// (jewelry from a price), and then High is the fee's end alone.
	Low, High Amount
	Open      bool
	// Metal (its id and name), Unit, Length and WeldFee are what a chain
	// priced ByLength is estimated for.
	Metal, MetalName string
	Unit             Unit
	Length           Amount
	WeldFee          Range
	// Fee and JewelryFrom are what a piece priced ByFee adds up from.
	Fee         Range
	JewelryFrom Amount
	// Text says it in words, for a sentence of its own: "about $85–115
	// for a 7-inch welded bracelet in sterling silver, weld included".
	Text string
}

// roundTo is what a chain's estimate is rounded out to, in whole units:
// it comes from a typical length, so it is no more exact than that.
const roundTo = 5

// EstimateFor is the estimate for the type of advice a, and whether there
// is one: the studio prices the type and, for a chain, one of the metals
// recommended to the customer. A chain is estimated in the first of those
// metals the studio prices (the rulebook lists the best first), for the
// studio's typical length, weld fee included, rounded out to 5 (the low
// end down, the high end up). A fee and jewelry are added as they are;
// a range is as given. Its Text is in English.
func (s Studio) EstimateFor(a rules.TypeAdvice) (Estimate, bool) {
	return s.EstimateIn(a, English)
}

// EstimateIn is EstimateFor with its Text in language lang ("en", "es"),
// its sums written as the language writes them ("about $95–130 for…",
// "…: unos 95–130 $"); a language not spoken is English. Every other
// field is the same in every language. a's names (the type's and the
// metals') are used as they come: give advice from a rulebook in the
// same language.
func (s Studio) EstimateIn(a rules.TypeAdvice, lang string) (Estimate, bool) {
	w := wordsFor(lang)
	pr, ok := s.Prices.For(a.Type)
	if !ok {
		return Estimate{}, false
	}
	e := Estimate{Type: a.Type, Kind: pr.Kind, Currency: s.Currency}
	noun := lowerFirst(a.Name)
	switch pr.Kind {
	case ByLength:
		var m rules.Metal
		for _, rm := range a.Metals.Recommended {
			if _, priced := pr.PerUnit[rm.ID]; priced {
				m = rm
				break
			}
		}
		if m.ID == "" {
			return Estimate{}, false
		}
		per := pr.PerUnit[m.ID]
		e.Metal, e.MetalName, e.Unit, e.Length, e.WeldFee = m.ID, m.Name, pr.Unit, pr.Length, pr.WeldFee
		e.Low = roundDown(per.Low*pr.Length + pr.WeldFee.Low*100)
		e.High = roundUp(per.High*pr.Length + pr.WeldFee.High*100)
		e.Text = w.length(e.Currency.FormatRangeIn(lang, Range{e.Low, e.High}), w.lengthOf(w.number(pr.Length), pr.Unit), noun, m.Name)
		if pr.WeldFee.High > 0 {
			e.Text += w.weld
		}
	case ByFee:
		e.Fee, e.JewelryFrom = pr.Fee, pr.JewelryFrom
		e.Low, e.High = pr.Fee.Low+pr.JewelryFrom, pr.Fee.High+pr.JewelryFrom
		e.Text = w.fee(e.Currency.FormatRangeIn(lang, pr.Fee), noun)
		if pr.JewelryFrom > 0 {
			e.Open = true
			e.Text = w.from(e.Currency.FormatIn(lang, e.Low), noun, e.Currency.FormatRangeIn(lang, pr.Fee), e.Currency.FormatIn(lang, pr.JewelryFrom))
		}
	case ByRange:
		e.Low, e.High = pr.Range.Low, pr.Range.High
		e.Text = w.fee(e.Currency.FormatRangeIn(lang, pr.Range), noun)
	}
	return e, true
}

// Estimator is EstimateFor's words, for a report: nil when the studio
// sets no prices, so that nothing about money is shown.
func (s Studio) Estimator() func(rules.TypeAdvice) (string, bool) {
	return s.EstimatorIn(English)
}

// EstimatorIn is EstimateIn's words in language lang, for a report: nil
// when the studio sets no prices.
func (s Studio) EstimatorIn(lang string) func(rules.TypeAdvice) (string, bool) {
	if s.Prices == nil {
		return nil
	}
	return func(a rules.TypeAdvice) (string, bool) {
		e, ok := s.EstimateIn(a, lang)
		return e.Text, ok
	}
}

// roundDown rounds x, in ten-thousandths of a unit (cents times
// hundredths), down to a multiple of roundTo units, in cents; a price
// that would come to nothing is rounded down to a whole unit instead.
func roundDown(x Amount) Amount {
	step := Amount(roundTo * 100 * 100)
	if x > 0 && x < step {
		return x / 10000 * 100
	}
	return x / step * step / 100
}

// roundUp rounds x, in ten-thousandths of a unit, up to a multiple of
// roundTo units, in cents.
func roundUp(x Amount) Amount {
	step := Amount(roundTo * 100 * 100)
	return (x + step - 1) / step * step / 100
}

// article is "an" before a length said with a vowel first (8, 11, 18,
// 80…, as in "an 18-inch"), else "a".
func article(length string) string {
	whole := strings.TrimLeft(length, "0123456789")
	whole = length[:len(length)-len(whole)]
	if strings.HasPrefix(whole, "8") || whole == "11" || whole == "18" {
		return "an"
	}
	return "a"
}

// lowerFirst is s with its first letter in lower case: a type's name
// inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
