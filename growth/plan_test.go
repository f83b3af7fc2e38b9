package growth_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/delegation"
	"github.com/leadkit/leadkit/growth"
)

var planNow = time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// examplePlan follows the spec's worked growth plan: take over as tech lead
// of the team I am on when the current one leaves.
func examplePlan() growth.Plan {
	return growth.Plan{
		Goal: delegation.Goal{
			Objective: "Take over as tech lead of the payments team",
			Measure:   "run 3 sprint plannings and 2 stakeholder reviews on my own",
			Relevance: "the current tech lead leaves in September",
			Tracking:  "progress tracker reviewed in one-on-ones with my manager",
			CheckIn:   delegation.Cadence{Period: delegation.Biweekly},
		},
		Why: growth.Influence,
		Steps: []growth.Step{
			{Title: "Tell the current tech lead and my manager about my intention", Due: date(2026, 3, 20), DependsOn: []string{"Dana"}},
			{Title: "Shadow the current tech lead during strategy planning", Skill: "planning", Due: date(2026, 5, 29),
				Milestones: []growth.Milestone{{Title: "first planning shadowed", Due: date(2026, 4, 10)}}},
			{Title: "Lead the team's migration initiative", Skill: "delegating",
				Milestones: []growth.Milestone{{Title: "migration plan agreed", Due: date(2026, 6, 15)}, {Title: "first service moved", Due: date(2026, 8, 14)}},
				DependsOn:  []string{"Ana", "migration plan agreed"}},
		},
		Timeline: growth.Timeline{Start: date(2026, 3, 16), End: date(2026, 9, 1)},
		Support: []growth.Supporter{
			{Name: "Dana", Role: growth.Manager, Ask: "recurring one-on-ones"},
			{Name: "Ana", Role: growth.Mentor, Ask: "mentoring as the tech lead of another team"},
			{Name: "Tech lead meetup", Role: growth.Peer, Ask: "monthly tech lead conversations"},
		},
		Opportunities: []growth.Opportunity{
			{Kind: growth.Formal, Description: "Leadership course from the learning budget"},
			{Kind: growth.Formal, Description: "Read The Manager's Path"},
			{Kind: growth.OutsideWork, Description: "Join the LeadDev community"},
		},
	}
}

func TestCheckPlanExample(t *testing.T) {
	fs := growth.CheckPlan(examplePlan(), planNow)
	assert.Empty(t, fs.Errors(), "%v", fs)
	for _, f := range fs {
		assert.Contains(t, f.Code, "smartt.", "only the goal check may speak: %v", f)
	}
}

func TestCheckPlanFindings(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *growth.Plan)
		code   string
		field  string
	}{
		{"vague goal", func(p *growth.Plan) { p.Goal.Objective = "Get better at leading"; p.Goal.Measure = "" }, "smartt.specific", "goal.objective"},
		{"goal without measure", func(p *growth.Plan) { p.Goal.Measure = "" }, "smartt.measurable", "goal.measure"},
		{"goal deadline from the timeline", func(p *growth.Plan) { p.Timeline.End = time.Time{} }, "smartt.time_bound", "goal.deadline"},
		{"no why and no relevance", func(p *growth.Plan) { p.Goal.Relevance = ""; p.Why = 0 }, "smartt.relevant", "goal.relevance"},
		{"no steps", func(p *growth.Plan) { p.Steps = nil }, "growth.plan.steps_missing", "steps"},
		{"untitled step", func(p *growth.Plan) { p.Steps[0].Title = "  " }, "growth.plan.step.untitled", "steps[0].title"},
		{"step without dates", func(p *growth.Plan) { p.Steps[1].Due = time.Time{}; p.Steps[1].Milestones[0].Due = time.Time{} }, "growth.plan.step.undated", "steps[1].due"},
		{"milestone after the end", func(p *growth.Plan) { p.Steps[2].Milestones[1].Due = date(2026, 9, 2) }, "growth.plan.milestone.after_end", "steps[2].milestones[1].due"},
		{"step after the end", func(p *growth.Plan) { p.Steps[0].Due = date(2026, 10, 1) }, "growth.plan.milestone.after_end", "steps[0].due"},
		{"step before the start", func(p *growth.Plan) { p.Steps[0].Due = date(2026, 3, 1) }, "growth.plan.milestone.before_start", "steps[0].due"},
		{"milestone after its step", func(p *growth.Plan) { p.Steps[1].Milestones[0].Due = date(2026, 6, 1) }, "growth.plan.milestone.after_step", "steps[1].milestones[0].due"},
		{"no timeline end", func(p *growth.Plan) { p.Timeline.End = time.Time{}; p.Goal.Deadline = date(2026, 9, 1) }, "growth.plan.timeline.missing", "timeline.end"},
		{"reversed timeline", func(p *growth.Plan) { p.Timeline.Start = date(2026, 10, 1) }, "growth.plan.timeline.reversed", "timeline"},
		{"no support", func(p *growth.Plan) { p.Support = nil; p.Steps[0].DependsOn = nil; p.Steps[2].DependsOn = nil }, "growth.plan.support.missing", "support"},
		{"unnamed supporter", func(p *growth.Plan) { p.Support[2].Name = "" }, "growth.plan.supporter.unnamed", "support[2].name"},
		{"dependency outside the network", func(p *growth.Plan) { p.Steps[2].DependsOn = append(p.Steps[2].DependsOn, "Platform team") }, "growth.plan.step.dependency_unsupported", "steps[2].depends_on[2]"},
		{"no opportunities", func(p *growth.Plan) { p.Opportunities = nil }, "growth.plan.opportunities.missing", "opportunities"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := examplePlan()
			tc.change(&p)
			fs := growth.CheckPlan(p, planNow)
			require.True(t, fs.Has(tc.code), "%v", fs)
			for _, f := range fs {
				if f.Code == tc.code {
					assert.Equal(t, tc.field, f.Field)
				}
			}
			assertValidFindings(t, fs)
		})
	}
}

func TestCheckPlanDates(t *testing.T) {
	p := examplePlan()
	p.Steps[0].Due = time.Date(2026, 9, 1, 17, 30, 0, 0, time.UTC)
	assert.False(t, growth.CheckPlan(p, planNow).Has("growth.plan.milestone.after_end"), "later on the last day is not after the end")

	tokyo := time.FixedZone("JST", 9*3600)
	p.Steps[0].Due = time.Date(2026, 9, 2, 8, 0, 0, 0, tokyo) // still 1 September in UTC
	assert.False(t, growth.CheckPlan(p, planNow).Has("growth.plan.milestone.after_end"), "days are read in the timeline's location")

	p.Goal.Deadline = date(2026, 3, 1)
	assert.True(t, growth.CheckPlan(p, planNow).Has("smartt.time_bound"), "a stated deadline wins over the timeline")
}

func TestCheckPlanEmpty(t *testing.T) {
	fs := growth.CheckPlan(growth.Plan{}, planNow)
	for _, code := range []string{"smartt.specific", "smartt.time_bound", "growth.plan.timeline.missing", "growth.plan.steps_missing", "growth.plan.support.missing", "growth.plan.opportunities.missing"} {
		assert.True(t, fs.Has(code), code)
	}
	assert.Error(t, fs.Err())
}

func TestPlanJSON(t *testing.T) {
	p := examplePlan()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"why":"influence"`)
	assert.Contains(t, string(data), `"role":"manager"`)
	assert.Contains(t, string(data), `"kind":"outside_work"`)
	assert.NotContains(t, string(data), `"id"`)
	var back growth.Plan
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, p, back)
}

func TestPlanEnumsText(t *testing.T) {
	for m := growth.Recognition; m <= growth.OtherMotivation; m++ {
		roundTrip(t, m, new(growth.Motivation))
	}
	for r := growth.Manager; r <= growth.Coach; r++ {
		roundTrip(t, r, new(growth.SupportRole))
	}
	for k := growth.OnTheJob; k <= growth.Formal; k++ {
		roundTrip(t, k, new(growth.OpportunityKind))
	}
	assert.Error(t, new(growth.Motivation).UnmarshalText([]byte("money")))
	_, err := growth.SupportRole(0).MarshalText()
	assert.Error(t, err)
}

type textEnum interface {
	MarshalText() ([]byte, error)
	String() string
}

// roundTrip checks that v's text form reads back into back as v.
func roundTrip[T textEnum](t *testing.T, v T, back interface{ UnmarshalText([]byte) error }) {
	t.Helper()
	text, err := v.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, v.String(), string(text))
	require.NoError(t, back.UnmarshalText(text))
	assert.Equal(t, v, *any(back).(*T))
}
