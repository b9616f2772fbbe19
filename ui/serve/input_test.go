package serve

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestPasteCap(t *testing.T) {
	long := strings.Repeat("x", 50)
	for _, c := range []struct {
		name, in, want string
	}{
		{"keys pass", "abc\x1b[Bq", "abc\x1b[Bq"},
		{"short paste passes", "a" + pasteStart + "hello" + pasteEnd + "b", "a" + pasteStart + "hello" + pasteEnd + "b"},
		{"paste at the limit passes", pasteStart + long[:10] + pasteEnd + "z", pasteStart + long[:10] + pasteEnd + "z"},
		{"long paste is cut", pasteStart + long + pasteEnd + "z", pasteStart + long[:10] + pasteEnd + "z"},
		{"unterminated paste is cut", pasteStart + long, pasteStart + long[:10] + pasteEnd},
		{"keys after a cut paste pass", pasteStart + long + pasteEnd + pasteStart + "hi" + pasteEnd, pasteStart + long[:10] + pasteEnd + pasteStart + "hi" + pasteEnd},
		{"a broken marker is text", "\x1b[20x" + long, "\x1b[20x" + long},
		{"escape inside a paste", pasteStart + "\x1b\x1b[201" + long + pasteEnd, pasteStart + ("\x1b\x1b[201" + long)[:10] + pasteEnd},
	} {
		t.Run(c.name, func(t *testing.T) {
			// One byte a read too: markers split across reads.
			for _, r := range []io.Reader{strings.NewReader(c.in), iotest.OneByteReader(strings.NewReader(c.in))} {
				got, err := io.ReadAll(newInputGuard(r, 10, nil))
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != c.want {
					t.Errorf("got  %q\nwant %q", got, c.want)
				}
			}
		})
	}
}

// An unterminated paste of 12 MB reaches the quiz as at most the limit,
// and the filter does a constant amount of work a byte: the bytes it reads
// and the bytes it allocates grow with the input, not its square.
func TestPasteCapIsLinear(t *testing.T) {
	const limit = 4 << 10
	for _, size := range []int{1 << 20, 12 << 20} {
		in := io.MultiReader(strings.NewReader(pasteStart), io.LimitReader(repeatReader('y'), int64(size)))
		reads := 0
		var out bytes.Buffer
		n, err := io.Copy(&out, newInputGuard(in, limit, func() { reads++ }))
		if err != nil {
			t.Fatal(err)
		}
		if want := int64(len(pasteStart) + limit + len(pasteEnd)); n != want {
			t.Errorf("%d bytes pasted: %d passed on, want %d", size, n, want)
		}
		if reads > size/4096+4 {
			t.Errorf("%d bytes pasted: %d reads", size, reads)
		}
	}
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func FuzzPasteCap(f *testing.F) {
	f.Add([]byte(pasteStart+"hello"+pasteEnd), 3)
	f.Add([]byte("\x1b[200\x1b[200~x"), 1)
	f.Fuzz(func(t *testing.T, in []byte, limit int) {
		limit = max(limit%64, 0)
		got, err := io.ReadAll(newInputGuard(iotest.HalfReader(bytes.NewReader(in)), limit, nil))
		if err != nil {
			t.Fatal(err)
		}
		// Nothing is added but end markers, and outside pastes nothing
		// changes: with no paste start in the input, output is input.
		if !bytes.Contains(in, []byte(pasteStart)) && !bytes.Equal(got, in) {
			t.Fatalf("no paste, yet %q became %q", in, got)
		}
		if len(got) > len(in)+len(pasteEnd)*bytes.Count(in, []byte(pasteStart)) {
			t.Fatalf("%d bytes in, %d out", len(in), len(got))
		}
	})
}
