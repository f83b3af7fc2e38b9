package delegation

import (
	"testing"
	"time"
)

// BenchmarkParseAndCheckGoal parses and checks the spec's worked example; the
// target is at least 50,000 goals a second on one core (20µs each).
func BenchmarkParseAndCheckGoal(b *testing.B) {
	now := time.Date(2025, time.March, 2, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		g := ParseGoal(workedExample, now)
		if fs := CheckGoal(g, now); fs.Err() != nil {
			b.Fatal(fs)
		}
	}
}
