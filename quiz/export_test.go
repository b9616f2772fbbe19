package quiz

// DecodePlain and DecodeFull are Decode's quick path and its full reading,
// for tests that hold them to the same answers.
var (
	DecodePlain = decodePlain
	DecodeFull  = decodeFull
)
