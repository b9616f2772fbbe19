package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// jsonType is one type in `jewelquiz types --format json`.
type jsonType struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Summary     string        `json:"summary"`
	Description string        `json:"description"`
	Metals      []string      `json:"metals"`
	Catalog     rules.Catalog `json:"catalog"`
}

// Types runs `jewelquiz types`: the catalog of every type, from the rulebook.
func Types(ctx context.Context, args []string, std IO) error {
	fs := newFlags("types", std)
	format := fs.String("format", "text", "output format: text, json or markdown")
	rulesPath := fs.String("rules", "", "use this rulebook instead of the embedded one")
	langName := langFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return inputf("types: unexpected argument %s", quiz.Quote(fs.Arg(0)))
	}
	lang, err := chooseLang("types", *langName)
	if err != nil {
		return err
	}
	rb, err := LoadRulebook(ctx, *rulesPath, std.In)
	if err != nil {
		return err
	}
	rb = speaking(rb, lang)
	var out string
	switch *format {
	case "json":
		list := make([]jsonType, len(rb.Types))
		for i, t := range rb.Types {
			list[i] = jsonType{ID: t.ID, Name: t.Name, Summary: t.Summary, Description: t.Description, Metals: nonNil(t.Metals), Catalog: t.Catalog}
			list[i].Catalog.Suits, list[i].Catalog.NotFor = nonNil(t.Catalog.Suits), nonNil(t.Catalog.NotFor)
			list[i].Catalog.Pros, list[i].Catalog.Cons = nonNil(t.Catalog.Pros), nonNil(t.Catalog.Cons)
		}
		data, err := json.MarshalIndent(list, "", "  ")
		if err != nil {
			return fmt.Errorf("types: %w", err)
		}
		out = string(data) + "\n"
	case "markdown":
		out = report.CatalogMarkdownIn(rb, lang)
	case "text":
		st := report.StylesFor(std.Out)
		st.Lang = lang
		pages := make([]string, len(rb.Types))
		for i, t := range rb.Types {
			pages[i] = report.TypePage(t, rb, st, report.Width(std.Out))
		}
		out = strings.Join(pages, "\n\n"+strings.Repeat("─", 40)+"\n\n") + "\n"
	default:
		return inputf("types: unknown format %s (use text, json or markdown)", quiz.Quote(*format))
	}
	_, err = fmt.Fprint(std.Out, out)
	return err
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
