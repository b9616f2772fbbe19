package consult

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// deleteCrashEnv tells TestDeleteCrashHelper where to delete and before
// which step to die.
const deleteCrashEnv = "JEWELQUIZ_CONSULT_DELETE_CRASH"

// TestDeleteCrashHelper is run as a subprocess by TestDeleteCrash: it
// deletes the one consultation in a directory and kills itself with
// SIGKILL before the given step.
func TestDeleteCrashHelper(t *testing.T) {
	at, s := helperStore(t, deleteCrashEnv, "TestDeleteCrash")
	beforeDeleteStep = func(step string) {
		if step == at {
			die()
		}
	}
	recs, _ := s.List(time.Time{})
	if len(recs) != 1 {
		t.Fatalf("found %d consultations, want 1", len(recs))
	}
	s.Delete(recs[0].Code)
	t.Fatal("survived the crash")
}

// TestDeleteCrash kills a process before each step of a deletion and
// checks that the consultation is then either whole (both files, and it
// loads) or, once the directory is opened again, gone without a trace;
// and that a second consultation is untouched.
func TestDeleteCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a subprocess")
	}
	for i, step := range deleteSteps {
		t.Run(step, func(t *testing.T) {
			s := openTest(t)
			r := save(t, s, sample(t, 1))
			runKilled(t, "TestDeleteCrashHelper", deleteCrashEnv+"="+step+":"+s.Dir())
			// Until the JSON file is renamed the consultation is whole.
			if i == 0 {
				if got := names(t, s.Dir()); !slices.Equal(got, []string{r.Code + ".json", r.Code + ".md"}) {
					t.Fatalf("a crash before renaming left %v", got)
				}
			}
			s, err := Open(s.Dir(), testBank())
			if err != nil {
				t.Fatal(err)
			}
			recs, errs := s.List(time.Time{})
			if len(errs) != 0 {
				t.Fatal(errs)
			}
			got := names(t, s.Dir())
			switch {
			case i == 0 && len(recs) == 1 && slices.Equal(got, []string{r.Code + ".json", r.Code + ".md"}):
				if _, err := s.Load(r.Code); err != nil {
					t.Fatalf("the consultation kept after the crash does not load: %v", err)
				}
			case i > 0 && len(recs) == 0 && len(got) == 0:
				if _, err := s.Load(r.Code); !errors.Is(err, ErrNotFound) {
					t.Fatalf("Load of the deleted consultation = %v, want ErrNotFound", err)
				}
			default:
				t.Fatalf("after a crash before %q and Open: listed %v, directory %v", step, codesOf(recs), got)
			}
		})
	}
}
