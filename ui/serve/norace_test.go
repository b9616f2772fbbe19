//go:build !race

package serve

// raceSlowdown scales CPU bounds for the race detector's overhead.
const raceSlowdown = 1
