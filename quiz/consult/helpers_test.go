package consult

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// testTime is the fake clock's time in the tests.
var testTime = time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)

// testBank is the built-in rulebook's questions, which words the answers
// in the Markdown of the consultations under test.
var testBank = sync.OnceValue(func() []quiz.Question {
	rb, err := rules.Default()
	if err != nil {
		panic("the built-in rulebook does not load: " + err.Error())
	}
	return rb.Bank()
})

// openTest opens a store in a fresh temporary directory with a fixed clock.
func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "consultations"), testBank())
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return testTime }
	return s
}

// sample is a record as the UI would save it, from the nth answer set of
// the quiz and the built-in rulebook.
func sample(t testing.TB, n int) Record {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var a quiz.Answers
	i := 0
	for x := range quiz.Space(testBank()) {
		if i == n {
			a = x
			break
		}
		i++
	}
	rec, err := rb.Recommend(a)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	// A recommendation's text may hold <, > and &; they must come back as they were.
	js = bytes.Replace(js, []byte(`"summary":"`), []byte(`"summary":"<&> `), 1)
	r := Record{RulebookVersion: rec.RulebookVersion, Answers: a, Pick: rec.Pick,
		Recommendation: js, Report: "Report for <" + a.String() + "> & more\n"}
	if rec.Pick != "" {
		r.PickName = rec.Ranking[0].Name
	}
	return r
}

// save saves r in s, failing the test on error.
func save(t testing.TB, s *Store, r Record) Record {
	t.Helper()
	got, err := s.Save(r)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// names lists the names of the files in dir, sorted.
func names(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ns []string
	for _, e := range entries {
		ns = append(ns, e.Name())
	}
	sort.Strings(ns)
	return ns
}

// mustEqual fails the test when two records differ.
func mustEqual(t testing.TB, got, want Record) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("records differ:\n got %+v\nwant %+v", got, want)
	}
}

// codes returns the codes of rs in order.
func codesOf(rs []Record) []string {
	cs := make([]string, len(rs))
	for i, r := range rs {
		cs[i] = r.Code
	}
	return cs
}

// repeatReader yields its blocks of bytes in turn, then the last forever.
// Each block is what one newCode call reads.
type repeatReader struct {
	mu     sync.Mutex
	blocks [][]byte
}

func (r *repeatReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	b := r.blocks[0]
	if len(r.blocks) > 1 {
		r.blocks = r.blocks[1:]
	}
	return copy(p, bytes.Repeat(b, len(p)/len(b)+1)), nil
}

// block is 16 bytes that make the code whose characters are at the given
// indices of the alphabet.
func block(idx ...int) []byte {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(idx[i%len(idx)])
	}
	return b
}

// codeFor is the code block(idx...) makes.
func codeFor(idx ...int) string {
	var c strings.Builder
	for i := range codeLen {
		if i == dashAt {
			c.WriteByte('-')
		}
		c.WriteByte(alphabet[idx[i%len(idx)]])
	}
	return c.String()
}

// runKilled runs the test helper named in the subprocess with env set, and
// fails the test unless the helper killed itself with SIGKILL.
func runKilled(t *testing.T, helper, env string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+helper+"$")
	cmd.Env = append(os.Environ(), env)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("the helper did not die: %v\n%s", err, out)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the helper ended with %v, not SIGKILL\n%s", err, out)
	}
}

// die kills this process with SIGKILL, as a crash or a power cut would
// end it: no deferred function runs.
func die() {
	syscall.Kill(os.Getpid(), syscall.SIGKILL)
	time.Sleep(time.Minute)
}

// helperStore is, in a crash test's subprocess, the store named by the
// environment variable env ("AT:DIR") and what AT says; it skips the test
// when run directly rather than by runBy.
func helperStore(t *testing.T, env, runBy string) (at string, s *Store) {
	t.Helper()
	spec := os.Getenv(env)
	if spec == "" {
		t.Skip("run by " + runBy)
	}
	at, dir, _ := strings.Cut(spec, ":")
	s, err := Open(dir, testBank())
	if err != nil {
		t.Fatal(err)
	}
	return at, s
}
