package serve

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/jewelquiz/jewelquiz/ui"
	gossh "golang.org/x/crypto/ssh"
)

// The size in a pty-req or window-change is clamped in place before the
// SSH library reads it, whatever else the payload holds.
func TestClampRequests(t *testing.T) {
	type win struct{ Cols, Rows, PxW, PxH uint32 }
	for _, c := range []struct {
		cols, rows         uint32
		wantCols, wantRows uint32
	}{
		{80, 24, 80, 24},
		{math.MaxUint32, math.MaxUint32, ui.MaxWidth, ui.MaxHeight},
		{math.MaxInt32, 10, ui.MaxWidth, 10},
		{0, 50_000_000, 0, ui.MaxHeight},
	} {
		pty := gossh.Marshal(struct {
			Term                 string
			Cols, Rows, PxW, PxH uint32
			Modes                string
		}{"xterm", c.cols, c.rows, 640, 480, "\x00"})
		pty = append(pty, "trailing junk"...) // the library ignores it, and so must the clamp
		got := clampPtyReq(&gossh.Request{Type: "pty-req", Payload: pty})
		if got == nil {
			t.Fatalf("pty-req %dx%d dropped", c.cols, c.rows)
		}
		off := 4 + len("xterm")
		if cols, rows := binary.BigEndian.Uint32(got.Payload[off:]), binary.BigEndian.Uint32(got.Payload[off+4:]); cols != c.wantCols || rows != c.wantRows {
			t.Errorf("pty-req %dx%d became %dx%d, want %dx%d", c.cols, c.rows, cols, rows, c.wantCols, c.wantRows)
		}
		wc := clampWindowChange(&gossh.Request{Type: "window-change", Payload: gossh.Marshal(win{c.cols, c.rows, 1, 1})})
		if cols, rows := binary.BigEndian.Uint32(wc.Payload), binary.BigEndian.Uint32(wc.Payload[4:]); cols != c.wantCols || rows != c.wantRows {
			t.Errorf("window-change %dx%d became %dx%d, want %dx%d", c.cols, c.rows, cols, rows, c.wantCols, c.wantRows)
		}
	}
	for _, short := range [][]byte{nil, {0, 0, 0}, {0, 0, 0, 200, 'x'}, {0, 0, 0, 1, 'x', 0, 0, 0, 80}} {
		if clampPtyReq(&gossh.Request{Type: "pty-req", Payload: short}) != nil {
			t.Errorf("pty-req %v too short for a size was passed on", short)
		}
	}
}

func FuzzClampPtyReq(f *testing.F) {
	f.Add(gossh.Marshal(struct {
		Term                 string
		Cols, Rows, PxW, PxH uint32
		Modes                string
	}{"xterm", math.MaxUint32, math.MaxUint32, 0, 0, ""}))
	f.Fuzz(func(t *testing.T, payload []byte) {
		req := clampPtyReq(&gossh.Request{Type: "pty-req", Payload: append([]byte(nil), payload...)})
		if req == nil {
			return
		}
		// Parsed as charmbracelet/ssh parses it, the size is in bounds.
		n := binary.BigEndian.Uint32(req.Payload)
		off := 4 + int(n)
		if cols, rows := binary.BigEndian.Uint32(req.Payload[off:]), binary.BigEndian.Uint32(req.Payload[off+4:]); cols > ui.MaxWidth || rows > ui.MaxHeight {
			t.Fatalf("%dx%d passed the clamp", cols, rows)
		}
	})
}

// After the shell has started, a window change still reaches the SSH
// library clamped, as it did before the shell.
func TestWindowChangeAfterTheShellIsClamped(t *testing.T) {
	s := &Server{cfg: Config{Limits: DefaultLimits()}}
	filter := s.requestFilter(nil)
	pty := gossh.Marshal(struct {
		Term                 string
		Cols, Rows, PxW, PxH uint32
		Modes                string
	}{"xterm", 80, 24, 0, 0, ""})
	for _, req := range []*gossh.Request{{Type: "pty-req", Payload: pty}, {Type: "shell"}} {
		filter(req)
	}
	huge := gossh.Marshal(struct{ Cols, Rows, PxW, PxH uint32 }{math.MaxUint32, math.MaxUint32, 0, 0})
	out := filter(&gossh.Request{Type: "window-change", Payload: huge})
	if len(out) != 1 {
		t.Fatalf("the window change became %d requests", len(out))
	}
	if cols, rows := binary.BigEndian.Uint32(out[0].Payload), binary.BigEndian.Uint32(out[0].Payload[4:]); cols != ui.MaxWidth || rows != ui.MaxHeight {
		t.Fatalf("a window change after the shell passed as %dx%d", cols, rows)
	}
}
