package consult

import (
	"os"
	"sync"
	"testing"
	"time"
)

// TestConcurrentPurgesCountEachRemovalOnce runs three purges at once over
// 5,000 consultations: between them they must report 5,000 removals, as
// each counts only the files it removed itself.
func TestConcurrentPurgesCountEachRemovalOnce(t *testing.T) {
	const files, purges = 5000, 3
	s := openTest(t)
	r := sample(t, 0)
	r.Created = testTime
	r.Recommendation = []byte("null")
	for i := range files {
		r.Code = codeFor(i%25, i/25%25, i/625%25, 0, 0, 0)
		data, err := JSON(r, testBank())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(s.path(r.Code, ".json"), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	counts := make([]int, purges)
	errs := make([]error, purges)
	var wg sync.WaitGroup
	for i := range purges {
		wg.Go(func() { counts[i], errs[i] = s.Purge(testTime.Add(time.Hour)) })
	}
	wg.Wait()
	total := 0
	for i := range purges {
		if errs[i] != nil {
			t.Errorf("purge %d: %v", i, errs[i])
		}
		total += counts[i]
	}
	if total != files {
		t.Errorf("the purges reported %v removals, %d in all, for %d files", counts, total, files)
	}
	if left := names(t, s.Dir()); len(left) != 0 {
		t.Errorf("%d files left after purging", len(left))
	}
}
