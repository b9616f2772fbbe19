// Command loadtest starts the jewelquiz SSH server in-process on loopback,
// runs many concurrent quizzes against it with an x/crypto/ssh client, and
// reports keystroke→frame latency, CPU, wall time and memory:
//
//	go run ./ui/serve/loadtest -n 50
//	go run ./ui/serve/loadtest -n 200 -split -cpuprofile cpu.prof -memprofile mem.prof
//	go run ./ui/serve/loadtest -n 200,500,1000 -split -idle 0
//
// Given several sizes, it runs each in turn against a fresh server and ends
// with a table of them.
//
// Each session waits at the welcome and at the results until every other
// session is there too, so the memory there is measured with all of them
// open; the keys in between are pressed by all sessions at once. The
// clients run in the same process unless -split puts them in a child
// process, and the server limits new sessions per source address, so the
// sessions come from different addresses in 127.0.0.0/8 unless -sources 1.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"
)

func main() {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain())
	}
	if err := run(os.Args[1:]); errors.Is(err, errUsage) {
		os.Exit(2)
	} else if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// errUsage is a command line the flag package has already complained of.
var errUsage = errors.New("usage")

func run(args []string) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	var o Options
	sizes := fs.String("n", "50", "concurrent `sessions`; several, comma-separated (200,500,1000), run one after another")
	fs.DurationVar(&o.Timeout, "timeout", 2*time.Minute, "limit for the whole run")
	fs.DurationVar(&o.Think, "think", 0, "pause before each key (jittered ±50%)")
	fs.DurationVar(&o.Idle, "idle", time.Second, "leave every session idle at the welcome this long, to measure what idle sessions cost")
	fs.BoolVar(&o.Arrows, "arrows", false, "answer with down arrows and enter, as a keyboard user does, rather than a number key")
	fs.BoolVar(&o.Kiosk, "kiosk", false, "serve every session as a kiosk (leave the results with f and y, then hang up)")
	fs.IntVar(&o.Sources, "sources", 0, "distinct loopback source addresses (127.0.x.y); 0: one per session; 1: all from one address, as behind a NAT")
	fs.StringVar(&o.EventLog, "events", "", "log the shop's anonymous events to the event log in `dir`, as serve does (read it with jewelquiz stats --data-dir dir)")
	fs.BoolVar(&o.Split, "split", false, "run the clients in a child process, so this process's RSS is the server's alone")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run (the server's alone with -split) to `file`")
	fs.StringVar(&o.KeysProfile, "keysprofile", "", "write a CPU profile of the keys alone (welcome to results) to `file`")
	fs.StringVar(&o.HeapProfile, "memprofile", "", "write a heap profile, taken when every session shows its results, to `file`")
	fs.StringVar(&o.GoroutineProfile, "goroutines", "", "list the goroutines, when every session shows its results, in `file`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage // the flag package has said what is wrong
	}
	ns, err := parseSizes(*sizes)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest: -n:", err)
		return errUsage
	}
	if len(ns) > 1 && (*cpuProfile != "" || o.KeysProfile != "" || o.HeapProfile != "" || o.GoroutineProfile != "") {
		fmt.Fprintln(os.Stderr, "loadtest: profiles need a single -n")
		return errUsage
	}
	if o.HeapProfile != "" {
		runtime.MemProfileRate = 64 << 10 // finer than the default, for per-session figures
	}
	if *cpuProfile != "" && o.KeysProfile != "" {
		fmt.Fprintln(os.Stderr, "loadtest: -cpuprofile and -keysprofile cannot both run")
		return errUsage
	}
	if *cpuProfile != "" {
		f, err := startProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	var runs []Result
	var incomplete []error
	for _, n := range ns {
		o.N = n
		res, err := Run(context.Background(), o)
		if err != nil {
			return err
		}
		res.Print(os.Stdout)
		runs = append(runs, res)
		if res.Clients.Completed != n {
			incomplete = append(incomplete, fmt.Errorf("%d of %d sessions did not complete", n-res.Clients.Completed, n))
		}
	}
	if len(runs) > 1 {
		fmt.Println()
		PrintTable(os.Stdout, runs)
	}
	return errors.Join(incomplete...)
}

// parseSizes reads -n: session counts, comma-separated, each at least 1.
func parseSizes(s string) ([]int, error) {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a number of sessions (give one or more, comma-separated, such as 200,500,1000)", f)
		}
		ns = append(ns, n)
	}
	return ns, nil
}
