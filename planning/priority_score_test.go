package planning_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/findingtest"
	"github.com/leadkit/leadkit/planning"
)

var (
	_ planning.Scorer = planning.Composite{}
	_ planning.Scorer = planning.RICE{}
)

func TestCompositeEqualWeights(t *testing.T) {
	it := planning.Item{Title: "Flaky checkout tests", Value: 5, Effort: 1, Risk: 4, Frequency: 3, Alignment: 4}
	s, fs := planning.Composite{}.Score(it)
	require.Empty(t, fs)
	assert.Equal(t, 4.2, s.Value, "(5 + (6−1) + 4 + 3 + 4) / 5")
	assert.Equal(t, "composite", s.Scorer)
	require.Len(t, s.Terms, 5)
	assert.Equal(t, planning.Term{Name: "effort", Input: 1, Points: 5, Weight: 0.2}, s.Terms[1])
	assert.Equal(t, "4.2 = weighted mean: value 5 ×0.2, effort 1 → 5 ×0.2, risk 4 ×0.2, frequency 3 ×0.2, alignment 4 ×0.2", s.String())

	explicit, _ := planning.Composite{Weights: planning.EqualWeights}.Score(it)
	assert.Equal(t, s, explicit, "the zero Weights mean EqualWeights")
}

func TestCompositeCustomWeights(t *testing.T) {
	c := planning.Composite{Weights: planning.Weights{Value: 2, Effort: 1}}
	// Risk, frequency and alignment have no weight, so they need no score.
	s, fs := c.Score(planning.Item{Value: 4, Effort: 5})
	require.Empty(t, fs)
	assert.Equal(t, 3.0, s.Value, "(2×4 + 1×(6−5)) / 3")
	require.Len(t, s.Terms, 2)
	assert.InDelta(t, 2.0/3, s.Terms[0].Weight, 1e-9)

	lowEffort, _ := c.Score(planning.Item{Value: 4, Effort: 1})
	assert.Greater(t, lowEffort.Value, s.Value, "less effort raises the priority")
}

func TestCompositeInvalidScores(t *testing.T) {
	tests := []struct {
		name string
		item planning.Item
		want []string
	}{
		{"zero is unscored", planning.Item{Value: 0, Effort: 1, Risk: 1, Frequency: 1, Alignment: 1},
			[]string{"error priority.score.missing (value)"}},
		{"six is out of range", planning.Item{Value: 6, Effort: 1, Risk: 1, Frequency: 1, Alignment: 1},
			[]string{"error priority.score.range (value)"}},
		{"negative", planning.Item{Value: 3, Effort: -2, Risk: 1, Frequency: 1, Alignment: 1},
			[]string{"error priority.score.range (effort)"}},
		{"several", planning.Item{Value: 3, Effort: 3},
			[]string{"error priority.score.missing (risk)", "error priority.score.missing (frequency)", "error priority.score.missing (alignment)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, fs := planning.Composite{}.Score(tc.item)
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
			assert.Zero(t, s.Value)
		})
	}
}

func TestCompositeInvalidWeights(t *testing.T) {
	tests := []struct {
		name string
		w    planning.Weights
		want []string
	}{
		{"negative", planning.Weights{Value: -1, Effort: 1}, []string{"error priority.weights.invalid (weights.value)"}},
		{"NaN", planning.Weights{Risk: math.NaN()}, []string{"error priority.weights.invalid (weights.risk)"}},
		{"infinite", planning.Weights{Alignment: math.Inf(1), Value: 1}, []string{"error priority.weights.invalid (weights.alignment)"}},
		{"huge", planning.Weights{Frequency: 2e6}, []string{"error priority.weights.invalid (weights.frequency)"}},
	}
	items := []planning.Item{{Value: 3, Effort: 3, Risk: 3, Frequency: 3, Alignment: 3}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := planning.Composite{Weights: tc.w}
			assert.Equal(t, tc.want, findingtest.Heads(t, c.Check()))
			ranked, fs := planning.Rank(items, c)
			assert.Nil(t, ranked, "nothing is ranked with broken weights")
			assert.Equal(t, tc.want, findingtest.Heads(t, fs), "the weights are reported once, not per item")
			_, fs = c.Score(items[0])
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
		})
	}
}

func TestRICE(t *testing.T) {
	s, fs := planning.RICE{}.Score(planning.Item{Reach: 200, Impact: 1, Confidence: 0.8, Effort: 2})
	require.Empty(t, fs)
	assert.Equal(t, 80.0, s.Value)
	assert.Equal(t, "80 = reach × impact × confidence ÷ effort: reach 200, impact 1, confidence 0.8, effort 2", s.String())

	s, fs = planning.RICE{}.Score(planning.Item{Reach: 1e12, Impact: 5, Confidence: 1, Effort: 1})
	require.Empty(t, fs)
	assert.Equal(t, 5e12, s.Value, "the largest inputs stay finite")
}

func TestRICEInvalidInputs(t *testing.T) {
	valid := planning.Item{Title: "Upgrade the ORM", Reach: 100, Impact: 2, Confidence: 0.5, Effort: 3}
	tests := []struct {
		name   string
		change func(*planning.Item)
		want   string
		hint   string
	}{
		{"zero effort", func(it *planning.Item) { it.Effort = 0 }, "error priority.score.missing (effort)", ""},
		{"effort six", func(it *planning.Item) { it.Effort = 6 }, "error priority.score.range (effort)", ""},
		{"NaN confidence", func(it *planning.Item) { it.Confidence = math.NaN() }, "error priority.confidence.range (confidence)", ""},
		{"zero confidence", func(it *planning.Item) { it.Confidence = 0 }, "error priority.confidence.range (confidence)", ""},
		{"percent confidence", func(it *planning.Item) { it.Confidence = 80 }, "error priority.confidence.range (confidence)", "Write 80% as 0.8."},
		{"negative reach", func(it *planning.Item) { it.Reach = -5 }, "error priority.reach.invalid (reach)", ""},
		{"infinite reach", func(it *planning.Item) { it.Reach = math.Inf(1) }, "error priority.reach.invalid (reach)", ""},
		{"reach beyond 10¹²", func(it *planning.Item) { it.Reach = 2e12 }, "error priority.reach.invalid (reach)", ""},
		{"zero impact", func(it *planning.Item) { it.Impact = 0 }, "error priority.impact.invalid (impact)", ""},
		{"NaN impact", func(it *planning.Item) { it.Impact = math.NaN() }, "error priority.impact.invalid (impact)", ""},
		{"impact six", func(it *planning.Item) { it.Impact = 6 }, "error priority.impact.invalid (impact)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := valid
			tc.change(&it)
			s, fs := planning.RICE{}.Score(it)
			assert.Equal(t, []string{tc.want}, findingtest.Heads(t, fs))
			assert.Zero(t, s.Value)
			assert.False(t, math.IsNaN(s.Value) || math.IsInf(s.Value, 0))
			assert.Contains(t, fs[0].Message, `"Upgrade the ORM"`)
			if tc.hint != "" {
				assert.Equal(t, tc.hint, fs[0].Hint)
			}
		})
	}
	_, fs := planning.RICE{}.Score(planning.Item{})
	assert.Len(t, fs, 4, "every missing input is reported at once")
}

func TestRankOrdersByScoreThenInput(t *testing.T) {
	items := []planning.Item{
		{ID: "low", Value: 1, Effort: 5, Risk: 1, Frequency: 1, Alignment: 1},
		{ID: "tie-1", Value: 4, Effort: 2, Risk: 3, Frequency: 3, Alignment: 3},
		{ID: "bad", Value: 9, Effort: 2, Risk: 3, Frequency: 3, Alignment: 3},
		{ID: "top", Value: 5, Effort: 1, Risk: 5, Frequency: 5, Alignment: 5},
		{ID: "tie-2", Value: 3, Effort: 1, Risk: 3, Frequency: 3, Alignment: 3}, // same sum as tie-1
	}
	ranked, fs := planning.Rank(items, planning.Composite{})
	assert.Equal(t, []string{"top", "tie-1", "tie-2", "low"}, rankedIDs(ranked))
	assert.Equal(t, []string{"error priority.score.range (items[2].value)"}, findingtest.Heads(t, fs))
	assert.Equal(t, ranked[1].Score.Value, ranked[2].Score.Value)
	assert.Equal(t, planning.QuickWin, ranked[0].Quadrant)
	assert.Equal(t, planning.MoneyPit, ranked[3].Quadrant)
	assert.Equal(t, 4, ranked[3].Rank)
	assert.Equal(t, 0, ranked[3].Index)
	assert.Contains(t, ranked[0].Explain(), "5 = weighted mean")
}

func TestRankTiesSurviveFloatRounding(t *testing.T) {
	// With weights of 0.1, 0.2 … different score mixes with the same
	// weighted sum could differ in the last bit; rounding keeps them tied
	// so that input order decides.
	c := planning.Composite{Weights: planning.Weights{Value: 0.1, Effort: 0.2, Risk: 0.3, Frequency: 0.3, Alignment: 0.1}}
	items := []planning.Item{
		{ID: "first", Value: 1, Effort: 2, Risk: 2, Frequency: 3, Alignment: 5},  // 2.8999999999999995 unrounded
		{ID: "second", Value: 2, Effort: 3, Risk: 4, Frequency: 2, Alignment: 3}, // 2.9 unrounded
	}
	a, _ := c.Score(items[0])
	b, _ := c.Score(items[1])
	require.Equal(t, a.Value, b.Value)
	ranked, _ := planning.Rank(items, c)
	assert.Equal(t, []string{"first", "second"}, rankedIDs(ranked))
}

func TestRankWithRICEAndNilScorer(t *testing.T) {
	items := []planning.Item{
		{ID: "a", Reach: 10, Impact: 1, Confidence: 1, Effort: 1, Value: 2, Risk: 2, Frequency: 2, Alignment: 2},
		{ID: "b", Reach: 1000, Impact: 0.25, Confidence: 0.5, Effort: 5, Value: 3, Risk: 3, Frequency: 3, Alignment: 3},
	}
	ranked, fs := planning.Rank(items, planning.RICE{})
	require.Empty(t, fs)
	assert.Equal(t, []string{"b", "a"}, rankedIDs(ranked), "25 beats 10")

	ranked, fs = planning.Rank(items, nil)
	require.Empty(t, fs)
	assert.Equal(t, "composite", ranked[0].Score.Scorer, "nil means the zero Composite")
}

type brokenScorer struct{}

func (brokenScorer) Check() leadkit.Findings { return nil }
func (brokenScorer) Score(planning.Item) (planning.Score, leadkit.Findings) {
	return planning.Score{Scorer: "broken", Value: math.NaN()}, nil
}

func TestRankRefusesNonFiniteScores(t *testing.T) {
	ranked, fs := planning.Rank([]planning.Item{{Title: "x"}}, brokenScorer{})
	assert.Empty(t, ranked)
	assert.Equal(t, []string{"error priority.score.range (items[0])"}, findingtest.Heads(t, fs))

	ranked, fs = planning.Rank([]planning.Item{{Title: "x"}}, warningScorer{})
	assert.Empty(t, ranked)
	assert.Equal(t, []string{"warning custom.note (items[0].title)", "error priority.score.range (items[0])"}, findingtest.Heads(t, fs),
		"an item left out of the ranking always has an error saying why, even next to a warning")
}

// warningScorer warns about an item and gives it an infinite score.
type warningScorer struct{}

func (warningScorer) Check() leadkit.Findings { return nil }
func (warningScorer) Score(planning.Item) (planning.Score, leadkit.Findings) {
	return planning.Score{Scorer: "warning", Value: math.Inf(1)},
		leadkit.Findings{{Code: "custom.note", Field: "title", Severity: leadkit.Warning, Message: "A note."}}
}

func TestRankEmpty(t *testing.T) {
	ranked, fs := planning.Rank(nil, planning.RICE{})
	assert.Empty(t, ranked)
	assert.Empty(t, fs)
}

func TestRankedJSON(t *testing.T) {
	ranked, _ := planning.Rank([]planning.Item{{ID: "a", Reach: 10, Impact: 1, Confidence: 1, Effort: 2}}, planning.RICE{})
	b, err := json.Marshal(ranked)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"rank":1,"index":0,
		"item":{"id":"a","title":"","effort":2,"reach":10,"impact":1,"confidence":1},
		"score":{"scorer":"rice","value":5,"formula":"reach × impact × confidence ÷ effort","terms":[
			{"name":"reach","input":10,"points":10},{"name":"impact","input":1,"points":1},
			{"name":"confidence","input":1,"points":1},{"name":"effort","input":2,"points":2}]}}]`, string(b))
	var back []planning.Ranked
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, ranked, back)
}

// titleLength is a caller's own scorer: longer titles first.
type titleLength struct{}

func (titleLength) Check() leadkit.Findings { return nil }
func (titleLength) Score(it planning.Item) (planning.Score, leadkit.Findings) {
	n := float64(len([]rune(it.Title)))
	return planning.Score{Scorer: "title-length", Value: n, Terms: []planning.Term{{Name: "runes", Input: n, Points: n}}}, nil
}

func TestRankWithACallersScorer(t *testing.T) {
	items := []planning.Item{{ID: "a", Title: "ab"}, {ID: "b", Title: "abcd"}, {ID: "c", Title: "ÄÖÜ"}, {ID: "d", Title: "xy"}}
	ranked, fs := planning.Rank(items, titleLength{})
	require.Empty(t, fs)
	assert.Equal(t, []string{"b", "c", "a", "d"}, rankedIDs(ranked))
	assert.Equal(t, "4: runes 4", ranked[0].Explain())
	assert.Equal(t, 3.0, ranked[1].Score.Value, "runes, not bytes")
}
