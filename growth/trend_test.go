package growth_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/growth"
)

// round builds a dated round in which Sam rates skill self and the others
// give scores.
func round(month int, skill string, self int, scores ...int) growth.Round {
	d := time.Date(2026, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	s := rated("Sam", skill, self)
	s.Date = d
	return growth.Round{Self: s, Others: othersRating(skill, scores...)}
}

func TestTrendsDirection(t *testing.T) {
	tests := []struct {
		name   string
		rounds []growth.Round
		want   growth.Direction
		change float64
	}{
		{"up one point exactly", []growth.Round{round(1, "listening", 6, 4, 5), round(4, "listening", 6, 5, 6)}, growth.Improving, 1},
		{"up two thirds", []growth.Round{round(1, "listening", 6, 4, 5, 5), round(4, "listening", 6, 5, 5, 6)}, growth.Flat, 2.0 / 3},
		{"down one point exactly", []growth.Round{round(1, "listening", 6, 7, 7), round(4, "listening", 6, 6, 6)}, growth.Declining, -1},
		{"middle rounds ignored", []growth.Round{round(1, "listening", 6, 4, 4), round(2, "listening", 6, 9, 9), round(3, "listening", 6, 4, 5)}, growth.Flat, 0.5},
		{"rounds without enough ratings skipped", []growth.Round{round(1, "listening", 6, 4, 4), round(4, "listening", 6, 9), round(7, "listening", 6, 7, 7)}, growth.Improving, 3},
		{"one usable round", []growth.Round{round(1, "listening", 6, 4, 4), round(4, "listening", 6, 9)}, 0, 0},
		{"input out of order", []growth.Round{round(4, "listening", 6, 5, 6), round(1, "listening", 6, 4, 5)}, growth.Improving, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := growth.Trends(tc.rounds, growth.Options{})
			require.Len(t, tr.Skills, 1)
			assert.Equal(t, tc.want, tr.Skills[0].Direction)
			assert.InDelta(t, tc.change, tr.Skills[0].Change, 1e-12)
			assert.Len(t, tr.Skills[0].Points, len(tc.rounds))
			for i := 1; i < len(tr.Skills[0].Points); i++ {
				assert.True(t, tr.Skills[0].Points[i-1].Date.Before(tr.Skills[0].Points[i].Date), "points in date order")
			}
		})
	}
}

func TestTrendsBlindSpotClosure(t *testing.T) {
	tests := []struct {
		name    string
		rounds  []growth.Round
		want    growth.Closure
		closing bool
	}{
		{"closed", []growth.Round{round(1, "design", 9, 6, 6), round(4, "design", 8, 7, 7)}, growth.Closed, true},
		{"closing", []growth.Round{round(1, "design", 9, 5, 5), round(4, "design", 9, 6, 7)}, growth.Closing, true},
		{"persisting", []growth.Round{round(1, "design", 9, 5, 5), round(4, "design", 8, 4, 4)}, growth.Persisting, false},
		{"widening", []growth.Round{round(1, "design", 9, 6, 6), round(4, "design", 9, 5, 6)}, growth.Widening, false},
		{"new blind spot", []growth.Round{round(1, "design", 7, 6, 6), round(4, "design", 9, 6, 6)}, 0, false},
		{"exact fractions", []growth.Round{round(1, "design", 9, 6, 7, 7), round(4, "design", 9, 6, 7, 7)}, growth.Persisting, false},
		{"later round without gap", []growth.Round{round(1, "design", 9, 6, 6), round(4, "design", 9, 6)}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := growth.Trends(tc.rounds, growth.Options{})
			require.Len(t, tr.Skills, 1)
			assert.Equal(t, tc.want, tr.Skills[0].BlindSpot)
			assert.Equal(t, tc.closing, tr.BlindSpotsClosing())
		})
	}
}

func TestTrendsFindings(t *testing.T) {
	tr := growth.Trends(nil, growth.Options{})
	assert.Empty(t, tr.Skills)
	assert.Equal(t, []string{"growth.trend.rounds_too_few"}, codes(tr.Findings))

	undated := growth.Round{Self: rated("Sam", "listening", 12), Others: othersRating("listening", 5, 5)}
	tr = growth.Trends([]growth.Round{round(3, "listening", 6, 5, 5), undated}, growth.Options{})
	assert.Equal(t, []string{"growth.trend.round_undated", "growth.rating.out_of_range", "growth.self.missing"}, codes(tr.Findings))
	assert.Equal(t, "rounds[1].self.ratings[0].score", tr.Findings[1].Field)
	assertValidFindings(t, tr.Findings)
}

func TestTrendsSeveralSkills(t *testing.T) {
	r1 := round(1, "testing", 5, 5, 5)
	r1.Self.Ratings = append(r1.Self.Ratings, growth.Rating{Skill: "planning", Score: 4})
	r2 := round(6, "planning", 5, 6, 6)
	tr := growth.Trends([]growth.Round{r2, r1}, growth.Options{})
	require.Len(t, tr.Skills, 2)
	assert.Equal(t, "planning", tr.Skills[0].Skill.ID, "catalog order")
	assert.Equal(t, "testing", tr.Skills[1].Skill.ID)
	assert.Len(t, tr.Skills[0].Points, 2)
	assert.Len(t, tr.Skills[1].Points, 1)
	assert.False(t, tr.BlindSpotsClosing(), "no blind spots at all")

	_, err := json.Marshal(tr)
	assert.NoError(t, err, "unset directions are left out, not refused")
}

func TestTrendEnumsText(t *testing.T) {
	for d := growth.Improving; d <= growth.Declining; d++ {
		text, err := d.MarshalText()
		require.NoError(t, err)
		var back growth.Direction
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, d, back)
	}
	for c := growth.Closed; c <= growth.Widening; c++ {
		text, err := c.MarshalText()
		require.NoError(t, err)
		var back growth.Closure
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, c, back)
	}
	var d growth.Direction
	_, err := d.MarshalText()
	assert.Error(t, err)
	assert.Error(t, d.UnmarshalText([]byte("up")))
	var c growth.Closure
	assert.Error(t, c.UnmarshalText([]byte("")))
}
