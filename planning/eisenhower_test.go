package planning_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/planning"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		important, urgent bool
		want              planning.Quadrant
	}{
		{true, true, planning.Do},
		{true, false, planning.Schedule},
		{false, true, planning.Delegate},
		{false, false, planning.Eliminate},
	}
	for _, tc := range tests {
		t.Run(tc.want.String(), func(t *testing.T) {
			assert.Equal(t, tc.want, planning.Classify(planning.Task{Title: "x", Important: tc.important, Urgent: tc.urgent}))
		})
	}
}

func TestQuadrantText(t *testing.T) {
	for i, q := range planning.Quadrants() {
		t.Run(q.String(), func(t *testing.T) {
			assert.Equal(t, planning.Quadrant(i+1), q, "Q%d", i+1)
			b, err := q.MarshalText()
			require.NoError(t, err)
			var back planning.Quadrant
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, q, back)
			require.NoError(t, back.UnmarshalText([]byte(q.Label())))
			assert.Equal(t, q, back, "labels Q1..Q4 are accepted")
			assert.NotEmpty(t, q.Action())
		})
	}
	var zero planning.Quadrant
	_, err := zero.MarshalText()
	assert.Error(t, err)
	assert.Empty(t, zero.Action())
	assert.Equal(t, "Quadrant(0)", zero.String())
	assert.Error(t, zero.UnmarshalText([]byte("Q5")))
	assert.Equal(t, "Delegate it to someone who can own it.", planning.Delegate.Action())
}

func TestTriageKeepsOrderAndCounts(t *testing.T) {
	tasks := []planning.Task{
		{Title: "incident review", Important: true, Urgent: true},
		{Title: "roadmap", Important: true},
		{Title: "expense report", Urgent: true},
		{Title: "colour-code emails"},
		{Title: "1:1 prep", Important: true},
		{Title: "hotfix", Important: true, Urgent: true},
	}
	m := planning.Triage(tasks)
	assert.Equal(t, []string{"incident review", "hotfix"}, titles(m.Do))
	assert.Equal(t, []string{"roadmap", "1:1 prep"}, titles(m.Schedule))
	assert.Equal(t, []string{"expense report"}, titles(m.Delegate))
	assert.Equal(t, []string{"colour-code emails"}, titles(m.Eliminate))
	assert.Equal(t, 6, m.Len())
	assert.Equal(t, m.Schedule, m.Tasks(planning.Schedule))
	assert.Nil(t, m.Tasks(0))

	tasks[0].Title = "changed"
	assert.Equal(t, "incident review", m.Do[0].Title, "the matrix holds copies")

	_ = append(m.Do, planning.Task{Title: "appended"})
	assert.Equal(t, "roadmap", m.Schedule[0].Title, "appending to one quadrant never overwrites the next")
}

func TestTriageEmptyHasFourArrays(t *testing.T) {
	b, err := json.Marshal(planning.Triage(nil))
	require.NoError(t, err)
	assert.JSONEq(t, `{"do":[],"schedule":[],"delegate":[],"eliminate":[]}`, string(b))
}

func titles(ts []planning.Task) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Title
	}
	return out
}
