package delegation

import (
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCandidates(t *testing.T) {
	tasks := []Task{
		{Name: "performance reviews", NeedsLead: true},
		{Name: "org-wide cloud strategy", NeedsLead: true, HighImpact: true},
		{Name: "sprint demo", GrowthValue: true, Risk: LowRisk},
		{Name: "weekly dependency bumps", Recurring: true, Risk: LowRisk, OnlyLeadKnows: true},
		{Name: "release notes", Outgrown: true, Recurring: true, Risk: MediumRisk},
		{Name: "prod incident comms", Urgent: true, Risk: HighRisk},
	}
	advice, fs := Candidates(tasks)
	require.Len(t, advice, len(tasks))
	var order []string
	for _, a := range advice {
		order = append(order, a.Task.Name)
		assert.NotEmpty(t, a.Reasons, a.Task.Name)
	}
	assert.Equal(t, []string{"weekly dependency bumps", "release notes", "sprint demo", "prod incident comms",
		"performance reviews", "org-wide cloud strategy"}, order)
	assert.Equal(t, 1, advice[0].Priority)
	assert.Equal(t, 4, advice[3].Priority)
	assert.Equal(t, Keep, advice[4].Verdict)
	assert.Equal(t, 0, advice[4].Priority)
	assert.Contains(t, advice[4].Reasons[1], "review it periodically")
	assert.Contains(t, advice[3].Reasons[0], "someone who already knows it")
	assert.Equal(t, leadkit.Findings{{Code: "delegation.task.silo", Field: "tasks[3]", Severity: leadkit.Warning,
		Message: `Only the lead knows how to do "weekly dependency bumps": a knowledge silo with a bus factor of one.`,
		Hint:    "Pair with someone on it, have them document it, let them do it next time while you stay in the background."}}, fs)
}

func TestCandidatesEdges(t *testing.T) {
	_, fs := Candidates(nil)
	assert.True(t, fs.Has("delegation.audit.empty"))

	advice, fs := Candidates([]Task{{Name: "1:1s with stakeholders", NeedsLead: true}, {NeedsLead: true}})
	assert.Len(t, advice, 2)
	assert.True(t, fs.Has("delegation.audit.bottleneck"))
	assert.True(t, fs.Has("delegation.task.unnamed"))
	assert.Error(t, fs.Err())
	for _, f := range fs {
		assert.True(t, leadkit.ValidCode(f.Code))
	}
}

func TestRiskAndVerdictText(t *testing.T) {
	for r := LowRisk; r <= HighRisk; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Risk
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	for v := Delegate; v <= Keep; v++ {
		b, err := v.MarshalText()
		require.NoError(t, err)
		var back Verdict
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	var r Risk
	assert.Error(t, r.UnmarshalText([]byte("extreme")))
}
