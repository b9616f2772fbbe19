package cli

import (
	"fmt"
	"strings"
)

// bashScript writes the bash completion: the command (and a group's
// action) is read from the first words, then the flag before the cursor
// decides what may follow.
func bashScript(b *strings.Builder, cmds []compCmd) {
	b.WriteString(`# bash completion for jewelquiz: source <(jewelquiz completion bash)
_jewelquiz() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    local cmd="${COMP_WORDS[1]}" at=2
    [[ $COMP_CWORD -eq 1 && $cur != -* ]] && cmd=help at=1
    case "$cmd" in
    -*) cmd="" at=1 ;;
    rules|studio) if [[ $COMP_CWORD -gt 2 ]]; then cmd="$cmd ${COMP_WORDS[2]}" at=3; fi ;;
    esac
    COMPREPLY=()
    case "$cmd" in
`)
	for _, c := range cmds {
		fmt.Fprintf(b, "    %s)\n        case \"$prev\" in\n", shellQuote(c.path))
		for _, f := range c.flags {
			switch {
			case f.file:
				fmt.Fprintf(b, "        --%s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", f.name)
			case f.dir:
				fmt.Fprintf(b, "        --%s) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n", f.name)
			case f.values != nil:
				fmt.Fprintf(b, "        --%s) COMPREPLY=($(compgen -W %s -- \"$cur\")); return ;;\n", f.name, shellQuote(strings.Join(f.values, " ")))
			case f.takes:
				fmt.Fprintf(b, "        --%s) return ;;\n", f.name)
			}
		}
		b.WriteString("        esac\n        if [[ $cur == -* ]]; then\n")
		fmt.Fprintf(b, "            COMPREPLY=($(compgen -W %s -- \"$cur\"))\n", shellQuote(flagWords(c)))
		switch {
		case c.args != nil:
			fmt.Fprintf(b, "        elif [[ $COMP_CWORD -eq $at ]]; then\n            COMPREPLY=($(compgen -W %s -- \"$cur\"))\n", shellQuote(strings.Join(c.args, " ")))
		case c.files:
			b.WriteString("        else\n            COMPREPLY=($(compgen -f -- \"$cur\"))\n")
		}
		b.WriteString("        fi\n        ;;\n")
	}
	b.WriteString("    esac\n}\ncomplete -o filenames -F _jewelquiz jewelquiz\n")
}

// flagWords is c's flags as typed, and --help.
func flagWords(c compCmd) string {
	var w []string
	for _, f := range c.flags {
		w = append(w, "--"+f.name)
	}
	return strings.Join(append(w, "--help"), " ")
}

// shellQuote quotes s for sh, bash, zsh and fish alike.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// zshScript writes the zsh completion, one _arguments per command, with
// the words before the command shifted away.
func zshScript(b *strings.Builder, cmds []compCmd) {
	b.WriteString("#compdef jewelquiz\n# zsh completion for jewelquiz: jewelquiz completion zsh > \"${fpath[1]}/_jewelquiz\"\n_jewelquiz() {\n")
	b.WriteString("    local cmd=${words[2]}\n    if [[ $cmd == -* ]]; then\n        cmd=''\n    elif [[ $cmd == (rules|studio) && CURRENT -gt 3 ]]; then\n        cmd=\"$cmd ${words[3]}\"\n        shift 2 words; (( CURRENT -= 2 ))\n    elif (( CURRENT > 2 )); then\n        shift words; (( CURRENT-- ))\n    fi\n")
	b.WriteString("    case $cmd in\n")
	for _, c := range cmds {
		var specs []string
		for _, f := range c.flags {
			spec := "--" + f.name + "[" + zshEscape(f.help) + "]"
			switch {
			case f.file:
				spec += ":file:_files"
			case f.dir:
				spec += ":directory:_files -/"
			case f.values != nil:
				spec += ":value:(" + strings.Join(f.values, " ") + ")"
			case f.takes:
				spec += ":value: "
			}
			specs = append(specs, shellQuote(spec))
		}
		specs = append(specs, shellQuote("(- *)--help[show this help]"))
		switch {
		case c.path == "":
			specs = append(specs, shellQuote("1:command:("+strings.Join(cmds[0].topNames(cmds), " ")+")"))
		case c.args != nil:
			specs = append(specs, shellQuote("1:argument:("+strings.Join(c.args, " ")+")"))
		case c.files:
			specs = append(specs, shellQuote("1:file:_files"))
		}
		fmt.Fprintf(b, "    %s)\n        _arguments -s \\\n            %s\n        ;;\n", shellQuote(c.path), strings.Join(specs, " \\\n            "))
	}
	b.WriteString("    esac\n}\nif [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n    _jewelquiz \"$@\"\nelse\n    compdef _jewelquiz jewelquiz\nfi\n")
}

// topNames is the commands that follow jewelquiz directly.
func (compCmd) topNames(cmds []compCmd) []string {
	var out []string
	for _, c := range cmds {
		if c.path != "" && !strings.Contains(c.path, " ") {
			out = append(out, c.path)
		}
	}
	return out
}

// zshEscape makes s safe inside an _arguments description.
func zshEscape(s string) string {
	return strings.NewReplacer("[", "(", "]", ")", ":", " -", "\\", "").Replace(s)
}

// fishScript writes the fish completion, a complete line per command,
// action and flag.
func fishScript(b *strings.Builder, cmds []compCmd) {
	b.WriteString("# fish completion for jewelquiz: jewelquiz completion fish > ~/.config/fish/completions/jewelquiz.fish\ncomplete -c jewelquiz -f\n")
	groups := "rules studio"
	for _, c := range cmds {
		var cond string
		top, action, isAction := strings.Cut(c.path, " ")
		switch {
		case c.path == "":
			cond = "__fish_use_subcommand"
		case isAction:
			cond = fmt.Sprintf("__fish_seen_subcommand_from %s; and __fish_seen_subcommand_from %s", top, action)
		default:
			cond = fmt.Sprintf("__fish_seen_subcommand_from %s; and not __fish_seen_subcommand_from %s", top, groups)
			if strings.Contains(groups, top) {
				cond = "__fish_seen_subcommand_from " + top
			}
		}
		if c.path != "" && !isAction {
			fmt.Fprintf(b, "complete -c jewelquiz -n __fish_use_subcommand -a %s -d %s\n", c.path, shellQuote(c.summary))
		}
		for _, f := range c.flags {
			line := fmt.Sprintf("complete -c jewelquiz -n %s -l %s -d %s", shellQuote(cond), f.name, shellQuote(f.help))
			switch {
			case f.file:
				line += " -r -F"
			case f.dir:
				line += " -x -a '(__fish_complete_directories)'"
			case f.values != nil:
				line += " -x -a " + shellQuote(strings.Join(f.values, " "))
			case f.takes:
				line += " -x"
			}
			fmt.Fprintln(b, line)
		}
		switch {
		case c.args != nil:
			fmt.Fprintf(b, "complete -c jewelquiz -n %s -a %s\n", shellQuote(cond+"; and not __fish_seen_subcommand_from "+strings.Join(c.args, " ")), shellQuote(strings.Join(c.args, " ")))
		case c.files:
			fmt.Fprintf(b, "complete -c jewelquiz -n %s -F\n", shellQuote(cond))
		}
	}
}
