package studio

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

const goodURL = "https://example-studio.test/book?quiz={code}"

// TestParseProblems gives one mistake a file and checks Parse finds it, on
// its line, about its key, in words that say what is wrong.
func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		key  string
		msg  string // part of the message
		not  string // what the message must not say, if anything
	}{
		{"unknown key, close", "name: Goldfaden\nbookingurl: " + goodURL + "\n", 2, "bookingurl", `unknown setting "bookingurl" (did you mean "booking_url"?)`, ""},
		{"unknown key, other case", "name: Goldfaden\n\nBooking-URL: " + goodURL + "\n", 3, "Booking-URL", `(did you mean "booking_url"?)`, ""},
		{"unknown key, part of one", "studio_name: Goldfaden\n", 1, "studio_name", `(did you mean "name"?)`, ""},
		{"unknown key, far", "name: Goldfaden\nopening_hours: 9-5\n", 2, "opening_hours", "the settings are name, booking_url", "did you mean"},
		{"key not a word", "name: a\n? [x]\n: b\n", 2, "", "a setting's key is one of name, booking_url, theme, currency, retention, prices; this is a list", ""},
		{"unknown theme", "theme: draculla\n", 1, "theme", `unknown theme "draculla" (did you mean "dracula"?)`, ""},
		{"unknown currency", "name: A\ncurrency: YEN\n", 2, "currency", `unknown currency "YEN"; the currencies are USD`, ""},
		{"retention not days", "retention: soon\n", 1, "retention", `"soon" is not a number of days`, ""},
		{"retention zero", "retention: 0d\n", 1, "retention", "at least 1 day", ""},
		{"retention too long", "retention: 4000d\n", 1, "retention", "4000 days is longer than the 3650 days", ""},
		{"key twice", "name: A\nbooking_url: " + goodURL + "\nname: B\n", 3, "name", `"name" is set twice (first on line 1)`, ""},
		{"name too long", "booking_url: " + goodURL + "\nname: " + strings.Repeat("a", MaxName+1) + "\n", 2, "name", "61 columns wide, at most 60", ""},
		{"name too wide", "\nname: " + strings.Repeat("店", MaxName/2+1) + "\n", 2, "name", "62 columns wide", ""},
		{"name with a tab", "\nname: \"Gold\\tfaden\"\n", 2, "name", "character 5 is a control character (U+0009)", ""},
		{"name on two lines", "booking_url: " + goodURL + "\nname: |\n  Gold\n  faden\n", 2, "name", "character 5 is a control character (U+000A)", ""},
		{"name with an escape", "name: \"\\e[31mRed\"\n", 1, "name", "(U+001B)", ""},
		{"name turning text around", "\n\nname: \"Gold\u202efaden\"\n", 3, "name", "(U+202E)", ""},
		{"name a list", "\nname: [a, b]\n", 2, "name", "name: expected text, got a list", ""},
		{"url a mapping", "name: a\nbooking_url:\n  en: x\n", 3, "booking_url", "booking_url: expected text, got a mapping", ""},
		{"url relative", "name: a\nbooking_url: example-studio.test/book?quiz={code}\n", 2, "booking_url", "start it with https://", ""},
		{"url another scheme", "name: a\nbooking_url: ftp://example-studio.test/{code}\n", 2, "booking_url", "not ftp:", ""},
		{"url no host", "name: a\nbooking_url: https:/book?quiz={code}\n", 2, "booking_url", "no host", ""},
		{"url with a password", "name: a\nbooking_url: https://shop:secret@example-studio.test/{code}\n", 2, "booking_url", "user name or password", ""},
		{"url bad port", "name: a\nbooking_url: https://example-studio.test:x/{code}\n", 2, "booking_url", "not a link: invalid port", ""},
		{"url with a space", "name: a\nbooking_url: https://example-studio.test/my book/{code}\n", 2, "booking_url", "character 31 is a space", ""},
		{"url too long", "name: a\nbooking_url: https://example-studio.test/{code}/" + strings.Repeat("x", MaxURL) + "\n", 2, "booking_url", "at most 2000", ""},
		{"url with a control character", "name: a\nbooking_url: \"https://example-studio.test/\\x7f{code}\"\n", 2, "booking_url", "(U+007F)", ""},
		{"url without the code", "name: a\nbooking_url: https://example-studio.test/book\n", 2, "booking_url", "no {code} in it", ""},
		{"url with CODE", "name: a\nbooking_url: https://example-studio.test/book?quiz={Code}\n", 2, "booking_url", "write {code} in lower case", ""},
		{"not a mapping", "- name: a\n", 1, "", "this is a list", ""},
		{"only text", "\nGoldfaden\n", 2, "", `this is text "Goldfaden"`, ""},
		{"two documents", "name: a\n---\nname: b\n", 2, "", "this --- starts a second one", ""},
		{"syntax: colon in text", "name: a\nbooking_url: see: here\n", 2, "", `put text that contains ": " in quotes`, ""},
		{"syntax: unclosed list", "name: a\nbooking_url: [x\nfoo: b\n", 2, "", "did not find expected ',' or ']'", ""},
		{"syntax: tab on line 1", "\tname: a\n", 1, "", "YAML does not allow tabs", ""},
		{"syntax: tab later", "name: a\n\tbooking_url: b\n", 2, "", "tab character", ""},
		{"syntax: control character", "name: a\n\n# \x01\n", 3, "", "control characters are not allowed", ""},
		{"syntax: not UTF-8", "name: a\nbooking_url: \xff\n", 2, "", "UTF-8", ""},
		{"syntax: unknown anchor", "name: a\nbooking_url: *url\n", 2, "", "unknown anchor", ""},
		{"too large", strings.Repeat("#", MaxSize+1), 0, "", "larger than 64 KiB", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := wantProblem(t, tt.src, tt.line, tt.key, tt.msg)
			if tt.not != "" && strings.Contains(p.Msg, tt.not) {
				t.Errorf("message %q, want it not to say %q", p.Msg, tt.not)
			}
		})
	}
}

// wantProblem parses src as studio.yaml and checks it has one problem, on
// line, about key, saying msg; it returns the problem.
func wantProblem(t *testing.T, src string, line int, key, msg string) Problem {
	t.Helper()
	s, err := Parse("studio.yaml", []byte(src), testVocabulary)
	p := onlyProblem(t, s, err)
	if p.Line != line || p.Key != key {
		t.Errorf("problem at line %d about %q, want line %d about %q: %s", p.Line, p.Key, line, key, p.Msg)
	}
	if !strings.Contains(p.Msg, msg) {
		t.Errorf("message %q, want it to say %q", p.Msg, msg)
	}
	want := "studio file studio.yaml: "
	if line > 0 {
		want = fmt.Sprintf("studio file studio.yaml:%d: ", line)
	}
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q, want it to start %q", err, want)
	}
	return p
}

// onlyProblem is the one problem err reports; it fails the test if there
// is not exactly one, or if s is not the zero Studio.
func onlyProblem(t *testing.T, s Studio, err error) Problem {
	t.Helper()
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v, want a *LoadError", err)
	}
	if s != (Studio{}) {
		t.Errorf("a file with a problem gave %+v, want the zero Studio", s)
	}
	if len(le.Problems) != 1 {
		t.Fatalf("%d problems, want 1: %v", len(le.Problems), err)
	}
	return le.Problems[0]
}

// TestParseReportsEveryProblem checks a file with several mistakes gets
// them all, in the order of their lines, under one count.
func TestParseReportsEveryProblem(t *testing.T) {
	src := "booking_url: https://example-studio.test/book\nnmae: Goldfaden\nname: [x]\n"
	_, err := Parse("s.yaml", []byte(src), testVocabulary)
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v, want a *LoadError", err)
	}
	want := "studio file s.yaml: 3 problems\n" +
		"  s.yaml:1: booking_url: no {code} in it: put {code} where the booking page takes the quiz's answer code, e.g. https://your-studio.example/book?quiz={code}\n" +
		"  s.yaml:2: unknown setting \"nmae\" (did you mean \"name\"?); the settings are name, booking_url, theme, currency, retention, prices\n" +
		"  s.yaml:3: name: expected text, got a list"
	if err.Error() != want {
		t.Errorf("error:\n%s\nwant:\n%s", err, want)
	}
}

// TestParseGood checks files that are right, including the ones that set
// nothing.
func TestParseGood(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Studio
	}{
		{"empty", "", Studio{}},
		{"only comments", "# the studio's settings\n\n", Studio{}},
		{"an empty document", "---\n", Studio{}},
		{"nothing set", "name:\nbooking_url: ~\n", Studio{}},
		{"both", "# ours\nname: Goldfaden & Co\nbooking_url: " + goodURL + "\n", Studio{Name: "Goldfaden & Co", BookingURL: goodURL}},
		{"quoted, http", "name: 'Gold'\nbooking_url: \"http://example-studio.test/{code}\"\n", Studio{Name: "Gold", BookingURL: "http://example-studio.test/{code}"}},
		{"code twice", "booking_url: https://example-studio.test/b/{code}?ref={code}\n", Studio{BookingURL: "https://example-studio.test/b/{code}?ref={code}"}},
		{"a number as name", "name: 1920\n", Studio{Name: "1920"}},
		{"name of the widest", "name: " + strings.Repeat("店", MaxName/2) + "\n", Studio{Name: strings.Repeat("店", MaxName/2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("s.yaml", []byte(tt.src), testVocabulary)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestBookingFillsTheCode checks every {code} is filled in.
func TestBookingFillsTheCode(t *testing.T) {
	s, err := Parse("s.yaml", []byte("booking_url: https://example-studio.test/b/{code}?ref={code}\n"), testVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Booking("A9PT-ECYK"), "https://example-studio.test/b/A9PT-ECYK?ref=A9PT-ECYK"; got != want {
		t.Errorf("Booking: %q, want %q", got, want)
	}
}

// TestEveryFieldIsASetting checks each yaml key of Studio has a setting
// that reads it, and each setting a field: a field added without one
// would be silently refused as unknown.
func TestEveryFieldIsASetting(t *testing.T) {
	typ := reflect.TypeOf(Studio{})
	var fields []string
	for i := range typ.NumField() {
		fields = append(fields, strings.Split(typ.Field(i).Tag.Get("yaml"), ",")[0])
	}
	var keys []string
	for _, st := range settings {
		keys = append(keys, st.key)
	}
	if !reflect.DeepEqual(fields, keys) {
		t.Errorf("Studio's yaml keys %v, settings %v: keep them the same, in the same order", fields, keys)
	}
}

// TestParseCutsAFloodOfProblems checks a file of nothing but mistakes
// gets a screenful of them and a count of the rest.
func TestParseCutsAFloodOfProblems(t *testing.T) {
	_, err := Parse("s.yaml", []byte(strings.Repeat("x: 1\n", 100)), testVocabulary)
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != 100 {
		t.Fatalf("error %v, want a *LoadError with 100 problems", err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 1+shownProblems+1 || lines[len(lines)-1] != "  … and 80 more" {
		t.Errorf("%d lines ending %q, want the count, %d problems and \"  … and 80 more\"", len(lines), lines[len(lines)-1], shownProblems)
	}
}

// TestParseShopSettings: the theme, currency and retention as written
// are kept, the currency's case forgiven; no retention is the default.
func TestParseShopSettings(t *testing.T) {
	s, err := Parse("s.yaml", []byte("theme: dracula\ncurrency: eur\nretention: 14d\n"), testVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	if s.Theme != "dracula" || s.Currency != (Currency{"EUR", "€"}) || s.RetentionOr() != 14*24*time.Hour {
		t.Fatalf("got %+v", s)
	}
	if s, err = Parse("s.yaml", []byte("retention: 90\n"), testVocabulary); err != nil || s.RetentionOr() != 90*24*time.Hour {
		t.Fatalf("retention 90: %+v %v", s, err)
	}
	if (Studio{}).RetentionOr() != DefaultRetention {
		t.Fatal("no retention is not the default")
	}
}
