package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// childEnv, when set, makes this binary the clients of a -split run; it
// holds the childJob as JSON.
const childEnv = "JEWELQUIZ_LOADTEST_CHILD"

// childJob is what a child process is asked to do.
type childJob struct {
	Addr    string
	Options Options
}

// The child and its parent talk in lines: the child writes "phase NAME N"
// when every session waits at NAME and reads a line once the parent has
// measured; at the end it writes "result JSON".
const (
	linePhase  = "phase "
	lineResult = "result "
)

// runChild runs the clients in a child process, this binary again.
func runChild(ctx context.Context, addr string, o Options, onPhase func(string, int)) (ClientResult, error) {
	var res ClientResult
	exe, err := os.Executable()
	if err != nil {
		return res, fmt.Errorf("split: %w", err)
	}
	job, err := json.Marshal(childJob{Addr: addr, Options: o})
	if err != nil {
		return res, fmt.Errorf("split: %w", err)
	}
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), childEnv+"="+string(job))
	cmd.Stderr = os.Stderr
	cmd.WaitDelay = 2 * time.Second
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return res, fmt.Errorf("split: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return res, fmt.Errorf("split: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return res, fmt.Errorf("split: starting the clients: %w", err)
	}
	got, err := talk(stdout, stdin, onPhase, &res)
	if werr := cmd.Wait(); werr != nil {
		return res, fmt.Errorf("split: the clients: %w", werr)
	}
	if err == nil && !got {
		err = fmt.Errorf("split: the clients sent no result")
	}
	return res, err
}

// talk reads the child's lines until it is done, answering each phase.
func talk(from io.Reader, to io.WriteCloser, onPhase func(string, int), res *ClientResult) (bool, error) {
	defer to.Close()
	got := false
	sc := bufio.NewScanner(from)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, linePhase):
			name, count, _ := strings.Cut(strings.TrimPrefix(line, linePhase), " ")
			n, err := strconv.Atoi(count)
			if err != nil {
				return got, fmt.Errorf("split: bad line %q: %w", line, err)
			}
			onPhase(name, n)
			if _, err := io.WriteString(to, "go\n"); err != nil {
				return got, fmt.Errorf("split: answering the clients: %w", err)
			}
		case strings.HasPrefix(line, lineResult):
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, lineResult)), res); err != nil {
				return got, fmt.Errorf("split: the clients' result: %w", err)
			}
			got = true
		}
	}
	if err := sc.Err(); err != nil {
		return got, fmt.Errorf("split: reading the clients: %w", err)
	}
	return got, nil
}

// childMain is the clients' side of a -split run; it returns the exit code.
func childMain() int {
	var job childJob
	if err := json.Unmarshal([]byte(os.Getenv(childEnv)), &job); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest clients: bad job:", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), job.Options.Timeout)
	defer cancel()
	in := bufio.NewReader(os.Stdin)
	res, err := runClients(ctx, job.Addr, job.Options, func(phase string, n int) {
		fmt.Printf("%s%s %d\n", linePhase, phase, n)
		_, _ = in.ReadString('\n') // the parent has measured (or is gone)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest clients:", err)
		return 1
	}
	out, err := json.Marshal(res)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest clients:", err)
		return 1
	}
	fmt.Printf("%s%s\n", lineResult, out)
	return 0
}
