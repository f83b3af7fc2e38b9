//go:build race

package c4

// raceEnabled is true under the race detector, which slows the scale tests
// tenfold; they shrink to stay within the test budget.
const raceEnabled = true
