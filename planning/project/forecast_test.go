package project

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/findingtest"
)

// checkoutPlan is a two-stream plan starting on Monday 2026-03-30: the API
// stream (Dana) and the web stream (Eli), with Dana also owning a web step.
func checkoutPlan() Plan {
	return Plan{
		Name: "New checkout", Owner: "Dana", Start: day(2026, 3, 30),
		Streams: []Stream{
			{ID: "api", Name: "Payments API", Owner: "Dana", Target: day(2026, 4, 17)},
			{ID: "web", Name: "Checkout UI", Owner: "Eli"},
		},
		Steps: []Step{
			{ID: "schema", Title: "Design the payments schema", Stream: "api", Owner: "Dana", Estimate: 2},
			{ID: "endpoint", Title: "Build the payment endpoint", Stream: "api", Owner: "Dana", Estimate: 5, DependsOn: []string{"schema"}},
			{ID: "form", Title: "Create the card form component", Stream: "web", Owner: "Eli", Estimate: 4},
			{ID: "wire", Title: "Wire the form to the endpoint", Stream: "web", Owner: "Eli", Estimate: 2, DependsOn: []string{"endpoint", "form"}},
			{ID: "copy", Title: "Write the error messages", Stream: "web", Owner: "Dana", Estimate: 1},
		},
		Milestones: []Milestone{
			{ID: "demo", Name: "Internal demo", Target: day(2026, 4, 10), Steps: []string{"wire"}},
			{ID: "api-ready", Name: "API ready", Target: day(2026, 4, 8), Steps: []string{"endpoint"}},
		},
	}
}

func TestForecastFromEstimates(t *testing.T) {
	p := checkoutPlan()
	require.Empty(t, p.Validate())
	f := p.Forecast(nil, day(2026, 3, 30), Options{})

	// schema Mon–Tue, endpoint Wed–Tue (5 working days), wire Wed–Thu.
	assert.Equal(t, StepForecast{ID: "schema", Start: day(2026, 3, 30), Finish: day(2026, 3, 31), Remaining: 2}, f.Steps[0])
	assert.Equal(t, StepForecast{ID: "endpoint", Start: day(2026, 4, 1), Finish: day(2026, 4, 7), Remaining: 5}, f.Steps[1])
	assert.Equal(t, StepForecast{ID: "wire", Start: day(2026, 4, 8), Finish: day(2026, 4, 9), Remaining: 2}, f.Steps[3])
	assert.Equal(t, day(2026, 4, 9), f.Finish)

	demo := f.Milestones[0]
	assert.Equal(t, day(2026, 4, 9), demo.Projected)
	assert.Equal(t, -1, demo.SlipDays)
	assert.Equal(t, AtRisk, demo.Status, "one working day of slack is less than the default two")
	assert.Equal(t, []string{"schema", "endpoint", "wire"}, demo.CriticalPath)
	assert.Equal(t, []string{
		"It is projected for 2026-04-09 with only 1 working day of slack before its target 2026-04-10.",
		`Step "schema"'s owner "Dana" is over-allocated while it runs.`,
		`Step "endpoint"'s owner "Dana" is over-allocated while it runs.`,
	}, demo.Reasons)

	api := f.Milestones[1]
	assert.Equal(t, AtRisk, api.Status, "on time, but its owner is overloaded")
	assert.Equal(t, day(2026, 4, 7), api.Projected)

	// Dana runs "schema" and "copy" in parallel on Monday: 3 days of work in
	// a week that already holds "endpoint" — 2 + 1 + 3 (Wed–Fri) = 6 > 5.
	require.Len(t, f.Overloads, 1)
	assert.Equal(t, Overload{Person: "Dana", Week: day(2026, 3, 30), Load: 6, Capacity: 5,
		Streams: []string{"api", "web"}, Steps: []string{"schema", "endpoint", "copy"}}, f.Overloads[0])
	assert.Equal(t, []string{
		"warning project.person.overallocated (steps)",
		"info project.milestone.at_risk (milestones[0])",
		"info project.milestone.at_risk (milestones[1])",
	}, findingtest.Heads(t, f.Findings))
	assert.Equal(t, `"Dana" has 6 person-days planned in the week of 2026-03-30, more than the 5 a week holds, across streams "api" and "web" (steps "schema", "endpoint" and "copy").`, f.Findings[0].Message)

	assert.Equal(t, StreamForecast{ID: "api", Name: "Payments API", Target: day(2026, 4, 17), Projected: day(2026, 4, 7), SlipDays: -10, Status: OnTrack}, f.Streams[0])
	assert.Equal(t, StreamForecast{ID: "web", Name: "Checkout UI", Projected: day(2026, 4, 9)}, f.Streams[1])
}

func TestForecastWithProgress(t *testing.T) {
	p := checkoutPlan()
	p.Steps[4].Owner = "Fay" // no overload this time
	updates := []Update{
		{Step: "schema", Date: day(2026, 3, 31), Done: 2, Remaining: 0},
		{Step: "endpoint", Date: day(2026, 4, 3), Done: 3, Remaining: 2},
		{Step: "endpoint", Date: day(2026, 4, 6), Done: 4, Remaining: 5}, // it grew: 9 instead of 5
		{Step: "form", Date: day(2026, 4, 6), Done: 4, Remaining: 0},
	}
	f := p.Forecast(updates, day(2026, 4, 7), Options{})
	assert.True(t, f.Steps[0].Done)
	assert.Equal(t, StepForecast{ID: "endpoint", Start: day(2026, 4, 7), Finish: day(2026, 4, 13), Remaining: 5}, f.Steps[1])

	demo := f.Milestones[0]
	assert.Equal(t, day(2026, 4, 15), demo.Projected, "wire runs Tue–Wed after endpoint")
	assert.Equal(t, 5, demo.SlipDays)
	assert.Equal(t, OffTrack, demo.Status)
	assert.Equal(t, []string{"endpoint", "wire"}, demo.CriticalPath, "the finished schema step drives nothing")
	assert.Equal(t, []string{
		`It is projected for 2026-04-15, 5 days after its target 2026-04-10; the critical path is "endpoint" → "wire".`,
		`Step "endpoint" grew from 5 to 9 person-days.`,
	}, demo.Reasons)
	assert.Equal(t, OffTrack, f.Milestones[1].Status)
	assert.Equal(t, []string{
		"warning project.milestone.slip (milestones[0])",
		"warning project.milestone.slip (milestones[1])",
	}, findingtest.Heads(t, f.Findings))
	assert.Equal(t, `Milestone "Internal demo" is projected for 2026-04-15, 5 days after its target 2026-04-10; the slip is driven by "endpoint" → "wire".`, f.Findings[0].Message)
}

func TestForecastDoneMilestoneAndStaleUpdate(t *testing.T) {
	p := checkoutPlan()
	p.Steps[4].Owner = "Fay"
	updates := []Update{
		{Step: "schema", Date: day(2026, 3, 31), Remaining: 0},
		{Step: "endpoint", Date: day(2026, 4, 7), Done: 5, Remaining: 0},
		{Step: "form", Date: day(2026, 3, 31), Done: 1, Remaining: 3},
	}
	f := p.Forecast(updates, day(2026, 4, 9), Options{})
	api := f.Milestones[1]
	assert.Equal(t, Done, api.Status)
	assert.Equal(t, day(2026, 4, 7), api.Projected)
	assert.Equal(t, -1, api.SlipDays)

	// form has had no news for 9 days: stale, and on the demo's critical path.
	demo := f.Milestones[0]
	assert.Equal(t, []string{"form", "wire"}, demo.CriticalPath)
	assert.Equal(t, OffTrack, demo.Status, "form (3 days from Thu) and wire (2) end on Wed the 15th")
	assert.Contains(t, demo.Reasons, `Step "form" has had no update for more than 7 days.`)
	assert.Equal(t, []string{
		"info project.update.stale (steps[2])",
		"warning project.milestone.slip (milestones[0])",
	}, findingtest.Heads(t, f.Findings))
}

func TestForecastBadUpdates(t *testing.T) {
	p := checkoutPlan()
	updates := []Update{
		{Step: "nope", Date: day(2026, 4, 1), Remaining: 1},
		{Step: "schema", Remaining: 1},
		{Step: "schema", Date: day(2026, 4, 1), Remaining: -1},
		{Step: "schema", Date: day(2026, 4, 1), Done: 2e9, Remaining: 1},
		{Step: "form", Date: day(2026, 4, 20), Remaining: 1},
	}
	f := p.Forecast(updates, day(2026, 4, 1), Options{})
	assert.Equal(t, []string{
		"error project.update.step.unknown (updates[0].step)",
		"error project.update.invalid (updates[1])",
		"error project.update.invalid (updates[2])",
		"error project.update.invalid (updates[3])",
		"warning project.update.future (updates[4].date)",
	}, findingtest.Heads(t, f.Findings)[:5])
	assert.Equal(t, 2.0, f.Steps[0].Remaining, "invalid updates are ignored")
	assert.Equal(t, 1.0, f.Steps[2].Remaining, "a future-dated update is still used")
}

func TestForecastLatestUpdateWins(t *testing.T) {
	p := checkoutPlan()
	updates := []Update{
		{Step: "form", Date: day(2026, 4, 2), Remaining: 1},
		{Step: "form", Date: day(2026, 3, 31), Remaining: 3},                             // older: ignored
		{Step: "form", Date: time.Date(2026, 4, 2, 18, 0, 0, 0, time.UTC), Remaining: 2}, // same day, later in input: wins
	}
	f := p.Forecast(updates, day(2026, 4, 2), Options{})
	assert.Equal(t, 2.0, f.Steps[2].Remaining)
}

func TestForecastCycleLeavesMilestoneUnknown(t *testing.T) {
	p := checkoutPlan()
	p.Steps[0].DependsOn = []string{"wire"} // schema → wire → endpoint → schema
	f := p.Forecast(nil, day(2026, 3, 30), Options{})
	assert.True(t, f.Steps[0].Blocked)
	assert.True(t, f.Steps[3].Blocked)
	assert.False(t, f.Steps[2].Blocked)
	assert.Equal(t, Status(0), f.Milestones[0].Status)
	assert.Equal(t, []string{`Step "wire" is in or after a dependency cycle, so it cannot be scheduled.`}, f.Milestones[0].Reasons)
	assert.Equal(t, Status(0), f.Streams[0].Status)
	assert.Zero(t, f.Streams[0].Projected)
}

func TestForecastStreamSlip(t *testing.T) {
	p := checkoutPlan()
	p.Streams[0].Target = day(2026, 4, 3)
	f := p.Forecast(nil, day(2026, 3, 30), Options{})
	assert.Equal(t, OffTrack, f.Streams[0].Status)
	assert.Equal(t, 4, f.Streams[0].SlipDays)
	assert.True(t, f.Findings.Has("project.stream.slip"))
}

func TestForecastStreamWithoutStepsIsNotDone(t *testing.T) {
	p := checkoutPlan()
	p.Streams = append(p.Streams, Stream{ID: "docs", Owner: "Fay", Target: day(2026, 4, 10)})
	f := p.Forecast(nil, day(2026, 3, 30), Options{})
	assert.Equal(t, StreamForecast{ID: "docs", Target: day(2026, 4, 10)}, f.Streams[2], "no steps: nothing to measure, status unknown")
}

func TestForecastOptions(t *testing.T) {
	p := checkoutPlan()
	f := p.Forecast(nil, day(2026, 3, 30), Options{WeekCapacity: 10, Slack: 0.5})
	assert.Empty(t, f.Overloads, "two people's worth of capacity")
	assert.Equal(t, OnTrack, f.Milestones[0].Status, "one day of slack is enough")
	assert.Equal(t, OnTrack, f.Milestones[1].Status)
}

func TestForecastStartsAtAsOfOrPlanStart(t *testing.T) {
	p := checkoutPlan()
	f := p.Forecast(nil, day(2026, 3, 1), Options{})
	assert.Equal(t, day(2026, 3, 30), f.Steps[0].Start, "not before the plan's start")
	f = p.Forecast(nil, day(2026, 4, 4), Options{}) // a Saturday
	assert.Equal(t, day(2026, 4, 6), f.Steps[0].Start, "not before the forecast date, on a working day")
}

func TestForecastEmptyPlan(t *testing.T) {
	f := Plan{}.Forecast(nil, day(2026, 3, 30), Options{})
	assert.Empty(t, f.Steps)
	assert.Zero(t, f.Finish)
	assert.Empty(t, f.Findings)
}

func TestForecastJSON(t *testing.T) {
	f := checkoutPlan().Forecast(nil, day(2026, 3, 30), Options{})
	b, err := json.Marshal(f)
	require.NoError(t, err)
	var back Forecast
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)
	assert.Contains(t, string(b), `"status":"at-risk"`)
}

var zeroTime time.Time
