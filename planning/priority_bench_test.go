package planning_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/leadkit/leadkit/planning"
)

// benchItems returns n valid items with random scores.
func benchItems(n int) []planning.Item {
	rng := rand.New(rand.NewPCG(7, 11))
	items := make([]planning.Item, n)
	for i := range items {
		items[i] = planning.Item{
			ID: "TD-" + strconv.Itoa(i), Title: "debt item " + strconv.Itoa(i),
			Value: 1 + rng.IntN(5), Effort: 1 + rng.IntN(5), Risk: 1 + rng.IntN(5),
			Frequency: 1 + rng.IntN(5), Alignment: 1 + rng.IntN(5),
			Reach: float64(1 + rng.IntN(10000)), Impact: []float64{0.25, 0.5, 1, 2, 3}[rng.IntN(5)],
			Confidence: float64(1+rng.IntN(10)) / 10, Estimate: float64(1 + rng.IntN(8)),
		}
	}
	return items
}

// The target for ranking 100k items is under 50 ms (see the package doc).
func BenchmarkEffortValue100k(b *testing.B) {
	items := benchItems(100_000)
	b.ReportAllocs()
	for b.Loop() {
		planning.EffortValue(items)
	}
}

func BenchmarkRankComposite100k(b *testing.B) {
	items := benchItems(100_000)
	b.ReportAllocs()
	for b.Loop() {
		planning.Rank(items, planning.Composite{})
	}
}

func BenchmarkRankRICE100k(b *testing.B) {
	items := benchItems(100_000)
	b.ReportAllocs()
	for b.Loop() {
		planning.Rank(items, planning.RICE{})
	}
}
