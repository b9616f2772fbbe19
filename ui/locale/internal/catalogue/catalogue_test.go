package catalogue

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParse(t *testing.T) {
	fsys := fstest.MapFS{
		"messages/b.en.yaml": {Data: []byte("z.plain: \"Hello\"\na.named: \"Hi {{.Name}}\"\n")},
		"messages/a.en.yaml": {Data: []byte("m.count:\n  one: \"{{.Count}} answer\"\n  other: \"{{.Count}} answers\"\n")},
		"messages/a.es.yaml": {Data: []byte("z.plain: \"Hola\"\n")},
	}
	got, err := Parse(fsys, "en")
	if err != nil {
		t.Fatal(err)
	}
	want := []Message{
		{ID: "a.named", Other: "Hi {{.Name}}"},
		{ID: "m.count", Other: "{{.Count}} answers", One: "{{.Count}} answer"},
		{ID: "z.plain", Other: "Hello", Plain: true},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("message %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if f := got[1].Forms(); len(f) != 2 || f[0] != want[1].Other {
		t.Errorf("Forms = %q", f)
	}
	langs, err := Langs(fsys)
	if err != nil || strings.Join(langs, ",") != "en,es" {
		t.Errorf("Langs = %v, %v", langs, err)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name string
		fsys fstest.MapFS
		lang string
		want string
	}{
		{"twice", fstest.MapFS{
			"messages/a.en.yaml": {Data: []byte("x: \"one\"\n")},
			"messages/b.en.yaml": {Data: []byte("x: \"two\"\n")},
		}, "en", `messages/b.en.yaml: message "x" is already in messages/a.en.yaml`},
		{"broken", fstest.MapFS{"messages/a.en.yaml": {Data: []byte("x: [\n")}}, "en", "messages/a.en.yaml"},
		{"none", fstest.MapFS{"messages/a.en.yaml": {Data: []byte("x: \"one\"\n")}}, "es", "no messages/*.es.yaml files"},
		{"not a language", fstest.MapFS{"messages/a.en.yaml": {Data: []byte("x: \"one\"\n")}}, "??", "catalogue:"},
	}
	for _, c := range cases {
		_, err := Parse(c.fsys, c.lang)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := Langs(fstest.MapFS{"messages/a.yaml": {}}); err == nil || !strings.Contains(err.Error(), "AREA.LANG.yaml") {
		t.Errorf("Langs of a.yaml: %v", err)
	}
}
