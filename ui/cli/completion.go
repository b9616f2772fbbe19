package cli

import (
	"context"
	"flag"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/themes"
)

// completionHelp says where each shell's script goes, for completion --help.
const completionHelp = `The script completes commands, actions, flags, and the values of flags
that take a file, a directory, a format or a theme. It is made from the
same table as this help, so it knows every command this jewelquiz has.`

// shells is what completion writes a script for.
var shells = map[string]func(*strings.Builder, []compCmd){"bash": bashScript, "zsh": zshScript, "fish": fishScript}

// Completion runs `jewelquiz completion bash|zsh|fish`: it prints that
// shell's completion script.
func Completion(_ context.Context, args []string, std IO) error {
	rest, err := helpOnly("completion", args, std)
	if err != nil {
		return err
	}
	if len(rest) != 1 || shells[rest[0]] == nil {
		got := "none"
		if len(rest) > 0 {
			got = quiz.Quote(rest[0]) + didYouMean(rest[0], []string{"bash", "zsh", "fish"})
		}
		return inputf("completion: say which shell: bash, zsh or fish (got %s); see jewelquiz completion --help", got)
	}
	var b strings.Builder
	shells[rest[0]](&b, completionModel())
	_, err = fmt.Fprint(std.Out, b.String())
	return err
}

// compCmd is a command as a completion script sees it.
type compCmd struct {
	path    string // "" for the quiz, "recommend", "rules check"
	summary string
	flags   []compFlag
	args    []string // the words its arguments may be; nil for none
	files   bool     // its argument is a file
}

// compFlag is a flag and what its value may be.
type compFlag struct {
	name, help string
	takes      bool     // it takes a value
	file, dir  bool     // the value is a file, a directory
	values     []string // the value is one of these
}

// choices finds "--name a|b|c" in a usage line; it is compiled when a
// script is written rather than at every start-up.
var choices = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`--([a-z-]+) ([a-z]+(?:\|[a-z]+)+)\]`)
})

// completionModel is every command with its flags and arguments.
func completionModel() []compCmd {
	all := append([]*Command{root()}, commands()...)
	var out []compCmd
	for _, c := range all {
		cc := compCmd{path: c.Name, summary: c.Summary}
		switch {
		case c.Name == "help":
			cc.args = names(topLevel())
		case c.Name == "completion":
			cc.args = []string{"bash", "fish", "zsh"}
		case c.group():
			for _, a := range c.actions() {
				cc.args = append(cc.args, strings.TrimPrefix(a.Name, c.Name+" "))
			}
		case c.Name == "rules check" || c.Name == "studio check":
			cc.files = true
		}
		values := map[string][]string{"theme": themes.Names}
		for _, m := range choices().FindAllStringSubmatch(c.Usage, -1) {
			values[m[1]] = strings.Split(m[2], "|")
		}
		if fs := flagsOf(c); fs != nil {
			fs.VisitAll(func(f *flag.Flag) {
				_, help := flag.UnquoteUsage(f)
				p := placeholder(f)
				cc.flags = append(cc.flags, compFlag{name: f.Name, help: help, takes: p != "",
					file: strings.HasPrefix(p, "FILE"), dir: p == "DIR", values: values[f.Name]})
			})
		}
		out = append(out, cc)
	}
	return out
}

// names is the commands' names.
func names(cmds []*Command) []string {
	var out []string
	for _, c := range cmds {
		out = append(out, c.Name)
	}
	return out
}
