package locale

import "testing"

// BenchmarkLoad reads a language's catalogue afresh, as a process does
// the first time it speaks the language.
func BenchmarkLoad(b *testing.B) {
	for _, l := range Langs {
		b.Run(string(l), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c := &catalogue{}
				if err := c.load(l); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
