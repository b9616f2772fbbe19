package locale

import (
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/jewelquiz/jewelquiz/ui/locale/internal/catalogue"
)

// The generated catalogues are the files under messages/ as go-i18n reads
// them: an edit of a file without `go generate ./ui/locale/` fails here.
func TestGeneratedMatchesFiles(t *testing.T) {
	fsys := os.DirFS(".")
	langs, err := catalogue.Langs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var spoken []string
	for _, l := range Langs {
		spoken = append(spoken, string(l))
	}
	slices.Sort(spoken)
	if !slices.Equal(langs, spoken) {
		t.Fatalf("messages/ has files for %v; jewelquiz speaks %v", langs, spoken)
	}
	for _, l := range Langs {
		want, err := catalogue.Parse(fsys, string(l))
		if err != nil {
			t.Fatal(err)
		}
		got := generatedMessages(l)
		if reflect.DeepEqual(got, want) {
			continue
		}
		t.Errorf("%s: generated_catalogue.go is stale: run go generate ./ui/locale/", l)
		for i := range max(len(got), len(want)) {
			var g, w catalogue.Message
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("first difference, message %d:\ngenerated %+v\nfiles     %+v", i, g, w)
				break
			}
		}
	}
}

// Every language's messages are sorted by id with no id twice, which the
// Printer's binary search needs.
func TestGeneratedSorted(t *testing.T) {
	for _, l := range Langs {
		msgs := generatedMessages(l)
		if len(msgs) == 0 {
			t.Errorf("%s: no messages", l)
		}
		for i := 1; i < len(msgs); i++ {
			if msgs[i-1].ID >= msgs[i].ID {
				t.Errorf("%s: %q comes before %q", l, msgs[i-1].ID, msgs[i].ID)
			}
		}
	}
}
