package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
)

// cpuTime is the user and system CPU time used so far by this process
// (who = syscall.RUSAGE_SELF) or its waited-for children (RUSAGE_CHILDREN).
func cpuTime(who int) (time.Duration, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0, fmt.Errorf("getrusage: %w", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), nil
}

// loadAverage is the 1-minute load average from /proc/loadavg, or "?".
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

// idleCPU is the CPU time this process uses in d while nothing happens.
func idleCPU(d time.Duration) (time.Duration, error) {
	before, err := cpuTime(syscall.RUSAGE_SELF)
	if err != nil {
		return 0, err
	}
	time.Sleep(d)
	after, err := cpuTime(syscall.RUSAGE_SELF)
	if err != nil {
		return 0, err
	}
	return after - before, nil
}

// startProfile starts a CPU profile written to path; stop it with
// pprof.StopCPUProfile, then close the file.
func startProfile(path string) (*os.File, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return f, nil
}
