package main

import (
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"strings"
	"time"
)

// percentile is the nearest-rank p-th percentile (0 < p ≤ 1) of sorted.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// Latency summarises a set of latencies.
type Latency struct {
	Count                   int
	P50, P90, P95, P99, Max time.Duration
}

func summarise(ds []time.Duration) Latency {
	s := slices.Clone(ds)
	slices.Sort(s)
	return Latency{Count: len(s), P50: percentile(s, .50), P90: percentile(s, .90), P95: percentile(s, .95), P99: percentile(s, .99), Max: percentile(s, 1)}
}

// String is the percentiles in milliseconds and the count.
func (l Latency) String() string {
	if l.Count == 0 {
		return "none measured"
	}
	return fmt.Sprintf("p50 %s  p90 %s  p99 %s  max %s  (%d)", ms(l.P50), ms(l.P90), ms(l.P99), ms(l.Max), l.Count)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }

func mib(b uint64) string { return fmt.Sprintf("%.1fMiB", float64(b)/(1<<20)) }

// perSession is (b − base)/n in MiB.
func perSession(b, base uint64, n int) string {
	return fmt.Sprintf("%+.2fMiB", (float64(b)-float64(base))/(1<<20)/float64(max(n, 1)))
}

// Print writes the report, ending with a one-line summary.
func (r Result) Print(w io.Writer) {
	o, c := r.Options, r.Clients
	answers := "number keys"
	if o.Arrows {
		answers = "arrows and enter"
	}
	fmt.Fprintf(w, "loadtest: jewelquiz over SSH on loopback, %d sessions at once, think %v, answering with %s, kiosk %v, GOMAXPROCS %d, load average before %s\n",
		o.N, o.Think, answers, o.Kiosk, runtime.GOMAXPROCS(0), r.LoadBefore)
	who, clients := "server and clients", "in-process"
	if o.Split {
		who, clients = "server only", "split"
		fmt.Fprintln(w, "clients:  x/crypto/ssh in a child process (-split): the memory below is the server's alone; both share the CPUs")
	} else {
		fmt.Fprintln(w, "clients:  x/crypto/ssh in this process: their memory and CPU are in every figure below (-split measures the server alone)")
	}
	fmt.Fprintf(w, "sessions: completed %d/%d\n", c.Completed, o.N)
	for _, reason := range slices.Sorted(maps.Keys(c.Failures)) {
		fmt.Fprintf(w, "  failed %d× %s\n    e.g. %s\n", c.Failures[reason], reason, c.Examples[reason])
	}
	keys := summarise(c.Keys)
	fmt.Fprintf(w, "keystroke→frame  %s\n", keys)
	fmt.Fprintf(w, "  first key      %s  (all sessions press it at once)\n", summarise(c.First))
	fmt.Fprintf(w, "  results key    %s  (the last answer: scores and draws the results)\n", summarise(c.Results))
	connect := summarise(c.Connect)
	fmt.Fprintf(w, "dial→welcome     %s  (the first frame; p95 %s)\n", connect, ms(connect.P95))
	if !o.Kiosk {
		fmt.Fprintf(w, "q→closed         %s\n", summarise(c.Quit))
	}
	for _, line := range slices.Sorted(maps.Keys(r.GlobalLog)) {
		fmt.Fprintf(w, "server log outside Config.Logger: %d× %q\n", r.GlobalLog[line], line)
	}
	fmt.Fprintf(w, "wall:     %.2fs (with two pauses for a GC while every session waits, and %v idle)\n", r.Wall.Seconds(), r.Options.Idle)
	r.printCPU(w, who)
	r.printMemory(w, who)
	fmt.Fprintf(w, "loadtest: n=%d completed=%d/%d p50=%s p90=%s p99=%s max=%s wall=%.2fs rss_peak=%s rss_per_session=%s clients=%s cpu_per_session=%s connect_p50=%s connect_p95=%s\n",
		o.N, c.Completed, o.N, ms(keys.P50), ms(keys.P90), ms(keys.P99), ms(keys.Max), r.Wall.Seconds(),
		mib(r.PeakRSS), strings.TrimPrefix(perSession(r.PeakRSS, r.Baseline.RSS, o.N), "+"), clients,
		ms(r.CPU/time.Duration(o.N)), ms(connect.P50), ms(connect.P95))
}

// PrintTable writes one row per run: what each session cost the server and
// how soon it saw its first frame (the figures of each run's last line).
func PrintTable(w io.Writer, runs []Result) {
	fmt.Fprintln(w, "| sessions | completed | CPU per session | dial → first frame p50 / p95 | RSS per session (peak) | wall |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, r := range runs {
		n := r.Options.N
		connect := summarise(r.Clients.Connect)
		fmt.Fprintf(w, "| %d | %d/%d | %s | %s / %s | %s | %.1fs |\n", n, r.Clients.Completed, n,
			ms(r.CPU/time.Duration(n)), ms(connect.P50), ms(connect.P95),
			strings.TrimPrefix(perSession(r.PeakRSS, r.Baseline.RSS, n), "+"), r.Wall.Seconds())
	}
	if len(runs) > 0 && !runs[0].Options.Split {
		fmt.Fprintln(w, "(clients in this process: their CPU and memory are counted too; -split leaves them out)")
	}
}

func (r Result) printCPU(w io.Writer, who string) {
	if r.Options.Split {
		fmt.Fprintf(w, "cpu:      server %.2fs, clients %.2fs, in %.2fs on %d CPUs", r.CPU.Seconds(), r.ClientCPU.Seconds(), r.Wall.Seconds(), runtime.NumCPU())
	} else {
		fmt.Fprintf(w, "cpu:      server and clients %.2fs in %.2fs on %d CPUs", r.CPU.Seconds(), r.Wall.Seconds(), runtime.NumCPU())
	}
	if len(r.Phases) > 0 && r.Phases[0].Sessions > 0 {
		connect := r.Phases[0].CPUIn - r.CPUStart
		fmt.Fprintf(w, "; %s per connection (dial→welcome)", ms(connect/time.Duration(r.Phases[0].Sessions)))
	}
	if len(r.Phases) == 2 && r.Phases[1].Sessions > 0 {
		// From the welcome to the results the sessions press QuizKeys keys;
		// the idle measurement in between is left out.
		welcome, results := r.Phases[0], r.Phases[1]
		quiz := results.CPUIn - welcome.CPUOut - r.IdleCPU
		wall := results.Out.Sub(welcome.Out) - r.Options.Idle
		n := time.Duration(r.Clients.QuizKeys * results.Sessions / r.Options.N)
		fmt.Fprintf(w, "; %s per key (%s, welcome→results: %.2fs for %d keys", ms(quiz/n), who, quiz.Seconds(), n)
		if r.Options.Idle > 0 && r.Options.Think > 0 {
			// With think time the sessions idle between keys, and idle
			// sessions cost CPU too.
			idle := time.Duration(float64(r.IdleCPU) * wall.Seconds() / r.Options.Idle.Seconds())
			fmt.Fprintf(w, ", %s per key net of the idle cost", ms((quiz-idle)/n))
		}
		fmt.Fprint(w, ")")
	}
	fmt.Fprintln(w)
	if o := r.Options; o.Idle > 0 && len(r.Phases) > 0 {
		fmt.Fprintf(w, "idle:     %d sessions idle at the welcome used %.1f%% of one CPU (%s, over %v)\n",
			r.Phases[0].Sessions, 100*r.IdleCPU.Seconds()/o.Idle.Seconds(), who, o.Idle)
	}
}

func (r Result) printMemory(w io.Writer, who string) {
	b := r.Baseline
	fmt.Fprintf(w, "memory (%s; RSS from /proc/self/status, live heap after a GC, per session against the baseline):\n", who)
	fmt.Fprintf(w, "  %-28s RSS %-9s live heap %s\n", "baseline, no session", mib(b.RSS), mib(b.Live))
	for _, p := range r.Phases {
		label := fmt.Sprintf("%d waiting at the %s", p.Sessions, p.Phase)
		fmt.Fprintf(w, "  %-28s RSS %-9s %s/session  live heap %-9s %s/session\n",
			label, mib(p.RSS), perSession(p.RSS, b.RSS, p.Sessions), mib(p.Live), perSession(p.Live, b.Live, p.Sessions))
		fmt.Fprintf(w, "  %-28s after the GC: heap spans %s, free heap not returned to the OS %s, stacks %s (%s/session), %d goroutines (%+.1f/session)\n",
			"", mib(p.HeapInuse), mib(p.HeapRetained), mib(p.Stacks), perSession(p.Stacks, b.Stacks, p.Sessions),
			p.Goroutines, float64(p.Goroutines-b.Goroutines)/float64(max(p.Sessions, 1)))
	}
	fmt.Fprintf(w, "  %-28s RSS %-9s %s/session  heap in use at peak %s (max %s)\n",
		"peak, sampled every 100ms", mib(r.PeakRSS), perSession(r.PeakRSS, b.RSS, r.Options.N), mib(r.HeapAtPeak), mib(r.MaxHeap))
}
