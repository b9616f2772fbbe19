package report

import (
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/rules"
)

// CatalogMarkdown renders every type's catalog page as Markdown.
func CatalogMarkdown(rb *rules.Rulebook) string {
	var b strings.Builder
	b.WriteString("# The types of permanent jewelry\n")
	for _, t := range rb.Types {
		c := t.Catalog
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\n%s\n", t.Name, t.Summary, t.Description)
		for _, p := range []struct{ title, text string }{
			{"How it is made", c.Made}, {"Upkeep", c.Upkeep}, {"How it comes off", c.Removal},
			{"Healing time", c.Healing}, {"Metals", typeMetals(t, rb)},
		} {
			if strings.TrimSpace(p.text) != "" {
				fmt.Fprintf(&b, "\n### %s\n\n%s\n", p.title, p.text)
			}
		}
		for _, l := range []struct {
			title string
			items []string
		}{{"It suits", c.Suits}, {"Not for", c.NotFor}, {"Advantages", c.Pros}, {"Concerns", c.Cons}} {
			if len(l.items) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n### %s\n\n", l.title)
			for _, it := range l.items {
				fmt.Fprintf(&b, "- %s\n", it)
			}
		}
	}
	return b.String()
}
