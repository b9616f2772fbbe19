package studio

import (
	"encoding/json"
	"testing"

	"github.com/jewelquiz/jewelquiz/rules"
)

// TestMoneyIn checks sums are written as each language writes them: the
// symbol before the number in English, after it in Spanish; thousands
// grouped with "," or "."; cents after "." or ","; a language not spoken
// is English.
func TestMoneyIn(t *testing.T) {
	usd, eur, chf := Currency{"USD", "$"}, Currency{"EUR", "€"}, Currency{"CHF", "CHF"}
	tests := []struct {
		lang string
		got  string
		want string
	}{
		{"en", usd.FormatIn("en", 1250), "$12.50"},
		{"es", usd.FormatIn("es", 1250), "12,50 $"},
		{"en", usd.FormatIn("en", 99999_99), "$99,999.99"},
		{"es", usd.FormatIn("es", 99999_99), "99.999,99 $"},
		{"es", eur.FormatIn("es", 100000), "1.000 €"},
		{"es", chf.FormatIn("es", 9500), "95 CHF"},
		{"en", chf.FormatIn("en", 9500), "CHF 95"},
		{"en", usd.FormatRangeIn("en", Range{9500, 13000}), "$95–130"},
		{"es", usd.FormatRangeIn("es", Range{9500, 13000}), "95–130 $"},
		{"es", chf.FormatRangeIn("es", Range{129000, 166000}), "1.290–1.660 CHF"},
		{"es", usd.FormatRangeIn("es", Range{9500, 9500}), "95 $"},
		{"es_MX", usd.FormatIn("es_MX", 100), "1 $"},
		{"fr", usd.FormatIn("fr", 123456), "$1,234.56"},
		{"", (Currency{Code: "XTS"}).FormatIn("es", 100), "1 XTS"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, tt.got, tt.want)
		}
	}
}

// TestEstimateIn checks an estimate's words in each language, the type
// and metal named as the advice names them, and that every other field,
// and so the JSON but for its text, is the same in every language.
func TestEstimateIn(t *testing.T) {
	type named struct{ typ, metal string }
	names := map[string]map[string]named{
		"en": {"welded-bracelet": {"Welded bracelet", "sterling silver"}, "welded-necklace": {"Welded necklace", "platinum"}, "welded-anklet": {"Welded anklet", "platinum"}, "piercing": {"Piercing", ""}, "implant": {"Implant", ""}, "tattoo-jewelry": {"Tattoo jewelry", ""}},
		"es": {"welded-bracelet": {"Pulsera soldada", "plata de ley"}, "welded-necklace": {"Collar soldado", "platino"}, "welded-anklet": {"Tobillera soldada", "platino"}, "piercing": {"Piercing", ""}, "implant": {"Implante", ""}, "tattoo-jewelry": {"Joyería de tatuaje", ""}},
	}
	tests := []struct {
		currency, typ, metal, price string
		en, es                      string
	}{
		{"USD", "welded-bracelet", "sterling-silver", "{unit: inch, length: 7, weld_fee: 12, per_unit: {sterling-silver: [4.5, 6.10]}}",
			"about $40–55 for a 7-inch welded bracelet in sterling silver, weld included",
			"pulsera soldada de 7 pulgadas en plata de ley: unos 40–55 $, soldadura incluida"},
		{"CHF", "welded-necklace", "platinum", "{unit: inch, length: 18, weld_fee: 30, per_unit: {platinum: [70, 90.5]}}",
			"about CHF 1,290–1,660 for an 18-inch welded necklace in platinum, weld included",
			"collar soldado de 18 pulgadas en platino: unos 1.290–1.660 CHF, soldadura incluida"},
		{"EUR", "welded-anklet", "platinum", "{unit: cm, length: 22.5, per_unit: {platinum: 2}}",
			"about €45 for a 22.5 cm welded anklet in platinum",
			"tobillera soldada de 22,5 cm en platino: unos 45 €"},
		{"USD", "welded-anklet", "platinum", "{unit: inch, length: 1, per_unit: {platinum: [10, 10.01]}}",
			"about $10–15 for a 1-inch welded anklet in platinum",
			"tobillera soldada de 1 pulgada en platino: unos 10–15 $"},
		{"USD", "piercing", "", "{fee: [40, 60], jewelry_from: 30}",
			"from $70 for the piercing: a $40–60 fee plus jewelry from $30",
			"piercing: desde 70 $ (una tarifa de 40–60 $ más la joya, desde 30 $)"},
		{"CAD", "implant", "", "{fee: 99.50}", "$99.50 for the implant", "implante: 99,50 $"},
		{"MXN", "tattoo-jewelry", "", "{range: [1500, 4000]}", "$1,500–4,000 for the tattoo jewelry", "joyería de tatuaje: 1.500–4.000 $"},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.currency, func(t *testing.T) {
			src := "currency: " + tt.currency + "\nprices:\n  " + tt.typ + ": " + tt.price + "\n"
			s, err := Parse("s.yaml", []byte(src), testVocabulary)
			if err != nil {
				t.Fatal(err)
			}
			var jsons []map[string]any
			for lang, want := range map[string]string{"en": tt.en, "es": tt.es} {
				n := names[lang][tt.typ]
				a := rules.TypeAdvice{Type: tt.typ, Name: n.typ}
				if tt.metal != "" {
					a.Metals.Recommended = []rules.Metal{{ID: tt.metal, Name: n.metal}}
				}
				e, ok := s.EstimateIn(a, lang)
				if !ok {
					t.Fatalf("%s: no estimate", lang)
				}
				if e.Text != want {
					t.Errorf("%s: %q\nwant %q", lang, e.Text, want)
				}
				if text, ok := s.EstimatorIn(lang)(a); !ok || text != want {
					t.Errorf("%s: the estimator says %q", lang, text)
				}
				buf, err := json.Marshal(e)
				if err != nil {
					t.Fatal(err)
				}
				var j map[string]any
				if err := json.Unmarshal(buf, &j); err != nil {
					t.Fatal(err)
				}
				delete(j, "text")
				jsons = append(jsons, j)
			}
			a, b := jsons[0], jsons[1]
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if string(ja) != string(jb) {
				t.Errorf("the JSON differs between languages:\n%s\n%s", ja, jb)
			}
		})
	}
}
