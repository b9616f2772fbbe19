// Package themes names the colour themes the quiz can be drawn in, for the
// flags, the studio file and the shell completions; the ui package builds
// the themes themselves. It is a package of its own so that the headless
// commands know the names without linking the full-screen quiz.
package themes

// Names lists the names accepted by --theme, the first being the default.
var Names = []string{"charm", "dracula", "catppuccin", "base16", "base"}
