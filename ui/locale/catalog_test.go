package locale_test

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jewelquiz/jewelquiz/ui/locale"
)

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func names(forms []string) []string {
	var out []string
	for _, f := range forms {
		for _, m := range placeholder.FindAllStringSubmatch(f, -1) {
			if !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
	}
	slices.Sort(out)
	return out
}

// Every message is in every language, with the same placeholders.
func TestCataloguesMatch(t *testing.T) {
	byLang := map[locale.Lang]map[string]locale.Entry{}
	for _, l := range locale.Langs {
		byLang[l] = map[string]locale.Entry{}
		for _, e := range locale.Entries(l) {
			byLang[l][e.ID] = e
		}
	}
	en := byLang[locale.English]
	if len(en) == 0 {
		t.Fatal("the English catalogue is empty")
	}
	for _, l := range locale.Langs[1:] {
		for id, e := range en {
			o, ok := byLang[l][id]
			if !ok {
				t.Errorf("%s: %q has no translation", l, id)
				continue
			}
			if a, b := names(e.Forms), names(o.Forms); !slices.Equal(a, b) {
				t.Errorf("%s: %q has placeholders %v, English has %v", l, id, b, a)
			}
		}
		for id := range byLang[l] {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: %q is not in the English catalogue", l, id)
			}
		}
	}
}

func TestPrinter(t *testing.T) {
	if got := locale.For(locale.Spanish).T("language.switch"); got != "English" {
		t.Errorf("Spanish switch = %q", got)
	}
	if got := locale.For(locale.English).T("no.such.id"); got != "⟦no.such.id⟧" {
		t.Errorf("missing id = %q", got)
	}
	if got := locale.For("fr").Lang(); got != locale.English {
		t.Errorf("For(fr) speaks %s", got)
	}
}

func TestFromEnv(t *testing.T) {
	cases := []struct {
		env  []string
		want locale.Lang
	}{
		{nil, locale.English},
		{[]string{"LANG=es_MX.UTF-8"}, locale.Spanish},
		{[]string{"LANG=es_ES.UTF-8", "LC_ALL=C"}, locale.English},
		{[]string{"LANG=en_US.UTF-8", "LC_MESSAGES=es"}, locale.Spanish},
		{[]string{"LANG=fr_FR.UTF-8"}, locale.English},
		{[]string{"LC_ALL=es_AR@euro"}, locale.Spanish},
	}
	for _, c := range cases {
		if got := locale.FromEnv(locale.EnvList(c.env)); got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]locale.Lang{"es": locale.Spanish, "EN": locale.English, "es_MX.UTF-8": locale.Spanish} {
		if got, err := locale.Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %s, %v", in, got, err)
		}
	}
	if _, err := locale.Parse("fr"); err == nil {
		t.Error("Parse(fr) took French")
	}
}

// Every plural message says a count in every plural category of every
// language: a category the message has no form for (Spanish's "many",
// for a round million) says the "other" form with the count.
func TestPluralsSayEveryCount(t *testing.T) {
	for _, l := range locale.Langs {
		p := locale.For(l)
		for _, e := range locale.Entries(l) {
			if len(e.Forms) < 2 {
				continue // not a plural message
			}
			for _, n := range []int{0, 1, 2, 5, 21, 1000000, 2000000} {
				got := p.N(e.ID, n, "Max", 3, "Least", 10, "Most", 12, "Two", 2)
				if strings.Contains(got, "⟦") || !strings.Contains(got, strconv.Itoa(n)) && n != 1 {
					t.Errorf("%s: %s with %d says %q", l, e.ID, n, got)
				}
			}
		}
	}
}
