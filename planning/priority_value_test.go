package planning_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/findingtest"
	"github.com/leadkit/leadkit/planning"
)

func TestPlaceValueBoundaries(t *testing.T) {
	tests := []struct {
		value, effort int
		want          planning.ValueQuadrant
	}{
		{5, 1, planning.QuickWin}, // the spec's item A
		{3, 2, planning.QuickWin}, // value at the midpoint is high
		{3, 3, planning.MajorProject},
		{5, 5, planning.MajorProject},
		{2, 2, planning.FillIn},
		{1, 1, planning.FillIn},
		{2, 3, planning.MoneyPit}, // effort at the midpoint is high
		{1, 5, planning.MoneyPit},
		{0, 3, 0},
		{3, 0, 0},
		{6, 1, 0},
		{3, -1, 0},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.value)+"x"+strconv.Itoa(tc.effort), func(t *testing.T) {
			assert.Equal(t, tc.want, planning.PlaceValue(tc.value, tc.effort))
		})
	}
}

func TestEffortValueRanksQuickWinsFirst(t *testing.T) {
	items := []planning.Item{
		{ID: "pit", Value: 1, Effort: 5},
		{ID: "fill", Value: 2, Effort: 1},
		{ID: "major", Value: 5, Effort: 4},
		{ID: "win-small", Value: 3, Effort: 2},
		{ID: "win-big", Value: 5, Effort: 2},
		{ID: "win-cheap", Value: 5, Effort: 1},
	}
	m := planning.EffortValue(items)
	require.Empty(t, m.Findings)
	assert.Equal(t, []string{"win-cheap", "win-big", "win-small", "major", "fill", "pit"}, rankedIDs(m.Ranking()))
	assert.Equal(t, []string{"win-cheap", "win-big", "win-small"}, rankedIDs(m.QuickWins))
	assert.Equal(t, []string{"major"}, rankedIDs(m.In(planning.MajorProject)))
	assert.Equal(t, []string{"fill"}, rankedIDs(m.FillIns))
	assert.Equal(t, []string{"pit"}, rankedIDs(m.MoneyPits))
	assert.Nil(t, m.In(0))

	for i, r := range m.Ranking() {
		assert.Equal(t, i+1, r.Rank, "ranks run across the quadrants")
		assert.Equal(t, items[r.Index], r.Item, "Index points back into the input")
	}
}

func TestEffortValueTieBreakIsInputOrder(t *testing.T) {
	items := []planning.Item{
		{Title: "zeta", Value: 4, Effort: 2},
		{Title: "alpha", Value: 4, Effort: 2},
		{Title: "Ωmega", Value: 4, Effort: 2},
	}
	assert.Equal(t, []string{"zeta", "alpha", "Ωmega"}, rankedTitles(planning.EffortValue(items).Ranking()))
	slices.Reverse(items)
	assert.Equal(t, []string{"Ωmega", "alpha", "zeta"}, rankedTitles(planning.EffortValue(items).Ranking()))
}

func TestEffortValueReportsUnplaceableItems(t *testing.T) {
	items := []planning.Item{
		{ID: "a", Title: "ok", Value: 4, Effort: 1},
		{ID: "b", Title: "no value", Effort: 2},
		{ID: "c", Title: "too big", Value: 6, Effort: -1},
		{ID: "a", Title: "same id", Value: 2, Effort: 2},
	}
	m := planning.EffortValue(items)
	assert.Equal(t, []string{"a", "a"}, rankedIDs(m.Ranking()))
	assert.Equal(t, []string{
		"error priority.score.missing (items[1].value)",
		"error priority.score.range (items[2].value)",
		"error priority.score.range (items[2].effort)",
	}, findingtest.Heads(t, m.Findings))
	assert.Contains(t, m.Findings[1].Message, `"c too big" has value 6, outside 1–5.`)
	require.Error(t, m.Findings.Err())
}

func TestCheckItems(t *testing.T) {
	items := []planning.Item{
		{ID: "a", Title: "ok"},
		{ID: "b", Title: "  "},
		{ID: "a", Title: "same id"},
		{Title: "no id"},
		{Title: "no id either"},
		{ID: "A", Title: "IDs are case-sensitive"},
	}
	assert.Equal(t, []string{
		"warning priority.title.missing (items[1].title)",
		"warning priority.id.duplicate (items[2].id)",
	}, findingtest.Heads(t, planning.CheckItems(items)))
	assert.Empty(t, planning.CheckItems(nil))
}

func TestEffortValueEmpty(t *testing.T) {
	m := planning.EffortValue(nil)
	assert.Empty(t, m.Ranking())
	assert.Empty(t, m.Findings)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(b))
}

// TestEffortValueMatchesReference compares the linear ranking with a plain
// stable sort on random input.
func TestEffortValueMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	items := make([]planning.Item, 5000)
	for i := range items {
		items[i] = planning.Item{ID: strconv.Itoa(i), Value: rng.IntN(7) - 1, Effort: rng.IntN(7) - 1}
	}
	var want []int
	for i, it := range items {
		if planning.PlaceValue(it.Value, it.Effort) != 0 {
			want = append(want, i)
		}
	}
	sort.SliceStable(want, func(a, b int) bool {
		x, y := items[want[a]], items[want[b]]
		qx, qy := planning.PlaceValue(x.Value, x.Effort), planning.PlaceValue(y.Value, y.Effort)
		if qx != qy {
			return qx < qy
		}
		if x.Value != y.Value {
			return x.Value > y.Value
		}
		return x.Effort < y.Effort
	})
	var got []int
	for _, r := range planning.EffortValue(items).Ranking() {
		got = append(got, r.Index)
	}
	assert.Equal(t, want, got)
}

func TestValueMatrixJSON(t *testing.T) {
	m := planning.EffortValue([]planning.Item{{ID: "x", Title: "Drop the old toggle", Value: 4, Effort: 1}})
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"quick_wins":[{"rank":1,"index":0,"quadrant":"quick-win",
		"item":{"id":"x","title":"Drop the old toggle","value":4,"effort":1}}]}`, string(b))
	var back planning.ValueMatrix
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
}

func TestRankedExplainEffortValue(t *testing.T) {
	r := planning.EffortValue([]planning.Item{{Value: 3, Effort: 3}}).Ranking()[0]
	assert.Equal(t, "major-project: value 3 (high, ≥ 3), effort 3 (high, ≥ 3)", r.Explain())
	r = planning.EffortValue([]planning.Item{{Value: 2, Effort: 1}}).Ranking()[0]
	assert.Equal(t, "fill-in: value 2 (low, < 3), effort 1 (low, < 3)", r.Explain())
	assert.Equal(t, "", planning.Ranked{}.Explain())
}

func rankedIDs(rs []planning.Ranked) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Item.ID
	}
	return out
}

func rankedTitles(rs []planning.Ranked) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Item.Title
	}
	return out
}
