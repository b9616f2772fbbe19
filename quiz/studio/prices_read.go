package studio

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"

	"go.yaml.in/yaml/v3"
)

// Limits on prices.
const (
	// MaxAmount bounds every price and length: anything from it up is a
	// typing mistake, not a price.
	MaxAmount = Amount(100000 * 100)
	// MaxInches and MaxCM bound a chain's typical length: a long
	// necklace, not a rope.
	MaxInches = Amount(40 * 100)
	MaxCM     = Amount(100 * 100)
)

// priceFields are the fields of a type's price, by the way they price
// it; a type is priced one way.
var priceFields = []struct {
	kind     PriceKind
	fields   []string
	required []string
}{
	{ByLength, []string{"unit", "length", "per_unit", "weld_fee"}, []string{"unit", "length", "per_unit"}},
	{ByFee, []string{"fee", "jewelry_from"}, []string{"fee"}},
	{ByRange, []string{"range"}, []string{"range"}},
}

// readPrices checks and keeps the studio's prices: each type's price
// (see readPrice) under its rulebook id.
func readPrices(r *reading, key string, v *yaml.Node) []Problem {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		return problemf(key, v, "give each type's price under its id, e.g. piercing: {fee: [40, 60]}; this is %s", describe(v))
	}
	r.pricesSet = true
	p := &Prices{byType: map[string]Price{}}
	var ps []Problem
	fields, more := entries(key, v, "type id")
	ps = append(ps, more...)
	for _, f := range fields {
		path := key + "." + f.key.Value
		if len(r.v.Types) > 0 && !slices.Contains(r.v.Types, f.key.Value) {
			ps = append(ps, problemf(path, f.key, "unknown type %s%s; the types are %s", quiz.Quote(f.key.Value), suggestAmong(f.key.Value, r.v.Types), strings.Join(r.v.Types, ", "))...)
			continue
		}
		pr, more := readPrice(r, path, f.key.Value, f.val)
		ps = append(ps, more...)
		p.byType[f.key.Value] = pr
	}
	if len(ps) == 0 && len(p.byType) > 0 {
		r.s.Prices = p
	}
	return ps
}

// pricesNeedCurrency is the problem of prices set with no currency to
// write them in; none when the currency is set, or wrong (which has its
// own problem).
func (r *reading) pricesNeedCurrency(seen map[string]int) []Problem {
	if !r.pricesSet || seen["currency"] > 0 {
		return nil
	}
	return []Problem{{Line: seen["prices"], Key: "prices", Msg: "prices: set the currency they are in too, e.g. currency: USD"}}
}

// entry is one key and value of a mapping.
type entry struct{ key, val *yaml.Node }

// entries are the entries of mapping v, found at path, and the problems
// of its keys: one that is not text, or one given twice. what names a key
// in messages.
func entries(path string, v *yaml.Node, what string) ([]entry, []Problem) {
	var out []entry
	var ps []Problem
	seen := map[string]int{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], deref(v.Content[i+1])
		switch first := seen[k.Value]; {
		case k.Kind != yaml.ScalarNode:
			ps = append(ps, problemf(path, k, "a key here is a %s; this is %s", what, describe(k))...)
		case first > 0:
			ps = append(ps, problemf(path+"."+k.Value, k, "%s is given twice (first on line %d); keep one", quiz.Quote(k.Value), first)...)
		default:
			seen[k.Value] = k.Line
			out = append(out, entry{k, val})
		}
	}
	return out, ps
}

// readPrice reads type id's price, found at path: a mapping whose fields
// say which way it is priced (see priceFields).
func readPrice(r *reading, path, id string, v *yaml.Node) (Price, []Problem) {
	if v.Kind != yaml.MappingNode {
		return Price{}, problemf(path, v, "expected the price's fields, e.g. {fee: [40, 60], jewelry_from: 30}; this is %s", describe(v))
	}
	fields, ps := entries(path, v, "field of a price")
	got := map[string]*yaml.Node{}
	kinds := map[PriceKind][]string{}
	var all []string
	for _, pf := range priceFields {
		all = append(all, pf.fields...)
	}
	for _, f := range fields {
		kind, ok := kindOf(f.key.Value)
		if !ok {
			ps = append(ps, problemf(path+"."+f.key.Value, f.key, "unknown field %s%s; %s", quiz.Quote(f.key.Value), suggestAmong(f.key.Value, all), waysToPrice)...)
			continue
		}
		got[f.key.Value] = f.val
		kinds[kind] = append(kinds[kind], f.key.Value)
	}
	if len(kinds) != 1 {
		if len(kinds) == 0 && len(ps) > 0 {
			return Price{}, ps
		}
		return Price{}, append(ps, problemf(path, v, "%s; %s", mixed(kinds), waysToPrice)...)
	}
	pr := Price{}
	for kind := range kinds {
		pr.Kind = kind
	}
	for _, pf := range priceFields {
		if pf.kind != pr.Kind {
			continue
		}
		var missing []string
		for _, f := range pf.required {
			if got[f] == nil {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			return Price{}, append(ps, problemf(path, v, "priced by %s, it needs %s too", pr.Kind, strings.Join(missing, " and "))...)
		}
	}
	switch pr.Kind {
	case ByLength:
		ps = append(ps, readByLength(r, path, id, got, &pr)...)
	case ByFee:
		var more []Problem
		pr.Fee, more = readRange(path+".fee", got["fee"])
		ps = append(ps, more...)
		if n := got["jewelry_from"]; n != nil {
			pr.JewelryFrom, more = readAmount(path+".jewelry_from", n)
			ps = append(ps, more...)
		}
	case ByRange:
		var more []Problem
		pr.Range, more = readRange(path+".range", got["range"])
		ps = append(ps, more...)
	}
	return pr, ps
}

// waysToPrice says how a type may be priced, for messages.
const waysToPrice = "a type is priced by length (unit, length, per_unit, weld_fee), by fee (fee, jewelry_from) or by range (range)"

// kindOf is the way of pricing that field belongs to.
func kindOf(field string) (PriceKind, bool) {
	for _, pf := range priceFields {
		if slices.Contains(pf.fields, field) {
			return pf.kind, true
		}
	}
	return "", false
}

// mixed says which fields of which ways of pricing a price mixes, or that
// it has none.
func mixed(kinds map[PriceKind][]string) string {
	if len(kinds) == 0 {
		return "no price given"
	}
	var parts []string
	for _, pf := range priceFields {
		if fs := kinds[pf.kind]; len(fs) > 0 {
			parts = append(parts, fmt.Sprintf("%s prices by %s", strings.Join(fs, ", "), pf.kind))
		}
	}
	return "mixes ways of pricing (" + strings.Join(parts, "; ") + "): give one"
}

// readByLength reads a chain's price by length into pr: its unit, typical
// length, price per unit for each metal the type comes in, and weld fee.
func readByLength(r *reading, path, id string, got map[string]*yaml.Node, pr *Price) []Problem {
	metals, known := r.v.TypeMetals[id]
	if known && len(metals) == 0 {
		return problemf(path, got["per_unit"], "%s is made of no metal, so it is not priced by a chain's length; give fee or range", quiz.Quote(id))
	}
	var ps []Problem
	unit, more := text(path+".unit", got["unit"])
	ps = append(ps, more...)
	units := []string{string(Inch), string(CM)}
	switch {
	case more != nil:
	case !slices.Contains(units, unit):
		ps = append(ps, problemf(path+".unit", got["unit"], "unknown unit %s%s; the units are inch and cm", quiz.Quote(unit), suggestAmong(unit, units))...)
	default:
		pr.Unit = Unit(unit)
	}
	pr.Length, more = readAmount(path+".length", got["length"])
	ps = append(ps, more...)
	longest := map[Unit]Amount{Inch: MaxInches, CM: MaxCM}[pr.Unit]
	switch {
	case more != nil || pr.Unit == "":
	case pr.Length == 0:
		ps = append(ps, problemf(path+".length", got["length"], "a chain's typical length cannot be 0")...)
	case pr.Length > longest:
		ps = append(ps, problemf(path+".length", got["length"], "%s %s is longer than any chain (at most %s)", plain(pr.Length), pr.Unit, plain(longest))...)
	}
	if n := got["weld_fee"]; n != nil {
		pr.WeldFee, more = readRange(path+".weld_fee", n)
		ps = append(ps, more...)
	}
	perUnit, more := readPerUnit(r, path+".per_unit", id, metals, known, got["per_unit"])
	pr.PerUnit = perUnit
	return append(ps, more...)
}

// readPerUnit reads a chain's price per unit for each metal, by the
// rulebook's metal ids; with the type's metals known, only those.
func readPerUnit(r *reading, path, id string, metals []string, known bool, v *yaml.Node) (map[string]Range, []Problem) {
	if v.Kind != yaml.MappingNode || len(v.Content) == 0 {
		return nil, problemf(path, v, "give a price per unit for each metal, e.g. {solid-gold: [10, 14], sterling-silver: 4}; this is %s", describe(v))
	}
	fields, ps := entries(path, v, "metal id")
	out := map[string]Range{}
	for _, f := range fields {
		metal, at := f.key.Value, path+"."+f.key.Value
		switch {
		case len(r.v.Metals) > 0 && !slices.Contains(r.v.Metals, metal):
			ps = append(ps, problemf(at, f.key, "unknown metal %s%s; the metals are %s", quiz.Quote(metal), suggestAmong(metal, r.v.Metals), strings.Join(r.v.Metals, ", "))...)
			continue
		case known && !slices.Contains(metals, metal):
			ps = append(ps, problemf(at, f.key, "%s does not come in %s%s; it comes in %s", quiz.Quote(id), quiz.Quote(metal), suggestAmong(metal, metals), strings.Join(metals, ", "))...)
			continue
		}
		rg, more := readRange(at, f.val)
		ps = append(ps, more...)
		out[metal] = rg
	}
	return out, ps
}

// readRange reads a price or a range of prices: a number for one price,
// or [low, high] with low no more than high.
func readRange(path string, v *yaml.Node) (Range, []Problem) {
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		n, ps := readAmount(path, v)
		return Range{n, n}, ps
	}
	if v.Kind != yaml.SequenceNode || len(v.Content) != 2 {
		return Range{}, problemf(path, v, "expected a price (40) or a range [low, high] ([40, 60]); this is %s", describe(v))
	}
	low, ps := readAmount(path, deref(v.Content[0]))
	high, more := readAmount(path, deref(v.Content[1]))
	if ps = append(ps, more...); ps != nil {
		return Range{}, ps
	}
	if low > high {
		return Range{}, problemf(path, v, "the range [%s, %s] starts above its end; write it [low, high]", plain(low), plain(high))
	}
	return Range{low, high}, nil
}

// readAmount reads a plain number, at least 0 and under MaxAmount, with
// at most two decimals (cents, or hundredths of an inch).
func readAmount(path string, v *yaml.Node) (Amount, []Problem) {
	if v.Kind != yaml.ScalarNode || isNull(v) {
		return 0, problemf(path, v, "expected a number, e.g. 40 or 12.50; this is %s", describe(v))
	}
	tag := v.ShortTag()
	f, err := strconv.ParseFloat(v.Value, 64)
	switch {
	case tag != "!!int" && tag != "!!float" || err != nil || math.IsInf(f, 0) || math.IsNaN(f):
		return 0, problemf(path, v, "expected a plain number, e.g. 40 or 12.50; this is %s (the currency setting says the currency, so leave out any symbol)", describe(v))
	case f < 0:
		return 0, problemf(path, v, "%s is below 0; a price or length cannot be negative", v.Value)
	case f*100 >= float64(MaxAmount):
		return 0, problemf(path, v, "%s is too large: a price or length here is under %s", v.Value, plain(MaxAmount))
	case math.Abs(f*100-math.Round(f*100)) > 1e-6:
		return 0, problemf(path, v, "%s has more than two decimals", v.Value)
	}
	return Amount(math.Round(f * 100)), nil
}
