package studio

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The YAML library's messages, compiled when a studio file has a syntax
// error rather than at every start-up.
var (
	// yamlLine is the line go.yaml.in/yaml/v3 puts before a syntax error.
	yamlLine = lazyRegexp(`^line (\d+): (.*)$`)
	// parserMsg is the YAML parser's own messages (its scanner's are
	// others), whose line the library gives counted from 0.
	parserMsg = lazyRegexp(`^(did not find expected (key|node content|<|'-'|',')|found (duplicate %|incompatible YAML|undefined tag))`)
	// anchorMsg is a reference to an anchor never set.
	anchorMsg = lazyRegexp(`^unknown anchor '(.*)' referenced$`)
)

// lazyRegexp returns a function that compiles expr on its first call.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// syntaxProblem turns the YAML library's error for data into a problem at
// its line. The library leaves out the line of a mistake on the first
// one, of a character it cannot read, and of an unknown anchor: those are
// found here.
func syntaxProblem(err error, data []byte) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if g := yamlLine().FindStringSubmatch(msg); g != nil {
		line, _ = strconv.Atoi(g[1])
		msg = g[2]
		if parserMsg().MatchString(msg) {
			line++
		}
	}
	switch g := anchorMsg().FindStringSubmatch(msg); {
	case line > 0:
	case g != nil:
		line = lineAt(data, bytes.Index(data, []byte("*"+g[1])))
	case strings.Contains(msg, "UTF-8") || strings.Contains(msg, "control characters"):
		line = lineAt(data, badChar(data))
	default: // the library names no line 1
		line = 1
	}
	switch {
	case strings.Contains(msg, "cannot start any token") && startsWithTab(data, line):
		msg += " (indent with spaces: YAML does not allow tabs)"
	case strings.Contains(msg, "mapping values are not allowed"):
		msg += ` (put text that contains ": " in quotes)`
	case strings.Contains(msg, "control characters"):
		msg += " (a studio file is plain text)"
	}
	return Problem{Line: line, Msg: "this is not YAML that can be read: " + msg}
}

// lineAt is the line, from 1, of the byte at offset in data; 0 for a
// negative offset.
func lineAt(data []byte, offset int) int {
	if offset < 0 {
		return 0
	}
	return bytes.Count(data[:offset], []byte("\n")) + 1
}

// badChar is the offset of data's first byte that is not UTF-8 or is a
// control character YAML does not allow (all but tab, newline, carriage
// return and next line); -1 if none.
func badChar(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 || unicode.IsControl(r) && !strings.ContainsRune("\t\n\r\u0085", r) {
			return i
		}
		i += n
	}
	return -1
}

// startsWithTab reports whether the line (from 1) of data begins with a
// tab.
func startsWithTab(data []byte, line int) bool {
	lines := bytes.Split(data, []byte("\n"))
	return line >= 1 && line <= len(lines) && bytes.HasPrefix(lines[line-1], []byte("\t"))
}
