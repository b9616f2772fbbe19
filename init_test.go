package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// initLine is a line of GODEBUG=inittrace=1: a package's initialisation,
// with the bytes it allocated.
var initLine = regexp.MustCompile(`^init (github\.com/jewelquiz/jewelquiz/\S+) @.* ([0-9]+) bytes, [0-9]+ allocs$`)

// Every command pays for every package's initialisation, so ours do next
// to nothing then: no catalogue read, no rulebook parsed, no table built
// (each of those allocates hundreds of kilobytes). The test binary holds
// the same packages as the program (its own, main, also holds the tests'
// variables, so it is not counted); run again with inittrace, it reports
// what each package's initialisation allocated.
func TestPackagesInitialiseCheaply(t *testing.T) {
	if os.Getenv("JEWELQUIZ_INIT_CHILD") != "" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestPackagesInitialiseCheaply$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "JEWELQUIZ_INIT_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	const limit = 16 << 10
	seen := 0
	for _, line := range regexp.MustCompile(`\r?\n`).Split(string(out), -1) {
		m := initLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		seen++
		if n, _ := strconv.Atoi(m[2]); n > limit {
			t.Errorf("%s allocates %d bytes when the program starts (at most %d): keep work out of package-level variables and init", m[1], n, limit)
		}
	}
	if seen < 4 {
		t.Fatalf("inittrace named %d of our packages:\n%s", seen, out)
	}
}
