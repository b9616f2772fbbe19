package studio

import "github.com/jewelquiz/jewelquiz/rules"

// testRulebook is the built-in rulebook.
var testRulebook = func() *rules.Rulebook {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return rb
}()

// testVocabulary is the built-in rulebook's ids and the quiz's themes.
var testVocabulary = VocabularyOf(testRulebook, []string{"charm", "dracula", "catppuccin", "base16", "base"})
