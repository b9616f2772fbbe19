package studio

import "encoding/json"

// MarshalJSON writes a in units, as a number: 1250 is 12.5.
func (a Amount) MarshalJSON() ([]byte, error) { return []byte(plain(a)), nil }

// MarshalJSON writes a range as [low, high].
func (r Range) MarshalJSON() ([]byte, error) { return json.Marshal([2]Amount{r.Low, r.High}) }

// jsonEstimate is the documented JSON shape of an Estimate: every key
// always there, null where the way of pricing has no such thing.
type jsonEstimate struct {
	Currency    string  `json:"currency"`
	Kind        string  `json:"kind"`
	Low         Amount  `json:"low"`
	High        *Amount `json:"high"`
	Metal       *string `json:"metal"`
	Unit        *string `json:"unit"`
	Length      *Amount `json:"length"`
	WeldFee     *Range  `json:"weld_fee"`
	Fee         *Range  `json:"fee"`
	JewelryFrom *Amount `json:"jewelry_from"`
	Text        string  `json:"text"`
}

// MarshalJSON writes the estimate with its numbers in units of the
// currency (and of its length), "high": null when it has no upper end.
func (e Estimate) MarshalJSON() ([]byte, error) {
	out := jsonEstimate{Currency: e.Currency.Code, Kind: string(e.Kind), Low: e.Low, Text: e.Text}
	if !e.Open {
		out.High = &e.High
	}
	switch e.Kind {
	case ByLength:
		unit := string(e.Unit)
		out.Metal, out.Unit, out.Length, out.WeldFee = &e.Metal, &unit, &e.Length, &e.WeldFee
	case ByFee:
		out.Fee = &e.Fee
		if e.JewelryFrom > 0 {
			out.JewelryFrom = &e.JewelryFrom
		}
	}
	return json.Marshal(out)
}
