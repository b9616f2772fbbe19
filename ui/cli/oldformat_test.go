package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// oldConsultations is a consultations directory holding one consultation
// saved before follow-ups and many questions existed (eight answers, all
// strings; no sport, machine_kind, health or age), dated an hour ago so
// that the retention keeps it.
func oldConsultations(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../quiz/consult/testdata/old-format/G3V3-CP.json")
	if err != nil {
		t.Fatal(err)
	}
	created := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	data = []byte(strings.Replace(string(data), `"created": "2026-10-02T14:05:00Z"`, `"created": "`+created+`"`, 1))
	dir := filepath.Join(t.TempDir(), "consultations")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "G3V3-CP.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A consultation saved before this change still opens with show, in every
// format, showing its stored report, and is listed.
func TestOldConsultationShowAndList(t *testing.T) {
	dir := oldConsultations(t)
	out, errOut, err := runConsult(Show, "G3V3-CP", "--data-dir", dir)
	if err != nil {
		t.Fatalf("show: %v\n%s", err, errOut)
	}
	for _, w := range []string{"Consultation G3V3-CP", "Name      Ines", "Rulebook  2026.11-2", "Two close matches", "Welded bracelet",
		"\nAnswers\n", "  Machinery      Sometimes\n", "  Metal allergy  Yes, to nickel\n",
		"Flags     none\n", "Allergy   Yes, to nickel\n"} {
		if !strings.Contains(out, w) {
			t.Errorf("show lacks %q:\n%s", w, out)
		}
	}
	for _, never := range []string{"  Sport ", "  Kind of work ", "  Health ", "  Age "} {
		if strings.Contains(out, never) {
			t.Errorf("show lists %q, which this consultation was never asked:\n%s", never, out)
		}
	}
	for _, format := range []string{"json", "markdown"} {
		out, errOut, err := runConsult(Show, "g3v3cp", "--format", format, "--data-dir", dir)
		if err != nil || !strings.Contains(out, "G3V3-CP") || !strings.Contains(out, "Welded bracelet") {
			t.Errorf("show --format %s: %v %s\n%s", format, err, errOut, out)
		}
	}
	out, errOut, err = runConsult(List, "--data-dir", dir)
	if err != nil || !strings.Contains(out, "G3V3-CP") || !strings.Contains(out, "Ines") || errOut != "" {
		t.Fatalf("list: %v %q\n%s", err, errOut, out)
	}
}
