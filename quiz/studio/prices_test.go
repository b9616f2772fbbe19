package studio

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// priced is a studio file with a currency and prices, the prices' lines
// given.
func priced(lines ...string) string {
	return "currency: USD\nprices:\n" + strings.Join(lines, "\n") + "\n"
}

// TestParsePriceProblems gives the prices one mistake each and checks it
// is found on its line, about its key (which starts its message), in
// words that say what is wrong.
func TestParsePriceProblems(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		key, msg  string
	}{
		{"prices without a currency", "name: A\nprices:\n  piercing: {fee: 40}\n", 2, "prices", "set the currency they are in too"},
		{"prices a list", "currency: USD\nprices: [40]\n", 2, "prices", "give each type's price under its id"},
		{"unknown type, close", priced("  welded-braclet: {range: 40}"), 3, "prices.welded-braclet", `unknown type "welded-braclet" (did you mean "welded-bracelet"?); the types are welded-bracelet,`},
		{"unknown type, far", priced("  nose-ring: {range: 40}"), 3, "prices.nose-ring", `unknown type "nose-ring"; the types are`},
		{"type twice", priced("  piercing: {fee: 40}", "  piercing: {fee: 50}"), 4, "prices.piercing", `"piercing" is given twice (first on line 3)`},
		{"price not a mapping", priced("  piercing: 40"), 3, "prices.piercing", "expected the price's fields"},
		{"no price", priced("  piercing: {}"), 3, "prices.piercing", "no price given; a type is priced by length"},
		{"unknown field, close", priced("  piercing: {fees: 40}"), 3, "prices.piercing.fees", `unknown field "fees" (did you mean "fee"?)`},
		{"two ways at once", priced("  piercing: {fee: 40, range: [40, 60]}"), 3, "prices.piercing", "mixes ways of pricing (fee prices by fee; range prices by range)"},
		{"by length, missing", priced("  welded-anklet: {unit: inch, per_unit: {solid-gold: 10}}"), 3, "prices.welded-anklet", "priced by length, it needs length too"},
		{"by fee, missing", priced("  implant: {jewelry_from: 30}"), 3, "prices.implant", "priced by fee, it needs fee too"},
		{"by length, no metal", priced("  tattoo-jewelry:", "    unit: inch", "    length: 7", "    per_unit: {titanium: 10}"), 6, "prices.tattoo-jewelry", `"tattoo-jewelry" is made of no metal`},
		{"unknown unit", priced("  welded-bracelet:", "    unit: inches", "    length: 7", "    per_unit: {solid-gold: 10}"), 4, "prices.welded-bracelet.unit", `unknown unit "inches" (did you mean "inch"?)`},
		{"length 0", priced("  welded-bracelet: {unit: inch, length: 0, per_unit: {solid-gold: 10}}"), 3, "prices.welded-bracelet.length", "cannot be 0"},
		{"length too long", priced("  welded-necklace: {unit: cm, length: 120, per_unit: {solid-gold: 4}}"), 3, "prices.welded-necklace.length", "120 cm is longer than any chain (at most 100)"},
		{"unknown metal, close", priced("  welded-bracelet:", "    unit: inch", "    length: 7", "    per_unit:", "      solid-gold: 10", "      sterling: 4"), 8, "prices.welded-bracelet.per_unit.sterling", `unknown metal "sterling" (did you mean "sterling-silver"?)`},
		{"a metal the type does not come in", priced("  welded-bracelet:", "    unit: inch", "    length: 7", "    per_unit: {niobium: 10}"), 6, "prices.welded-bracelet.per_unit.niobium", `"welded-bracelet" does not come in "niobium"; it comes in solid-gold, gold-filled`},
		{"no metals", priced("  welded-bracelet: {unit: inch, length: 7, per_unit: {}}"), 3, "prices.welded-bracelet.per_unit", "give a price per unit for each metal"},
		{"metal twice", priced("  welded-bracelet:", "    unit: inch", "    length: 7", "    per_unit:", "      titanium: 10", "      titanium: 12"), 8, "prices.welded-bracelet.per_unit.titanium", `"titanium" is given twice (first on line 7)`},
		{"a symbol in a price", priced("  piercing: {fee: $40}"), 3, "prices.piercing.fee", `expected a plain number, e.g. 40 or 12.50; this is text "$40" (the currency setting says the currency`},
		{"a word for a price", priced("  piercing: {fee: ask}"), 3, "prices.piercing.fee", "expected a plain number"},
		{"infinite", priced("  piercing: {fee: .inf}"), 3, "prices.piercing.fee", "expected a plain number"},
		{"negative", priced("  tattoo-jewelry: {range: [-5, 40]}"), 3, "prices.tattoo-jewelry.range", "-5 is below 0"},
		{"too large", priced("  tattoo-jewelry: {range: [150, 100000]}"), 3, "prices.tattoo-jewelry.range", "100000 is too large: a price or length here is under 100000"},
		{"three decimals", priced("  piercing: {fee: 40.505}"), 3, "prices.piercing.fee", "40.505 has more than two decimals"},
		{"range backwards", priced("  tattoo-jewelry: {range: [400, 150]}"), 3, "prices.tattoo-jewelry.range", "the range [400, 150] starts above its end"},
		{"range of three", priced("  tattoo-jewelry: {range: [150, 200, 400]}"), 3, "prices.tattoo-jewelry.range", "expected a price (40) or a range [low, high]"},
		{"range a mapping", priced("  piercing: {fee: {low: 40}}"), 3, "prices.piercing.fee", "expected a price (40) or a range"},
		{"weld fee empty", priced("  welded-bracelet: {unit: inch, length: 7, weld_fee: ~, per_unit: {titanium: 9}}"), 3, "prices.welded-bracelet.weld_fee", "expected a price (40) or a range"},
		{"jewelry from a range", priced("  piercing: {fee: 40, jewelry_from: [30, 40]}"), 3, "prices.piercing.jewelry_from", "expected a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := wantProblem(t, tt.src, tt.line, tt.key, tt.msg)
			if !strings.HasPrefix(p.Msg, tt.key+": ") {
				t.Errorf("message %q, want it to start with its key", p.Msg)
			}
		})
	}
}

// TestParsePricesReportsEveryProblem: one file with a mistake in every
// type's price gets them all, each on its line, and no prices are kept.
func TestParsePricesReportsEveryProblem(t *testing.T) {
	src := `prices:
  welded-bracelet:
    unit: inches
    length: 7
    per_unit: {solid-gold: [14, 10], sterling: 4}
  piercing: {fee: $40, jewelry_from: 30}
  tattoo-jewelry: {range: [150, 400], fee: 50}
  nose-ring: {range: 40}
`
	_, err := Parse("s.yaml", []byte(src), testVocabulary)
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v, want a *LoadError", err)
	}
	var got []string
	for _, p := range le.Problems {
		got = append(got, fmt.Sprintf("%d %s", p.Line, p.Key))
	}
	want := []string{
		"1 prices", // no currency
		"3 prices.welded-bracelet.unit",
		"5 prices.welded-bracelet.per_unit.solid-gold",
		"5 prices.welded-bracelet.per_unit.sterling",
		"6 prices.piercing.fee",
		"7 prices.tattoo-jewelry",
		"8 prices.nose-ring",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems at\n%s\nwant\n%s\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"), err)
	}
}

// TestParsePrices checks prices that are right are kept as written: a
// single number is a range of one, cents and lengths in hundredths.
func TestParsePrices(t *testing.T) {
	src := priced(
		"  welded-bracelet: {unit: inch, length: 7.5, weld_fee: 15, per_unit: {solid-gold: [10, 14], sterling-silver: 4.25}}",
		"  piercing: {fee: [40, 60], jewelry_from: 30}",
		"  implant: {fee: 120}",
		"  tattoo-jewelry: {range: [150, 400]}",
	)
	s, err := Parse("s.yaml", []byte(src), testVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Price{
		"welded-bracelet": {Kind: ByLength, Unit: Inch, Length: 750, WeldFee: Range{1500, 1500}, PerUnit: map[string]Range{"solid-gold": {1000, 1400}, "sterling-silver": {425, 425}}},
		"piercing":        {Kind: ByFee, Fee: Range{4000, 6000}, JewelryFrom: 3000},
		"implant":         {Kind: ByFee, Fee: Range{12000, 12000}},
		"tattoo-jewelry":  {Kind: ByRange, Range: Range{15000, 40000}},
	}
	for id, w := range want {
		if got, ok := s.Prices.For(id); !ok || !reflect.DeepEqual(got, w) {
			t.Errorf("%s: %+v, want %+v", id, got, w)
		}
	}
	if _, ok := s.Prices.For("welded-anklet"); ok {
		t.Error("welded-anklet has a price the file does not give")
	}
	if s, err := Parse("s.yaml", []byte("currency: USD\nprices:\n"), testVocabulary); err != nil || s.Prices != nil {
		t.Errorf("empty prices: %+v, %v; want none", s.Prices, err)
	}
}
