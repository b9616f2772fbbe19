package studio

import (
	"encoding/json"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// metals is the metal advice recommending ids, named as the rulebook
// names them.
func metals(t *testing.T, ids ...string) rules.MetalReport {
	t.Helper()
	var m rules.MetalReport
	for _, id := range ids {
		metal, ok := testRulebook.Metal(id)
		if !ok {
			t.Fatalf("no metal %q", id)
		}
		m.Recommended = append(m.Recommended, metal)
	}
	return m
}

// TestEstimateArithmetic checks each way of pricing adds up as it says:
// a chain's per-unit price times its length plus the weld, rounded out to
// 5 in the first recommended metal the studio prices; a fee plus jewelry
// from a price; a range as given; written in the studio's currency.
func TestEstimateArithmetic(t *testing.T) {
	tests := []struct {
		name      string
		currency  string
		price     string // the type's price, as in a studio file
		typ       string
		metals    []string
		low, high Amount
		open      bool
		metal     string
		text      string
	}{
		{"chain, exact fives", "USD", "{unit: inch, length: 7, weld_fee: 15, per_unit: {solid-gold: [10, 14]}}", "welded-bracelet", []string{"solid-gold"},
			8500, 11500, false, "solid-gold", "about $85–115 for a 7-inch welded bracelet in solid 14k+ yellow or rose gold, weld included"},
		{"chain, rounded out", "USD", "{unit: inch, length: 7, weld_fee: 12, per_unit: {sterling-silver: [4.5, 6.10]}}", "welded-bracelet", []string{"sterling-silver"},
			4000, 5500, false, "sterling-silver", "about $40–55 for a 7-inch welded bracelet in sterling silver, weld included"}, // 43.50–54.70
		{"chain, a cent over a five goes up", "USD", "{unit: inch, length: 1, per_unit: {titanium: [10, 10.01]}}", "welded-anklet", []string{"titanium"},
			1000, 1500, false, "titanium", "about $10–15 for a 1-inch welded anklet in implant-grade titanium"},
		{"chain, the first priced metal", "EUR", "{unit: cm, length: 45, weld_fee: [10, 20], per_unit: {gold-filled: 1, titanium: 2}}", "welded-necklace", []string{"solid-gold", "titanium", "gold-filled"},
			10000, 11000, false, "titanium", "about €100–110 for a 45 cm welded necklace in implant-grade titanium, weld included"},
		{"chain, half lengths and an", "GBP", "{unit: inch, length: 8.5, per_unit: {platinum: 20}}", "welded-anklet", []string{"platinum"},
			17000, 17000, false, "platinum", "about £170 for an 8.5-inch welded anklet in platinum"},
		{"chain, cheap enough to round to nothing", "USD", "{unit: cm, length: 2, per_unit: {titanium: 1.5}}", "welded-bracelet", []string{"titanium"},
			300, 500, false, "titanium", "about $3–5 for a 2 cm welded bracelet in implant-grade titanium"},
		{"chain, thousands", "CHF", "{unit: inch, length: 18, weld_fee: 30, per_unit: {platinum: [70, 90.5]}}", "welded-necklace", []string{"platinum"},
			129000, 166000, false, "platinum", "about CHF 1,290–1,660 for an 18-inch welded necklace in platinum, weld included"},
		{"fee and jewelry", "USD", "{fee: [40, 60], jewelry_from: 30}", "piercing", nil,
			7000, 9000, true, "", "from $70 for the piercing: a $40–60 fee plus jewelry from $30"},
		{"fee with cents", "CAD", "{fee: 99.50}", "implant", nil,
			9950, 9950, false, "", "$99.50 for the implant"},
		{"range", "USD", "{range: [150, 400]}", "tattoo-jewelry", nil,
			15000, 40000, false, "", "$150–400 for the tattoo jewelry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "currency: " + tt.currency + "\nprices:\n  " + tt.typ + ": " + tt.price + "\n"
			s, err := Parse("s.yaml", []byte(src), testVocabulary)
			if err != nil {
				t.Fatal(err)
			}
			typ, _ := testRulebook.Type(tt.typ)
			e, ok := s.EstimateFor(rules.TypeAdvice{Type: tt.typ, Name: typ.Name, Metals: metals(t, tt.metals...)})
			if !ok {
				t.Fatal("no estimate")
			}
			if e.Low != tt.low || e.High != tt.high || e.Open != tt.open || e.Metal != tt.metal || e.Currency.Code != tt.currency {
				t.Errorf("estimate %s %d–%d (open %v) in %q, want %s %d–%d (open %v) in %q", e.Currency.Code, e.Low, e.High, e.Open, e.Metal, tt.currency, tt.low, tt.high, tt.open, tt.metal)
			}
			if e.Text != tt.text {
				t.Errorf("text %q\nwant %q", e.Text, tt.text)
			}
		})
	}
}

// TestNoEstimate: no prices, no price for the type, or none for any metal
// recommended, and there is no estimate; with no prices, no estimator.
func TestNoEstimate(t *testing.T) {
	s, err := Parse("s.yaml", []byte("currency: USD\nprices:\n  welded-bracelet: {unit: inch, length: 7, per_unit: {gold-filled: 5}}\n"), testVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []rules.TypeAdvice{
		{Type: "piercing", Name: "Piercing", Metals: metals(t, "titanium")},
		{Type: "welded-bracelet", Name: "Welded bracelet", Metals: metals(t, "titanium", "solid-gold")},
	} {
		if e, ok := s.EstimateFor(a); ok {
			t.Errorf("%s in %v: estimate %+v, want none", a.Type, a.Metals.Recommended, e)
		}
	}
	if (Studio{}).Estimator() != nil {
		t.Error("a studio with no prices has an estimator")
	}
	if _, ok := (Studio{}).EstimateFor(rules.TypeAdvice{Type: "piercing"}); ok {
		t.Error("a studio with no prices has an estimate")
	}
}

// TestMoney checks sums are written with the symbol before them, grouped
// by thousands, with cents only when there are some.
func TestMoney(t *testing.T) {
	usd, chf := Currency{"USD", "$"}, Currency{"CHF", "CHF"}
	tests := []struct{ got, want string }{
		{usd.Format(0), "$0"},
		{usd.Format(5), "$0.05"},
		{usd.Format(1250), "$12.50"},
		{usd.Format(99999_99), "$99,999.99"},
		{usd.Format(100000), "$1,000"},
		{chf.Format(9500), "CHF 95"},
		{usd.FormatRange(Range{9500, 13000}), "$95–130"},
		{usd.FormatRange(Range{9500, 9500}), "$95"},
		{(Currency{Code: "XTS"}).Format(100), "XTS 1"},
		{plain(750), "7.5"},
		{plain(705), "7.05"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
}

// TestEstimateJSON checks the numbers of an estimate are written in units,
// with null for what its way of pricing does not have.
func TestEstimateJSON(t *testing.T) {
	usd := Currency{"USD", "$"}
	tests := []struct {
		e    Estimate
		want string
	}{
		{Estimate{Kind: ByLength, Currency: usd, Low: 7000, High: 7500, Metal: "titanium", Unit: Inch, Length: 950, WeldFee: Range{1500, 1500}, Text: "about $70–75"},
			`{"currency":"USD","kind":"length","low":70,"high":75,"metal":"titanium","unit":"inch","length":9.5,"weld_fee":[15,15],"fee":null,"jewelry_from":null,"text":"about $70–75"}`},
		{Estimate{Kind: ByFee, Currency: usd, Low: 7000, High: 9000, Open: true, Fee: Range{4000, 6000}, JewelryFrom: 3050, Text: "from $70"},
			`{"currency":"USD","kind":"fee","low":70,"high":null,"metal":null,"unit":null,"length":null,"weld_fee":null,"fee":[40,60],"jewelry_from":30.5,"text":"from $70"}`},
		{Estimate{Kind: ByRange, Currency: usd, Low: 15000, High: 40025, Text: "$150–400.25"},
			`{"currency":"USD","kind":"range","low":150,"high":400.25,"metal":null,"unit":null,"length":null,"weld_fee":null,"fee":null,"jewelry_from":null,"text":"$150–400.25"}`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(tt.e)
		if err != nil || string(got) != tt.want {
			t.Errorf("JSON %s, %v\nwant %s", got, err, tt.want)
		}
	}
}
