package report

import (
	"fmt"
	"strings"

	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// CatalogMarkdown renders every type's catalog page as Markdown, in
// English.
func CatalogMarkdown(rb *rules.Rulebook) string { return CatalogMarkdownIn(rb, locale.English) }

// CatalogMarkdownIn renders every type's catalog page as Markdown, its
// headings in lang (give it rb in the same language).
func CatalogMarkdownIn(rb *rules.Rulebook, lang locale.Lang) string {
	tr := locale.For(lang)
	var b strings.Builder
	b.WriteString("# " + tr.T("report.type.catalog_title") + "\n")
	for _, t := range rb.Types {
		c := t.Catalog
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\n%s\n", t.Name, t.Summary, t.Description)
		for _, p := range []struct{ title, text string }{
			{tr.T("report.type.made"), c.Made}, {tr.T("report.type.upkeep"), c.Upkeep}, {tr.T("report.type.removal"), c.Removal},
			{tr.T("report.type.healing"), c.Healing}, {tr.T("report.type.metals"), typeMetals(t, rb, tr)},
		} {
			if strings.TrimSpace(p.text) != "" {
				fmt.Fprintf(&b, "\n### %s\n\n%s\n", p.title, p.text)
			}
		}
		for _, l := range []struct {
			title string
			items []string
		}{{tr.T("report.type.suits"), c.Suits}, {tr.T("report.type.not_for"), c.NotFor}, {tr.T("report.type.pros"), c.Pros}, {tr.T("report.type.cons"), c.Cons}} {
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
