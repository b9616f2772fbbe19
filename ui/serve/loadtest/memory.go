package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// rss is this process's resident set size in bytes, from /proc/self/status.
func rss() (uint64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("reading RSS: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) >= 2 && string(f[0]) == "VmRSS:" {
			kb, err := strconv.ParseUint(string(f[1]), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("reading RSS: %w", err)
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("reading RSS: no VmRSS in /proc/self/status")
}

// Snapshot is the process's memory and CPU time at one moment.
type Snapshot struct {
	Phase    string
	Sessions int    // sessions open at the moment
	RSS      uint64 // resident set, before the collection
	// After a collection: the heap in use by reachable objects, the heap's
	// spans in use, heap the runtime holds free but has not returned to
	// the OS, and goroutine stacks.
	Live, HeapInuse, HeapRetained, Stacks uint64
	Goroutines                            int
	// CPUIn and CPUOut are the process's CPU time before and after the
	// collection, which ended at Out.
	CPUIn, CPUOut time.Duration
	Out           time.Time
}

// snapshot collects garbage and measures; call it only while no key is in
// flight, since the collection pauses the server.
func snapshot(phase string, sessions int) (Snapshot, error) {
	s := Snapshot{Phase: phase, Sessions: sessions}
	var err error
	if s.CPUIn, err = cpuTime(syscall.RUSAGE_SELF); err != nil {
		return s, err
	}
	if s.RSS, err = rss(); err != nil {
		return s, err
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	s.Live, s.HeapInuse, s.HeapRetained, s.Stacks = ms.HeapAlloc, ms.HeapInuse, ms.HeapIdle-ms.HeapReleased, ms.StackInuse
	s.Goroutines = runtime.NumGoroutine()
	if s.CPUOut, err = cpuTime(syscall.RUSAGE_SELF); err != nil {
		return s, err
	}
	s.Out = time.Now()
	return s, nil
}

// sampler keeps the peak RSS, sampled every 100 ms, and the Go heap in use
// at that sample.
type sampler struct {
	stop chan struct{}
	wg   sync.WaitGroup

	peak, heapAtPeak, maxHeap uint64
	err                       error
}

func startSampler() *sampler {
	s := &sampler{stop: make(chan struct{})}
	s.sample()
	s.wg.Go(func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-s.stop:
				s.sample()
				return
			case <-t.C:
				s.sample()
			}
		}
	})
	return s
}

func (s *sampler) sample() {
	r, err := rss()
	if err != nil {
		s.err = err
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	s.maxHeap = max(s.maxHeap, ms.HeapInuse)
	if r > s.peak {
		s.peak, s.heapAtPeak = r, ms.HeapInuse
	}
}

// finish stops sampling; the figures are final once it returns.
func (s *sampler) finish() error {
	close(s.stop)
	s.wg.Wait()
	return s.err
}
