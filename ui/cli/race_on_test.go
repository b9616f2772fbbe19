//go:build race

package cli

// raceEnabled is set when the tests run under the race detector, which
// makes each call several times slower; the tests that walk the whole
// answer space then take a sample of it, as the plain run walks it all.
const raceEnabled = true
