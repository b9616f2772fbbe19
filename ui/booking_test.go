package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
	"github.com/jewelquiz/jewelquiz/ui/qr/qrtest"
)

const testBooking = "https://example-studio.test/book?quiz={code}"

// newBooking is a quiz at its results for setA, in a studio that books
// online, w × h.
func newBooking(t *testing.T, w, h int) *Model {
	t.Helper()
	m := New(testRulebook, plainStyles(t), Config{Studio: studio.Studio{Name: "Linked", BookingURL: testBooking}})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	answerAll(t, m, setA)
	return m
}

// TestBookingQRCode: "Book a consultation" shows a QR code that scans to
// the booking link with the customer's code in it, and the link as text;
// on a small screen the link alone.
func TestBookingQRCode(t *testing.T) {
	m := newBooking(t, 80, 24)
	want := strings.ReplaceAll(testBooking, "{code}", codeOf(t, m))
	if !strings.Contains(m.View(), "[ Book a consultation ]") {
		t.Fatalf("no booking button:\n%s", m.View())
	}
	press(m, "b")
	v := m.View()
	if m.Screen() != "booking" || !strings.Contains(v, "https://example-studio.test/book?quiz") || !strings.Contains(v, codeOf(t, m)) {
		t.Fatalf("b: screen %s, the link %s not shown:\n%s", m.Screen(), want, v)
	}
	checkFits(t, "booking", v, 80, 24)
	got, err := qrtest.Read(v)
	if err != nil || got != want {
		t.Fatalf("the QR code reads %q (%v), want %q:\n%s", got, err, want, v)
	}
	if strings.Contains(v, "\x1b[") {
		t.Fatalf("without colour the QR code still brings its own:\n%q", v)
	}
	press(m, "esc")
	if m.Screen() != "results" {
		t.Fatalf("esc from booking: %s", m.Screen())
	}
	small := newBooking(t, 40, 12)
	press(small, "b")
	v = small.View()
	checkFits(t, "booking at 40x12", v, 40, 12)
	if !strings.Contains(squash(v), squash(want)) || strings.Contains(v, "█") {
		t.Fatalf("40x12: want the link alone:\n%s", v)
	}
}

// TestNoBookingWithoutAURL: no booking URL, no button and b does nothing.
func TestNoBookingWithoutAURL(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	press(m, "b")
	if m.Screen() != "results" || strings.Contains(m.View(), "Book") {
		t.Fatalf("booking offered with no URL: %s\n%s", m.Screen(), m.View())
	}
}
