package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
)

// Man runs `jewelquiz man`: it prints jewelquiz(1) in roff, made from the
// same table as the help, for man -l - or to install as jewelquiz.1.
func Man(_ context.Context, args []string, std IO) error {
	rest, err := helpOnly("man", args, std)
	if err != nil {
		return err
	}
	if err := checkNoArgs("man", rest); err != nil {
		return err
	}
	_, err = fmt.Fprint(std.Out, manPage())
	return err
}

// manPage is the manual page in roff.
func manPage() string {
	var b strings.Builder
	r := root()
	b.WriteString(".TH JEWELQUIZ 1 \"\" \"jewelquiz\" \"User Commands\"\n.SH NAME\njewelquiz \\- " + roff(r.Summary) + "\n")
	b.WriteString(".SH SYNOPSIS\n.B jewelquiz\n" + roff(r.Usage) + "\n.br\n.B jewelquiz\n.I COMMAND\n[flags]\n")
	b.WriteString(".SH DESCRIPTION\n" + roffParagraphs(r.Description))
	b.WriteString(".SH OPTIONS\nThe quiz's flags; each command's are under COMMANDS.\n")
	manFlags(&b, flagsOf(r))
	b.WriteString(".SH COMMANDS\n")
	for _, c := range commands() {
		if c.group() {
			continue
		}
		fmt.Fprintf(&b, ".SS \"jewelquiz %s\"\n%s.\n.PP\n.B jewelquiz\n%s\n", c.Name, roff(capitalize(c.Summary)), roff(c.Usage))
		if c.Description != "" {
			b.WriteString(".PP\n" + roffParagraphs(c.Description))
		}
		manFlags(&b, flagsOf(c))
	}
	b.WriteString(".SH EXAMPLES\n")
	for _, c := range append([]*Command{r}, commands()...) {
		for _, e := range c.Examples {
			if e.Comment != "" {
				fmt.Fprintf(&b, ".PP\n%s:\n", roff(capitalize(e.Comment)))
			} else {
				b.WriteString(".PP\n")
			}
			fmt.Fprintf(&b, ".RS\n.EX\n%s\n.EE\n.RE\n", roff(e.Line))
		}
	}
	b.WriteString(".SH EXIT STATUS\n")
	for _, line := range strings.Split(strings.TrimSpace(exitStatus), "\n")[1:] {
		code, text, _ := strings.Cut(strings.TrimSpace(line), " ")
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", code, roff(strings.TrimSpace(text)))
	}
	b.WriteString(`.SH ENVIRONMENT
.TP
.B JEWELQUIZ_STAFF_PIN
the staff PIN that quits the kiosk, unless \-\-staff\-pin\-file is given
.TP
.B XDG_CONFIG_HOME
where the studio file is looked for (jewelquiz/studio.yaml)
.TP
.B XDG_DATA_HOME
the default data directory, for saved consultations and the shop's numbers
.TP
.B TERM
dumb asks with plain prompts, as \-\-accessible does
.SH SEE ALSO
.BR ssh (1)
`)
	return b.String()
}

// manFlags writes fs's flags as a tagged list.
func manFlags(b *strings.Builder, fs *flag.FlagSet) {
	if fs == nil {
		return
	}
	fs.VisitAll(func(f *flag.Flag) {
		_, usage := flag.UnquoteUsage(f)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += " (default " + f.DefValue + ")"
		}
		if p := placeholder(f); p != "" {
			fmt.Fprintf(b, ".TP\n.BI \"\\-\\-%s \" %s\n", roff(f.Name), roff(p))
		} else {
			fmt.Fprintf(b, ".TP\n.B \\-\\-%s\n", roff(f.Name))
		}
		fmt.Fprintf(b, "%s\n", roff(usage))
	})
}

// roffParagraphs is text's paragraphs, each as filled roff text.
func roffParagraphs(text string) string {
	var b strings.Builder
	for i, p := range strings.Split(text, "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		b.WriteString(roff(strings.Join(strings.Fields(p), " ")) + "\n")
	}
	return b.String()
}

// roff escapes s for roff text: backslashes and hyphens, and a line
// that would begin with a control character.
func roff(s string) string {
	s = strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// capitalize is s with its first letter upper case.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
