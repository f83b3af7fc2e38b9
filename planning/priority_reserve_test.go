package planning_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/findingtest"
	"github.com/leadkit/leadkit/planning"
)

func rankedWithEstimates(estimates ...float64) []planning.Ranked {
	out := make([]planning.Ranked, len(estimates))
	for i, e := range estimates {
		out[i] = planning.Ranked{Rank: i + 1, Index: i, Item: planning.Item{ID: string(rune('a' + i)), Estimate: e}}
	}
	return out
}

func TestReserveDefaultTwentyPercent(t *testing.T) {
	res, fs := planning.Reserve(nil, 40, planning.ReserveOptions{})
	require.Empty(t, fs)
	assert.Equal(t, 8.0, res.Reserved, "the spec: capacity 40 points → 8 reserved")
	assert.Equal(t, 0.2, res.Ratio)
	assert.Equal(t, 8.0, res.Left())
}

func TestReserveFillsInRankOrderAndSkipsWhatDoesNotFit(t *testing.T) {
	res, fs := planning.Reserve(rankedWithEstimates(5, 5, 2, 1, 3), 40, planning.ReserveOptions{})
	require.Empty(t, fs)
	assert.Equal(t, []string{"a", "c", "d"}, rankedIDs(res.Selected), "the second 5 does not fit, the smaller items after it do")
	require.Len(t, res.Deferred, 2)
	assert.Equal(t, "b", res.Deferred[0].Entry.Item.ID)
	assert.Equal(t, 3.0, res.Deferred[0].Left)
	assert.Equal(t, `"b" needs 5 but only 3 was left.`, res.Deferred[0].Reason())
	assert.Equal(t, "e", res.Deferred[1].Entry.Item.ID)
	assert.Equal(t, `"e" needs 3 but the reservation was full.`, res.Deferred[1].Reason())
	assert.Equal(t, 8.0, res.Used)
	assert.Zero(t, res.Left())
}

func TestReserveFloatTolerance(t *testing.T) {
	// 1.5 × 0.2 is 0.30000000000000004 and 0.1 + 0.2 is 0.30000000000000004:
	// both must count as 0.3.
	res, fs := planning.Reserve(rankedWithEstimates(0.1, 0.2), 1.5, planning.ReserveOptions{})
	require.Empty(t, fs)
	assert.Len(t, res.Selected, 2)
	assert.Empty(t, res.Deferred)
}

func TestReserveCustomRatio(t *testing.T) {
	res, fs := planning.Reserve(rankedWithEstimates(10, 10), 20, planning.ReserveOptions{Ratio: 1})
	require.Empty(t, fs)
	assert.Len(t, res.Selected, 2)
}

func TestReserveItemsWithoutEstimate(t *testing.T) {
	ranked := rankedWithEstimates(0, math.NaN(), 2)
	ranked[0].Index = 7
	res, fs := planning.Reserve(ranked, 10, planning.ReserveOptions{})
	assert.Equal(t, []string{
		"warning reserve.estimate.missing (items[7].estimate)",
		"warning reserve.estimate.missing (items[1].estimate)",
	}, findingtest.Heads(t, fs))
	assert.Equal(t, []string{"c"}, rankedIDs(res.Selected))
	require.Len(t, res.Deferred, 2)
	assert.Equal(t, `"a" has no estimate.`, res.Deferred[0].Reason())
}

func TestReserveInvalidSettings(t *testing.T) {
	tests := []struct {
		name     string
		capacity float64
		ratio    float64
		want     []string
	}{
		{"zero capacity", 0, 0, []string{"error reserve.capacity.invalid (capacity)"}},
		{"negative capacity", -4, 0, []string{"error reserve.capacity.invalid (capacity)"}},
		{"NaN capacity", math.NaN(), 0, []string{"error reserve.capacity.invalid (capacity)"}},
		{"infinite capacity", math.Inf(1), 0, []string{"error reserve.capacity.invalid (capacity)"}},
		{"ratio above one", 40, 20, []string{"error reserve.ratio.invalid (ratio)"}},
		{"negative ratio", 40, -0.2, []string{"error reserve.ratio.invalid (ratio)"}},
		{"NaN ratio", 40, math.NaN(), []string{"error reserve.ratio.invalid (ratio)"}},
		{"both", -1, 2, []string{"error reserve.capacity.invalid (capacity)", "error reserve.ratio.invalid (ratio)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, fs := planning.Reserve(rankedWithEstimates(1), tc.capacity, planning.ReserveOptions{Ratio: tc.ratio})
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
			assert.Zero(t, res.Reserved)
			assert.Empty(t, res.Selected)
		})
	}
}
