package rules_test

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// defaultRulebook loads the embedded rulebook or stops the test.
func defaultRulebook(tb testing.TB) *rules.Rulebook {
	tb.Helper()
	rb, err := rules.Default()
	if err != nil {
		tb.Fatalf("the embedded rulebook does not load: %v", err)
	}
	return rb
}

// spaceCase is one answer set of the whole answer space and the default
// rulebook's recommendation for it.
type spaceCase struct {
	answers quiz.Answers
	rec     rules.Recommendation
}

// A spaceCheck is a property of every answer set. It is called once per
// set, from several goroutines at once, and returns what is wrong with the
// set ("" when nothing is); it may count what it saw in notes, which belong
// to its goroutine.
type spaceCheck func(c spaceCase, notes map[string]int) string

// spaceChecks are run together, in the one pass over the answer space, by
// name; the test of the same name reports the result (see checked).
var spaceChecks = map[string]spaceCheck{}

// everySet registers a check for the shared pass.
func everySet(name string, check spaceCheck) bool {
	if _, dup := spaceChecks[name]; dup {
		panic("two space checks named " + name)
	}
	spaceChecks[name] = check
	return true
}

// spaceResult is what one check found over the answer space.
type spaceResult struct {
	failed   int
	failures []string // the first few, in no particular order
	notes    map[string]int
}

// maxFailures is how many failures of one check are kept to report.
const maxFailures = 3

// scored is one answer set's code (see spaceIndex.code) and the score of
// each type, in rulebook order, -1 for a type that is ruled out.
type scored struct {
	code   uint64
	scores [8]int8
}

// spaceIndex numbers the answer sets: each question is a digit, 0 when it
// is not asked, else 1 + the option's index (one) or 1 + the options' bit
// mask (many).
type spaceIndex struct {
	bank   []quiz.Question
	radix  []uint64
	stride []uint64
}

func newSpaceIndex(bank []quiz.Question) spaceIndex {
	ix := spaceIndex{bank: bank}
	s := uint64(1)
	for _, q := range bank {
		r := uint64(len(q.Options) + 1)
		if q.Many() {
			r = 1<<len(q.Options) + 1
		}
		ix.radix, ix.stride = append(ix.radix, r), append(ix.stride, s)
		s *= r
	}
	return ix
}

// digit is the digit of an answer to question qi ("" and false: not asked).
func (ix spaceIndex) digit(qi int, v string, asked bool) uint64 {
	if !asked {
		return 0
	}
	q := ix.bank[qi]
	d := uint64(0)
	for i, o := range q.Options {
		if q.Many() {
			if strings.Contains(","+v+",", ","+o.Value+",") {
				d |= 1 << i
			}
		} else if o.Value == v {
			d = uint64(i)
		}
	}
	return d + 1
}

func (ix spaceIndex) code(a quiz.Answers) uint64 {
	c := uint64(0)
	for qi, q := range ix.bank {
		v, ok := a[q.ID]
		c += ix.digit(qi, v, ok) * ix.stride[qi]
	}
	return c
}

// with changes question qi's digit in code to d.
func (ix spaceIndex) with(code uint64, qi int, d uint64) uint64 {
	old := code / ix.stride[qi] % ix.radix[qi]
	return code - old*ix.stride[qi] + d*ix.stride[qi]
}

var space struct {
	once    sync.Once
	size    int // answer sets recommended
	want    int // the bank's answer space size
	results map[string]*spaceResult
	index   spaceIndex
	scores  []scored         // in Space order
	byCode  map[uint64]int32 // code → index into scores
	again   *rules.Rulebook  // loaded separately, for TestDeterministic
	err     error
}

// answerSpace recommends every answer set of the bank once per test binary,
// on every CPU, and runs every registered check on each. Recommendations
// are not kept (the 645,120 of them take gigabytes); the scores are.
func answerSpace(tb testing.TB) {
	tb.Helper()
	space.once.Do(runSpace)
	if space.err != nil {
		tb.Fatalf("recommending for the answer space: %v", space.err)
	}
	if space.size != space.want {
		tb.Fatalf("answer space has %d sets, want %d", space.size, space.want)
	}
}

func runSpace() {
	rb, err := rules.Default()
	if err != nil {
		space.err = err
		return
	}
	if space.again, err = rules.Default(); err != nil {
		space.err = err
		return
	}
	if len(rb.Types) > len(scored{}.scores) {
		space.err = fmt.Errorf("%d types, the test keeps scores for %d", len(rb.Types), len(scored{}.scores))
		return
	}
	bank := rb.Bank()
	space.want = quiz.SpaceSize(bank)
	space.index = newSpaceIndex(bank)
	space.scores = make([]scored, space.want)
	typeAt := typeIndex(rb)

	type batch struct {
		first int
		sets  []quiz.Answers
	}
	batches := make(chan batch, 8)
	go func() {
		defer close(batches)
		b := batch{}
		n := 0
		for a := range quiz.Space(bank) {
			b.sets = append(b.sets, a)
			n++
			if len(b.sets) == 512 {
				batches <- b
				b = batch{first: n}
			}
		}
		batches <- b
	}()

	workers := runtime.GOMAXPROCS(0)
	local := make([]map[string]*spaceResult, workers)
	errs := make([]error, workers)
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		res := map[string]*spaceResult{}
		for name := range spaceChecks {
			res[name] = &spaceResult{notes: map[string]int{}}
		}
		local[w] = res
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				for i, a := range b.sets {
					if errs[w] != nil || b.first+i >= len(space.scores) {
						counts[w]++ // counted, so the size check fails
						continue
					}
					rec, err := rb.Recommend(a)
					if err != nil {
						errs[w] = fmt.Errorf("%v: %w", a, err)
						continue
					}
					counts[w]++
					s := scored{code: space.index.code(a)}
					for _, r := range rec.Ranking {
						s.scores[typeAt[r.Type]] = int8(r.Score)
						if r.Excluded {
							s.scores[typeAt[r.Type]] = -1
						}
					}
					space.scores[b.first+i] = s
					c := spaceCase{a, rec}
					for name, check := range spaceChecks {
						r := res[name]
						if msg := check(c, r.notes); msg != "" {
							r.failed++
							if len(r.failures) < maxFailures {
								r.failures = append(r.failures, msg)
							}
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		space.size += counts[w]
		if errs[w] != nil && space.err == nil {
			space.err = errs[w]
		}
	}
	space.results = map[string]*spaceResult{}
	for name := range spaceChecks {
		all := &spaceResult{notes: map[string]int{}}
		for _, res := range local {
			r := res[name]
			all.failed += r.failed
			all.failures = append(all.failures, r.failures...)
			for k, n := range r.notes {
				all.notes[k] += n
			}
		}
		sort.Strings(all.failures)
		space.results[name] = all
	}
	space.byCode = make(map[uint64]int32, len(space.scores))
	for i, s := range space.scores {
		space.byCode[s.code] = int32(i)
	}
}

// checked reports what the check of this name found over the whole answer
// space, failing the test for every answer set it failed on, and returns
// what it counted.
func checked(t *testing.T, name string) map[string]int {
	t.Helper()
	if _, ok := spaceChecks[name]; !ok {
		t.Fatalf("no space check is named %q", name)
	}
	answerSpace(t)
	r := space.results[name]
	for _, f := range r.failures {
		t.Error(f)
	}
	if r.failed > 0 {
		t.Fatalf("%s fails on %d of %d answer sets", name, r.failed, space.size)
	}
	return r.notes
}

// recommendation returns the default rulebook's recommendation for a
// complete answer set.
func recommendation(tb testing.TB, a quiz.Answers) rules.Recommendation {
	tb.Helper()
	answerSpace(tb)
	rec, err := space.again.Recommend(a)
	if err != nil {
		tb.Fatalf("%v: %v", a, err)
	}
	return rec
}

// typeIndex maps each type id to its place in the rulebook.
func typeIndex(rb *rules.Rulebook) map[string]int {
	idx := make(map[string]int, len(rb.Types))
	for i, t := range rb.Types {
		idx[t.ID] = i
	}
	return idx
}

// ranked finds a type in a recommendation's ranking.
func ranked(rec rules.Recommendation, id string) (rules.Ranked, bool) {
	for _, r := range rec.Ranking {
		if r.Type == id {
			return r, true
		}
	}
	return rules.Ranked{}, false
}

// failf formats a failure of a space check.
func failf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
