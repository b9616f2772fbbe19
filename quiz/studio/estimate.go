package studio

import (
	"fmt"
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
// a range is as given.
func (s Studio) EstimateFor(a rules.TypeAdvice) (Estimate, bool) {
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
		e.Text = fmt.Sprintf("about %s for %s %s in %s", e.Currency.FormatRange(Range{e.Low, e.High}), article(plain(e.Length)), lengthOf(pr.Unit, pr.Length)+" "+noun, m.Name)
		if pr.WeldFee.High > 0 {
			e.Text += ", weld included"
		}
	case ByFee:
		e.Fee, e.JewelryFrom = pr.Fee, pr.JewelryFrom
		e.Low, e.High = pr.Fee.Low+pr.JewelryFrom, pr.Fee.High+pr.JewelryFrom
		e.Text = fmt.Sprintf("%s for the %s", e.Currency.FormatRange(pr.Fee), noun)
		if pr.JewelryFrom > 0 {
			e.Open = true
			e.Text = fmt.Sprintf("from %s for the %s: a %s fee plus jewelry from %s", e.Currency.Format(e.Low), noun, e.Currency.FormatRange(pr.Fee), e.Currency.Format(pr.JewelryFrom))
		}
	case ByRange:
		e.Low, e.High = pr.Range.Low, pr.Range.High
		e.Text = fmt.Sprintf("%s for the %s", e.Currency.FormatRange(pr.Range), noun)
	}
	return e, true
}

// Estimator is EstimateFor's words, for a report: nil when the studio
// sets no prices, so that nothing about money is shown.
func (s Studio) Estimator() func(rules.TypeAdvice) (string, bool) {
	if s.Prices == nil {
		return nil
	}
	return func(a rules.TypeAdvice) (string, bool) {
		e, ok := s.EstimateFor(a)
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

// lengthOf writes a length to go before a noun: "7-inch", "45 cm".
func lengthOf(u Unit, n Amount) string {
	if u == Inch {
		return plain(n) + "-inch"
	}
	return plain(n) + " " + string(u)
}

// article is "an" before a number said with a vowel first (8, 11, 18,
// 80…), else "a".
func article(number string) string {
	whole, _, _ := strings.Cut(number, ".")
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
