package planning_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/planning"
)

func TestEvaluate(t *testing.T) {
	// 28h plannable: 24h of it planned leaves 4h free.
	planned := []planning.Task{
		task("incident follow-up", planning.Do, 10*time.Hour),
		task("hiring loop", planning.Schedule, 8*time.Hour),
		task("tech radar", planning.Schedule, 6*time.Hour),
	}
	plan := planning.PlanWeek(planned, planning.Capacity{}, monday)
	require.Equal(t, 4*time.Hour, plan.Free())

	tests := []struct {
		name      string
		request   planning.Task
		verdict   planning.Verdict
		displaces []string
		shortfall time.Duration
	}{
		{name: "fits", request: task("pair with new joiner", planning.Schedule, 4*time.Hour), verdict: planning.Fits},
		{name: "urgent important displaces the least important first", request: task("outage postmortem", planning.Do, 9*time.Hour),
			verdict: planning.Trade, displaces: []string{"tech radar"}, shortfall: 5 * time.Hour},
		{name: "displaces several", request: task("customer escalation", planning.Do, 16*time.Hour),
			verdict: planning.Trade, displaces: []string{"tech radar", "hiring loop"}, shortfall: 12 * time.Hour},
		{name: "schedule work never displaces equal priority", request: task("conference talk", planning.Schedule, 5*time.Hour),
			verdict: planning.Decline, shortfall: time.Hour},
		{name: "more than the whole week", request: task("rewrite", planning.Do, 40*time.Hour), verdict: planning.Decline, shortfall: 36 * time.Hour},
		{name: "urgent only", request: task("fill in a survey", planning.Delegate, time.Hour), verdict: planning.Redirect},
		{name: "neither", request: task("new JSON library", planning.Eliminate, time.Hour), verdict: planning.Decline},
		{name: "no estimate", request: task("help with the audit", planning.Do, 0), verdict: planning.Clarify},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := planning.Evaluate(plan, tc.request)
			assert.Equal(t, tc.verdict, e.Verdict)
			assert.Equal(t, tc.displaces, titlesOrNil(e.Displaces))
			assert.Equal(t, tc.shortfall, e.Shortfall)
			assert.Contains(t, e.Answer, tc.request.Title)
		})
	}
}

func titlesOrNil(ts []planning.Task) []string {
	if ts == nil {
		return nil
	}
	return titles(ts)
}

func TestVerdictText(t *testing.T) {
	assertEnumText(t, map[string]planning.Verdict{
		"fits": planning.Fits, "trade": planning.Trade, "redirect": planning.Redirect,
		"decline": planning.Decline, "clarify": planning.Clarify,
	}, planning.Verdict(0))
}
