package cli

import "strings"

// root is the quiz itself: jewelquiz with no command.
func root() *Command {
	return &Command{
		Name:    "",
		Summary: "find the permanent jewelry that suits you",
		Usage:   "[--theme NAME] [--accessible] [--rules FILE] [--studio FILE] [--data-dir DIR] [--kiosk] ...",
		Description: `With no command, jewelquiz asks its questions in the terminal and shows
the types of permanent jewelry that suit the answers, with an answer code
to bring to the studio. The other commands run the same rules without a
terminal, look after saved consultations, and serve the quiz over SSH.

--accessible (also when TERM=dumb) asks with plain numbered prompts for
screen readers; answers can be piped in, one line per question asked
(numbers separated by commas, or 0, where any number of options apply).

In kiosk mode the quiz loops from client to client; nothing quits it but
the staff PIN (from JEWELQUIZ_STAFF_PIN or --staff-pin-file FILE), asked
for with ctrl+x, a key shown nowhere on screen. Saved consultations older
than the studio's retention (default 30 days) are deleted at start and
every hour.`,
		Examples: []Example{
			{"take the quiz", "jewelquiz"},
			{"plain prompts, answers piped in", "printf '1\\n2\\n' | jewelquiz --accessible"},
			{"the shop's tablet", "JEWELQUIZ_STAFF_PIN=2468 jewelquiz --kiosk --idle 2m"},
		},
		run: Quiz,
	}
}

// commands is every command but the quiz, in the order help lists them.
func commands() []*Command {
	return []*Command{
		{Name: "recommend", Summary: "recommend from answers given as JSON",
			Usage:       "recommend --answers FILE|- [--format text|json] [--lang en|es] [--rules FILE] [--studio FILE]",
			Description: strings.TrimSpace(answersHelp),
			Examples: []Example{
				{"one recommendation per line of a file, as JSON", "jewelquiz recommend --answers answers.jsonl --format json"},
				{"with the studio's price estimates", "jewelquiz recommend --answers answers.json --studio studio.yaml"},
			},
			run: Recommend},
		{Name: "questions", Summary: "list the questions and their answer values",
			Usage:    "questions [--format text|json] [--rules FILE]",
			Examples: []Example{{"the vocabulary of answers files, as JSON", "jewelquiz questions --format json"}},
			run:      Questions},
		{Name: "types", Summary: "describe every type of permanent jewelry",
			Usage:    "types [--format text|json|markdown] [--lang en|es] [--rules FILE]",
			Examples: []Example{{"a page for the studio's website", "jewelquiz types --format markdown > types.md"}},
			run:      Types},
		{Name: "show", Summary: "open a saved consultation, or the results an answer code holds",
			Usage:       "show CODE|ANSWER-CODE [--format text|json|markdown] [--lang en|es] [--data-dir DIR] [--rules FILE] [--studio FILE]",
			Description: "A consultation's code (such as K7MX-4P) opens what was saved in the data\ndirectory; an answer code (such as " + exampleCode + ") holds the answers\nthemselves and needs no data.",
			Examples: []Example{
				{"a client's saved consultation", "jewelquiz show K7MX-4P"},
				{"the results a client's answer code holds, as JSON", "jewelquiz show " + exampleCode + " --format json"},
			},
			run: Show},
		{Name: "list", Summary: "list saved consultations with their allergy answer and flags",
			Usage:    "list [--since 7d] [--data-dir DIR] [--studio FILE] [--rules FILE]",
			Examples: []Example{{"this week's consultations", "jewelquiz list --since 7d"}},
			run:      List},
		{Name: "delete", Summary: "delete one saved consultation",
			Usage:    "delete CODE [--data-dir DIR]",
			Examples: []Example{{"a client asks for their answers to be deleted", "jewelquiz delete K7MX-4P"}},
			run:      Delete},
		{Name: "purge", Summary: "delete old consultations",
			Usage:    "purge --older-than 30d [--data-dir DIR]",
			Examples: []Example{{"everything saved more than 30 days ago", "jewelquiz purge --older-than 30d"}},
			run:      Purge},
		{Name: "stats", Summary: "the shop's numbers: sessions, where clients stop, picks",
			Usage:       "stats [--since 30d] [--format text|json] [--data-dir DIR] [--rules FILE]",
			Description: "Sessions started and finished, where clients stop, and the picks, from\nthe anonymous event log in the data directory: no answers are logged.",
			Examples:    []Example{{"the last month", "jewelquiz stats --since 30d"}},
			run:         Stats},
		{Name: "serve", Summary: "serve the quiz over SSH",
			Usage:       "serve [--addr 127.0.0.1:23234] [--kiosk] [--authorized-keys FILE] [flags]",
			Description: "One quiz per connection, until SIGINT, SIGTERM or SIGHUP, then a graceful close.",
			Examples: []Example{
				{"on the shop network, for the staff tablets' keys only", "jewelquiz serve --addr 0.0.0.0:23234 --authorized-keys tablets.pub --kiosk"},
				{"then, on a tablet", "ssh -p 23234 shop.local"},
			},
			run: Serve},
		{Name: "rules", Summary: "print or check a rulebook"},
		{Name: "rules show", Summary: "print the built-in rulebook",
			Usage:    "rules show",
			Examples: []Example{{"start a rulebook of your own", "jewelquiz rules show > rules.yaml"}},
			run:      RulesShow},
		{Name: "rules check", Summary: "check a rulebook for mistakes",
			Usage: "rules check FILE|- | --lang es [FILE]",
			Examples: []Example{{"before the quiz uses it", "jewelquiz rules check rules.yaml && jewelquiz --rules rules.yaml"},
				{"its Spanish, rules.es.yaml beside it, which --rules reads too", "jewelquiz rules check --lang es rules.yaml"}},
			run: RulesCheck},
		{Name: "studio", Summary: "print or check a studio file"},
		{Name: "studio check", Summary: "check a studio file (default: the quiz's) for mistakes",
			Usage:    "studio check [FILE] [--rules FILE]",
			Examples: []Example{{"the file the quiz reads", "jewelquiz studio check"}},
			run:      StudioCheck},
		{Name: "studio show", Summary: "print a complete example studio file",
			Usage:    "studio show",
			Examples: []Example{{"start the studio's file", "jewelquiz studio show > \"${XDG_CONFIG_HOME:-$HOME/.config}/jewelquiz/studio.yaml\""}},
			run:      StudioShow},
		{Name: "completion", Summary: "print a shell completion script",
			Usage:       "completion bash|zsh|fish",
			Description: completionHelp,
			Examples: []Example{
				{"bash, for this shell", "source <(jewelquiz completion bash)"},
				{"fish, for good", "jewelquiz completion fish > ~/.config/fish/completions/jewelquiz.fish"},
			},
			run: Completion},
		{Name: "man", Summary: "print the manual page (roff)",
			Usage:    "man",
			Examples: []Example{{"read it", "jewelquiz man | man -l -"}},
			run:      Man},
		{Name: "version", Summary: "print the version and the commit it was built from",
			Usage:    "version",
			Examples: []Example{{"", "jewelquiz version"}},
			run:      Version},
		{Name: "help", Summary: "show help for a command",
			Usage:    "help [COMMAND]",
			Examples: []Example{{"the same as jewelquiz recommend --help", "jewelquiz help recommend"}},
			run:      Help},
	}
}
