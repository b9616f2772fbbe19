package studio

// Prices are a studio's prices, by the rulebook's type ids. A studio file
// sets them under "prices"; a Studio with none has a nil *Prices.
type Prices struct {
	byType map[string]Price
}

// For is the price of type id, and whether the studio gives one.
func (p *Prices) For(id string) (Price, bool) {
	if p == nil {
		return Price{}, false
	}
	pr, ok := p.byType[id]
	return pr, ok
}

// PriceKind is how a type is priced.
type PriceKind string

// The ways a type may be priced.
const (
	// ByLength is a chain sold by the inch or centimetre, in a metal, plus
	// a fee for the weld: the welded types.
	ByLength PriceKind = "length"
	// ByFee is a fee for the work, plus jewelry from a price: piercings
	// and implants.
	ByFee PriceKind = "fee"
	// ByRange is one range for the whole piece: tattoo jewelry.
	ByRange PriceKind = "range"
)

// Unit is what a chain's length is measured in.
type Unit string

// The units a chain may be priced by.
const (
	Inch Unit = "inch"
	CM   Unit = "cm"
)

// Price is what one type costs at the studio, written one of three ways
// (Kind); only that kind's fields are set.
type Price struct {
	Kind PriceKind
	// Unit, Length, PerUnit and WeldFee price a chain ByLength: PerUnit
	// by metal id, for one Unit of chain; Length is the typical length
	// the estimate is for; WeldFee is added once (zero when the studio
	// gives none).
	Unit    Unit
	Length  Amount
	PerUnit map[string]Range
	WeldFee Range
	// Fee and JewelryFrom price a piece ByFee: the fee for the work, and
	// the least the jewelry costs (zero when the studio gives none).
	Fee         Range
	JewelryFrom Amount
	// Range prices a piece ByRange.
	Range Range
}

// Range is a price from Low to High, the same for a single price.
type Range struct {
	Low, High Amount
}

// Amount is a sum of money, in cents, or a length, in hundredths of its
// unit: 1250 is 12.50. Kept whole so the arithmetic is exact.
type Amount int64

// Whole is the amount of n whole units (n dollars, n inches).
func Whole(n int64) Amount { return Amount(n * 100) }
