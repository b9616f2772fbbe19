package locale

import "testing"

// BenchmarkFirstWords says a plain message and a message with a
// placeholder with a fresh Printer, as a process does the first time it
// speaks a language: the cost of the generated catalogue and of building
// go-i18n's bundle.
func BenchmarkFirstWords(b *testing.B) {
	for _, l := range Langs {
		b.Run(string(l), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p := &Printer{lang: l, messages: generatedMessages(l)}
				if p.T("language.switch") == "" || p.F("report.out_of", "Score", 80) == "" {
					b.Fatal("no words")
				}
			}
		})
	}
}
