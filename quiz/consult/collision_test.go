package consult

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCollision forces the second save to draw the first one's code.
func TestCollision(t *testing.T) {
	s := openTest(t)
	s.rand = &repeatReader{blocks: [][]byte{block(0, 1, 2, 3, 4, 5), block(0, 1, 2, 3, 4, 5), block(6, 7, 8, 9, 10, 11)}}
	first := save(t, s, sample(t, 1))
	second := save(t, s, sample(t, 2))
	if first.Code != codeFor(0, 1, 2, 3, 4, 5) || second.Code != codeFor(6, 7, 8, 9, 10, 11) {
		t.Fatalf("codes %s and %s, want %s then, after the collision, %s",
			first.Code, second.Code, codeFor(0, 1, 2, 3, 4, 5), codeFor(6, 7, 8, 9, 10, 11))
	}
	for _, want := range []Record{first, second} {
		got, err := s.Load(want.Code)
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, got, want)
		md, err := os.ReadFile(filepath.Join(s.Dir(), want.Code+".md"))
		if err != nil || string(md) != Markdown(want, testBank()) {
			t.Fatalf("%s.md was changed by the collision (%v)", want.Code, err)
		}
	}
	if n := len(names(t, s.Dir())); n != 4 {
		t.Fatalf("%d files, want 4: %v", n, names(t, s.Dir()))
	}
}

// TestEveryCodeTaken makes every draw collide: Save gives up with an
// error and leaves the directory as it was.
func TestEveryCodeTaken(t *testing.T) {
	s := openTest(t)
	s.rand = &repeatReader{blocks: [][]byte{block(3)}}
	first := save(t, s, sample(t, 1))
	if _, err := s.Save(sample(t, 2)); err == nil {
		t.Fatal("Save succeeded with every code taken")
	}
	if got := names(t, s.Dir()); len(got) != 2 || got[0] != first.Code+".json" || got[1] != first.Code+".md" {
		t.Fatalf("directory holds %v, want only %s's two files", got, first.Code)
	}
}
