package consult

import (
	"sync"
	"testing"
	"time"
)

// TestConcurrentSaves saves from 50 goroutines at once.
func TestConcurrentSaves(t *testing.T) {
	s := openTest(t)
	const n = 50
	saved := make([]Record, n)
	errs := make([]error, n)
	recs := make([]Record, n)
	for i := range n {
		recs[i] = sample(t, i)
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			saved[i], errs[i] = s.Save(recs[i])
		})
	}
	wg.Wait()
	codes := map[string]bool{}
	for i, r := range saved {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if codes[r.Code] {
			t.Fatalf("code %s given twice", r.Code)
		}
		codes[r.Code] = true
		got, err := s.Load(r.Code)
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, got, r)
	}
	all, lerrs := s.List(time.Time{})
	if len(all) != n || len(lerrs) != 0 {
		t.Fatalf("List found %d consultations and %v, want %d", len(all), lerrs, n)
	}
}
