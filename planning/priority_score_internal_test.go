package planning

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRankOrderMatchesStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	pool := []float64{0, math.Copysign(0, -1), 1, 1.5, 4.2, -3, 1e12, 5e12, -1e-9, 3.0000000001, math.MaxFloat64, -math.MaxFloat64}
	for _, n := range []int{0, 1, 2, 3, 17, 1000} {
		vals := make([]float64, n)
		pos := make([]int32, n)
		for i := range vals {
			if rng.IntN(2) == 0 {
				vals[i] = pool[rng.IntN(len(pool))]
			} else {
				vals[i] = rng.NormFloat64() * 100
			}
			pos[i] = int32(i * 2) // positions need only increase
		}
		want := slices.Clone(pos)
		byPos := make(map[int32]float64, n)
		for i, p := range pos {
			byPos[p] = vals[i]
		}
		slices.SortStableFunc(want, func(a, b int32) int {
			switch va, vb := byPos[a], byPos[b]; {
			case va > vb:
				return -1
			case va < vb:
				return 1
			}
			return 0
		})
		assert.Equal(t, want, rankOrder(vals, pos), "n=%d", n)
	}
}
