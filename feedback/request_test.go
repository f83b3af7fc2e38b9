package feedback

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestNewRequest(t *testing.T) {
	r, err := NewRequest("lead", " giving  feedback ", "delegating")
	require.NoError(t, err)
	assert.Equal(t, []string{"giving feedback", "delegating"}, r.Topics)
	assert.NotZero(t, r.ID)
	for _, bad := range [][]string{nil, {""}, {"a", "A"}} {
		_, err := NewRequest("lead", bad...)
		assert.True(t, errors.Is(err, leadkit.ErrInvalid), "%q", bad)
	}
	q := r.Questions()
	require.Len(t, q, 2)
	assert.Equal(t, "On a scale from 1 to 10, how would you rate my giving feedback?", q[0].Text)
	assert.Equal(t, "What would I need to work on to make it a 10?", q[0].FollowUp)
	assert.Equal(t, "What am I doing that makes it a 10?", q[0].FollowUpTen)
}

func TestScaleFollowUp(t *testing.T) {
	for _, tc := range []struct {
		score int
		want  string
		err   bool
	}{
		{0, "", true}, {1, "What would I need to work on to make it a 10?", false}, {9, "What would I need to work on to make it a 10?", false},
		{10, "What am I doing that makes it a 10?", false}, {11, "", true}, {-3, "", true},
	} {
		got, err := ScaleFollowUp(tc.score)
		assert.Equal(t, tc.want, got)
		assert.Equal(t, tc.err, err != nil, "%d", tc.score)
	}
}

func TestCheckRequest(t *testing.T) {
	mon := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r := Request{
		Topics:      []string{"giving feedback"},
		Askees:      []Askee{{"Sam", TeamMember}, {"Priya", Stakeholder}},
		AnnouncedAt: mon, SessionAt: mon.Add(7 * 24 * time.Hour),
	}
	assert.Empty(t, CheckRequest(r))

	vague := r
	vague.Topics = []string{"anything", "my performance", "the work"}
	assert.Equal(t, []string{CodeRequestTopicVague, CodeRequestTopicVague, CodeRequestTopicVague}, codes(CheckRequest(vague)))

	none := r
	none.Topics = nil
	assert.Equal(t, []string{CodeRequestTopicsMissing}, codes(CheckRequest(none)))

	surprise := r
	surprise.SessionAt = mon.Add(2 * time.Hour)
	assert.Equal(t, []string{CodeRequestSurprise}, codes(CheckRequest(surprise)))
	surprise.AnnouncedAt = time.Time{}
	assert.Equal(t, []string{CodeRequestSurprise}, codes(CheckRequest(surprise)))

	oneGroup := r
	oneGroup.Askees = []Askee{{"Sam", TeamMember}, {"Ana", TeamMember}}
	assert.Equal(t, []string{CodeRequestOneGroup}, codes(CheckRequest(oneGroup)))
	oneGroup.Askees = []Askee{{"Sam", 0}, {"Ana", 0}}
	assert.Empty(t, CheckRequest(oneGroup), "unknown groups may differ")
	oneGroup.Askees = []Askee{{"Sam", TeamMember}, {"Ana", 0}}
	assert.Empty(t, CheckRequest(oneGroup))

	blank := r
	blank.Topics = []string{"  "}
	assert.Equal(t, []string{CodeRequestTopicVague}, codes(CheckRequest(blank)), "a blank topic names no area")
}

func TestAnalyze(t *testing.T) {
	r, err := NewRequest("lead", "giving feedback", "delegating", "running retros", "explaining decisions")
	require.NoError(t, err)
	answers := []Answer{
		{Topic: "giving feedback", Score: 6}, {Topic: "Giving Feedback", Score: 8}, {Topic: "giving feedback", Score: 10},
		{Topic: "delegating", Score: 4}, {Topic: "delegating", Score: 5},
		{Topic: "running retros", Score: 9},
		{Topic: "coding", Score: 7},
		{Topic: "delegating", Score: 0},
	}
	a, fs := Analyze(r, answers, AnalyzeOptions{Lowest: 2})
	assert.Equal(t, []string{CodeAnswerUnknownTopic, CodeAnswerScoreRange, CodeAnswerUnanswered}, codes(fs))
	require.Len(t, a.Topics, 4)
	gf := a.Topics[0]
	assert.Equal(t, 3, gf.N)
	assert.InDelta(t, 8.0, gf.Mean, 1e-9)
	assert.InDelta(t, 8.0, gf.Median, 1e-9)
	assert.Equal(t, [10]int{5: 1, 7: 1, 9: 1}, gf.Distribution)
	assert.Equal(t, 6, gf.Min)
	assert.Equal(t, 10, gf.Max)
	assert.InDelta(t, 4.5, a.Topics[1].Median, 1e-9, "even count: mean of the middle two")
	assert.Equal(t, []string{"delegating", "giving feedback"}, a.Lowest)
	require.Len(t, a.FollowUps, 5, "every score under 10")
	assert.Equal(t, 4, a.FollowUps[0].Score, "lowest first")
	assert.Equal(t, "You rated my delegating 4. What would I need to work on to make it a 10?", a.FollowUps[0].Question)

	spaced, fs := Analyze(r, []Answer{{Topic: " Giving   FEEDBACK ", Score: 7}}, AnalyzeOptions{})
	assert.False(t, fs.Has(CodeAnswerUnknownTopic), "spaces and case do not make another topic")
	assert.Equal(t, 1, spaced.Topics[0].N)

	a, _ = Analyze(r, answers, AnalyzeOptions{FollowUpBelow: 6})
	assert.Len(t, a.FollowUps, 2, "only 4 and 5 are under 6")
}

func TestGroupText(t *testing.T) {
	for _, g := range []Group{TeamMember, Stakeholder, Mentor, Manager} {
		b, err := g.MarshalText()
		require.NoError(t, err)
		var back Group
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, g, back)
	}
	var g Group
	assert.Error(t, g.UnmarshalText([]byte("boss")))
}
