package studio

import "github.com/jewelquiz/jewelquiz/rules"

// testVocabulary is the built-in rulebook's ids and the quiz's themes.
var testVocabulary = func() Vocabulary {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return VocabularyOf(rb, []string{"charm", "dracula", "catppuccin", "base16", "base"})
}()
