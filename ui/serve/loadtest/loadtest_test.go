package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
)

// TestMain lets the test binary be the clients of a -split run.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain())
	}
	os.Exit(m.Run())
}

// TestRunCompletesEverySession runs a few quizzes, in this process and as a
// split kiosk, and checks every key and the memory were measured.
func TestRunCompletesEverySession(t *testing.T) {
	for _, o := range []Options{
		{N: 5, Timeout: 15 * time.Second, Idle: 100 * time.Millisecond},
		{N: 3, Timeout: 15 * time.Second, Kiosk: true, Split: true},
		{N: 4, Timeout: 15 * time.Second, Arrows: true},
	} {
		res, err := Run(context.Background(), o)
		if err != nil {
			t.Fatalf("%+v: %v", o, err)
		}
		c := res.Clients
		if c.Completed != o.N {
			t.Fatalf("%+v: %d/%d completed; failures %v", o, c.Completed, o.N, c.Examples)
		}
		keys := c.QuizKeys // enter and the answers
		if o.Kiosk {
			keys += 2 * o.N // f and y, back to the welcome
		}
		if c.QuizKeys < 2*o.N || len(c.Keys) != keys {
			t.Fatalf("%+v: %d latencies, want %d", o, len(c.Keys), keys)
		}
		for _, d := range c.Keys {
			if d <= 0 || d > o.Timeout {
				t.Fatalf("%+v: latency %v", o, d)
			}
		}
		if len(c.Connect) != o.N || (!o.Kiosk && len(c.Quit) != o.N) {
			t.Fatalf("%+v: %d connects and %d quits measured", o, len(c.Connect), len(c.Quit))
		}
		if len(res.Phases) != 2 || res.Phases[1].Sessions != o.N || res.PeakRSS == 0 || res.Baseline.RSS == 0 {
			t.Fatalf("%+v: memory not measured: %+v", o, res)
		}
		var out bytes.Buffer
		res.Print(&out)
		last := out.String()[strings.LastIndex(strings.TrimSpace(out.String()), "\n")+1:]
		if !strings.HasPrefix(last, "loadtest: n=") || !strings.Contains(last, " completed=") || !strings.Contains(last, " cpu_per_session=") || !strings.Contains(last, " connect_p95=") {
			t.Fatalf("%+v: the report ends with %q", o, last)
		}
		out.Reset()
		PrintTable(&out, []Result{res})
		if row := fmt.Sprintf("\n| %d | %d/%d | ", o.N, o.N, o.N); !strings.Contains(out.String(), row) {
			t.Fatalf("%+v: no row %q in the table:\n%s", o, row, out.String())
		}
	}
}

// TestParseSizes checks -n's list of session counts.
func TestParseSizes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int
	}{
		{"50", []int{50}},
		{"200,500,1000", []int{200, 500, 1000}},
		{" 200, 500 ", []int{200, 500}},
		{"", nil},
		{"200,", nil},
		{"0", nil},
		{"-5", nil},
		{"1e3", nil},
	} {
		got, err := parseSizes(c.in)
		if !slices.Equal(got, c.want) || (err == nil) != (c.want != nil) {
			t.Errorf("parseSizes(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

// TestAnswersDifferAndAreValid checks each session answers differently,
// within each question's options.
func TestAnswersDifferAndAreValid(t *testing.T) {
	bank, err := questions()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i := range 500 {
		a := answersFor(i, bank)
		// Replay the keys over the bank: each question asked gets a key
		// within its options, and nothing is left over.
		got, keys := quiz.Answers{}, a
		for _, q := range bank {
			if !q.Asked(got) {
				continue
			}
			if keys == "" {
				t.Fatalf("session %d: %q runs out before %s", i, a, q.ID)
			}
			d := rune(keys[0])
			keys = keys[1:]
			switch {
			case q.Many() && d >= 'a' && int(d-'a') <= len(q.Options):
				got[q.ID] = ""
				if d > 'a' {
					got[q.ID] = q.Options[d-'b'].Value
				}
			case !q.Many() && d >= '1' && int(d-'0') <= len(q.Options):
				got[q.ID] = q.Options[d-'1'].Value
			default:
				t.Fatalf("session %d: key %q for %s", i, d, q.ID)
			}
		}
		if keys != "" {
			t.Fatalf("session %d: %q has keys left over", i, a)
		}
		if err := got.Validate(bank); err != nil {
			t.Fatalf("session %d: %v", i, err)
		}
		if seen[a] {
			t.Fatalf("session %d repeats the answers %s", i, a)
		}
		seen[a] = true
	}
}

// TestSourceAddr checks the sessions' loopback source addresses.
func TestSourceAddr(t *testing.T) {
	if got := sourceAddr(7, 1).IP.String(); got != "127.0.0.2" {
		t.Fatalf("one source: %s", got)
	}
	if a, b := sourceAddr(0, 0).IP.String(), sourceAddr(260, 0).IP.String(); a != "127.0.0.2" || b != "127.0.1.12" {
		t.Fatalf("sources: %s, %s", a, b)
	}
}

// TestPercentile checks the nearest-rank percentiles.
func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i))
	}
	l := summarise(ds)
	if l.P50 != 50 || l.P90 != 90 || l.P99 != 99 || l.Max != 100 || l.Count != 100 {
		t.Fatalf("%+v", l)
	}
	if summarise(nil).Max != 0 {
		t.Fatal("empty")
	}
}
