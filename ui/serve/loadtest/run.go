package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"syscall"
	"time"
)

// Options configures a run.
type Options struct {
	// N is how many sessions run at once.
	N int
	// Timeout bounds the whole run.
	Timeout time.Duration
	// Think is the pause before each key, jittered by ±50%.
	Think time.Duration
	// Kiosk serves every session as a kiosk.
	Kiosk bool
	// Arrows answers with the arrow keys and enter, as a keyboard user
	// does, rather than with a number key, as a tap or a number does.
	Arrows bool
	// Sources is how many loopback source addresses the sessions come
	// from; 0: one each.
	Sources int
	// Split runs the clients in a child process, so that this process's
	// memory is the server's alone.
	Split bool
	// Idle is how long every session is left idle at the welcome, to
	// measure what idle sessions cost; 0: not measured.
	Idle time.Duration
	// HeapProfile, when set, is where a heap profile is written when every
	// session shows its results.
	HeapProfile string
	// KeysProfile, when set, is where a CPU profile of the keys alone is
	// written: from every session at the welcome to every session at the
	// results, leaving out connecting and leaving.
	KeysProfile string
	// GoroutineProfile, when set, is where the goroutines are listed, with
	// their counts, when every session shows its results.
	GoroutineProfile string
	// EventLog, when set, is the directory the server logs the shop's
	// anonymous events to, as serve does in its data directory.
	EventLog string
}

// Result is what a run measured.
type Result struct {
	Options Options
	Clients ClientResult
	// Wall is from the first dial to the last session's end.
	Wall time.Duration
	// Baseline is the process with the server started and no session;
	// Phases are the moments every session waited at the welcome, then at
	// the results.
	Baseline Snapshot
	Phases   []Snapshot
	// LoadBefore is the machine's 1-minute load average at the start.
	LoadBefore string
	// GlobalLog counts the lines the server wrote to the package-level
	// charmbracelet/log logger rather than to Config.Logger.
	GlobalLog map[string]int
	// CPU is the CPU time this process used during the sessions (the
	// server's alone with Split); ClientCPU the child's, with Split.
	CPU, ClientCPU time.Duration
	// IdleCPU is the CPU time this process used while every session sat
	// idle at the welcome for Options.Idle.
	IdleCPU time.Duration
	// CPUStart is this process's CPU time when the first session dialled.
	CPUStart time.Duration
	// PeakRSS is the highest RSS sampled; HeapAtPeak the Go heap in use
	// (spans) at that sample, MaxHeap the highest of any sample.
	PeakRSS, HeapAtPeak, MaxHeap uint64
}

// Run starts the server on loopback, runs the sessions against it and
// stops it.
func Run(ctx context.Context, o Options) (res Result, err error) {
	if o.N < 1 || o.Timeout <= 0 {
		return res, fmt.Errorf("need at least one session and a positive timeout, got -n %d -timeout %v", o.N, o.Timeout)
	}
	res.Options = o
	res.LoadBefore = loadAverage()
	global := captureGlobalLog()
	defer func() { res.GlobalLog = global.counts() }()
	srv, err := startServer(o)
	if err != nil {
		return res, err
	}
	defer func() { err = errors.Join(err, srv.stop()) }()
	if res.Baseline, err = snapshot("baseline", 0); err != nil {
		return res, err
	}
	smp := startSampler()
	var phaseErr error
	var keys *os.File // the keys' CPU profile, while it runs
	defer func() {
		if keys != nil {
			pprof.StopCPUProfile()
			keys.Close()
		}
	}()
	onPhase := func(phase string, sessions int) {
		if phase == phaseResults && keys != nil {
			pprof.StopCPUProfile()
			phaseErr = errors.Join(phaseErr, keys.Close())
			keys = nil
		}
		s, err := snapshot(phase, sessions)
		if err != nil {
			phaseErr = errors.Join(phaseErr, err)
			return
		}
		res.Phases = append(res.Phases, s)
		if phase == phaseWelcome && o.Idle > 0 {
			res.IdleCPU, err = idleCPU(o.Idle)
			phaseErr = errors.Join(phaseErr, err)
		}
		if phase == phaseWelcome && o.KeysProfile != "" {
			keys, err = startProfile(o.KeysProfile)
			phaseErr = errors.Join(phaseErr, err)
		}
		if phase != phaseResults {
			return
		}
		if o.HeapProfile != "" {
			phaseErr = errors.Join(phaseErr, writeProfile("heap", o.HeapProfile, 0))
		}
		if o.GoroutineProfile != "" {
			phaseErr = errors.Join(phaseErr, writeProfile("goroutine", o.GoroutineProfile, 1))
		}
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	cpu0, err := cpuTime(syscall.RUSAGE_SELF)
	if err != nil {
		return res, err
	}
	child0, err := cpuTime(syscall.RUSAGE_CHILDREN)
	if err != nil {
		return res, err
	}
	res.CPUStart = cpu0
	start := time.Now()
	if o.Split {
		res.Clients, err = runChild(ctx, srv.addr, o, onPhase)
	} else {
		res.Clients, err = runClients(ctx, srv.addr, o, onPhase)
	}
	res.Wall = time.Since(start)
	cpu1, cpuErr := cpuTime(syscall.RUSAGE_SELF)
	child1, childErr := cpuTime(syscall.RUSAGE_CHILDREN)
	res.CPU, res.ClientCPU = cpu1-cpu0, child1-child0
	smpErr := smp.finish()
	res.PeakRSS, res.HeapAtPeak, res.MaxHeap = smp.peak, smp.heapAtPeak, smp.maxHeap
	return res, errors.Join(err, phaseErr, smpErr, cpuErr, childErr)
}
