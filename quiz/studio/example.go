package studio

import _ "embed"

//go:embed example.yaml
var example []byte

// Example is a complete studio file to start from: every setting set to
// a sample value, prices for every type of the built-in rulebook, each
// explained by a comment. It passes Parse as it is.
func Example() []byte { return append([]byte(nil), example...) }
