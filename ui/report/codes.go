package report

import (
	"regexp"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// codeLike is a code as the customer copies it: groups of capitals and
// digits joined by hyphens (A9PT-ECYK, K7MX-4P). It is compiled when text
// with a hyphen is first wrapped, not at every command's start-up.
var codeLike = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b[0-9A-Z]{2,}(?:-[0-9A-Z]{2,})+\b`)
})

// keptHyphen stands in for a code's hyphen while the text is wrapped: one
// cell wide, and no place to break a line.
const keptHyphen = "\u2011"

// WrapKeepingCodes is ansi.Wrap(s, width, ""), except that a code (an
// answer code, a consultation's code) is not broken at its hyphen: a code
// split over two lines is copied wrong. A code wider than width is still
// cut.
func WrapKeepingCodes(s string, width int) string {
	if !strings.Contains(s, "-") {
		return ansi.Wrap(s, width, "")
	}
	protected := codeLike().ReplaceAllStringFunc(s, func(code string) string {
		return strings.ReplaceAll(code, "-", keptHyphen)
	})
	return strings.ReplaceAll(ansi.Wrap(protected, width, ""), keptHyphen, "-")
}
