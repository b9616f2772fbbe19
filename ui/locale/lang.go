package locale

import (
	"fmt"
	"strings"
)

// Lang is a language jewelquiz speaks, named by its ISO 639-1 code.
type Lang string

// The languages jewelquiz speaks. English is the default.
const (
	English Lang = "en"
	Spanish Lang = "es"
)

// Langs lists every language jewelquiz speaks, the default first.
var Langs = []Lang{English, Spanish}

// Name is the language's name in that language, as a switch offers it:
// "English", "Español".
func (l Lang) Name() string {
	switch l {
	case Spanish:
		return "Español"
	default:
		return "English"
	}
}

// String returns the language's code.
func (l Lang) String() string { return string(l) }

// Other is the next language after l, for a switch between them.
func (l Lang) Other() Lang {
	for i, x := range Langs {
		if x == l {
			return Langs[(i+1)%len(Langs)]
		}
	}
	return English
}

// Parse reads a language as --lang gives it: "en" or "es", in any case,
// or a locale name such as "es_MX.UTF-8".
func Parse(s string) (Lang, error) {
	if l, ok := FromLocale(s); ok {
		return l, nil
	}
	return "", fmt.Errorf("unknown language %q: jewelquiz speaks en (English) and es (Spanish)", s)
}

// FromLocale reads a POSIX locale name ("es_MX.UTF-8", "es", "en_GB")
// as one of the languages spoken; false for any other language, and for
// "C" and "POSIX".
func FromLocale(s string) (Lang, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "_-.@"); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	for _, l := range Langs {
		if s == string(l) {
			return l, true
		}
	}
	return "", false
}

// FromEnv chooses the language from a locale environment, as the C
// library does: LC_ALL, then LC_MESSAGES, then LANG; the first one set
// decides. An unset environment, "C", "POSIX", or a language not spoken
// is English. getenv is os.Getenv for the process, or an SSH session's
// environment.
func FromEnv(getenv func(string) string) Lang {
	if l, ok := Preferred(getenv); ok {
		return l
	}
	return English
}

// Preferred is the language a locale environment asks for, read as
// FromEnv reads it; false when it asks for none: nothing set, or the
// first one set is "C" or "POSIX" (which Debian's ssh sends as
// LANG=C.UTF-8). A language not spoken is a preference, for English.
func Preferred(getenv func(string) string) (Lang, bool) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if l, ok := FromLocale(v); ok {
			return l, true
		}
		if base, _, _ := strings.Cut(v, "."); base == "C" || base == "POSIX" {
			return "", false
		}
		return English, true
	}
	return "", false
}

// EnvList turns an environment as a list of NAME=value (an SSH
// session's) into a getenv for FromEnv.
func EnvList(env []string) func(string) string {
	return func(name string) string {
		v := ""
		for _, kv := range env {
			if k, val, ok := strings.Cut(kv, "="); ok && k == name {
				v = val
			}
		}
		return v
	}
}
