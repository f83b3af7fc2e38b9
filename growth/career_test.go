package growth_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/growth"
)

func reflection() growth.Reflection {
	r := growth.Reflection{
		Date:       date(2026, 12, 1),
		Energizing: []string{"watch a delegate grow", "align teams across the org"},
		Drains: []growth.Drain{
			{Activity: "stakeholder alignment", Cause: growth.SkillGap},
			{Activity: "context switching between incidents", Cause: growth.Misfit},
		},
		Stories: []growth.GrowthStory{
			{WasHard: "saying no to a director", WhatChanged: "practised with my coach"},
			{WasHard: "running a retro", WhatChanged: "a facilitation course"},
			{WasHard: "estimating the migration", WhatChanged: "confidence from the last two"},
		},
		Next: growth.Aim{Objective: "Move towards engineering management within a year", Why: growth.Influence,
			MoreOf: []string{"one-on-ones"}, LessOf: []string{"Context switching between incidents", "feature work on the critical path"}},
	}
	for _, p := range growth.ReflectionPrompts() {
		r.Answers = append(r.Answers, growth.Answer{Prompt: p.ID, Text: "an answer"})
	}
	return r
}

func TestReflectionPrompts(t *testing.T) {
	prompts := growth.ReflectionPrompts()
	require.Len(t, prompts, 10)
	area := growth.Enjoyed
	for _, p := range prompts {
		assert.GreaterOrEqual(t, p.Area, area, "grouped by area in order")
		area = p.Area
		assert.Contains(t, p.ID, p.Area.String()+".")
		assert.NotEmpty(t, p.Question)
	}
	for a := growth.Enjoyed; a <= growth.Curious; a++ {
		roundTrip(t, a, new(growth.ReflectionArea))
	}
	for c := growth.SkillGap; c <= growth.Misfit; c++ {
		roundTrip(t, c, new(growth.DrainCause))
	}
}

func TestCheckReflection(t *testing.T) {
	assert.Empty(t, growth.CheckReflection(reflection()))

	r := reflection()
	r.Answers = append(r.Answers[2:], growth.Answer{Prompt: "drained.why", Text: "?"}, growth.Answer{Prompt: "Curious.Next", Text: ""})
	r.Drains[1].Cause = 0
	r.Stories = r.Stories[:2]
	r.Next.Objective = " "
	fs := growth.CheckReflection(r)
	assert.Equal(t, []string{
		"growth.reflection.prompt_unknown",
		"growth.reflection.unanswered", "growth.reflection.unanswered",
		"growth.reflection.drain.cause_missing",
		"growth.reflection.stories_too_few",
		"growth.reflection.aim_missing",
	}, codes(fs))
	assert.Contains(t, fs[1].Message, `"enjoyed.energy"`)
	assertValidFindings(t, fs)

	empty := growth.CheckReflection(growth.Reflection{})
	assert.Len(t, empty, 12, "ten prompts, the stories and the aim")
}

func TestNextPlan(t *testing.T) {
	p := growth.NextPlan(reflection(), date(2027, 1, 1), date(2027, 12, 31))
	assert.Equal(t, "Move towards engineering management within a year", p.Goal.Objective)
	assert.Equal(t, growth.Influence, p.Why)
	assert.Equal(t, growth.Timeline{Start: date(2027, 1, 1), End: date(2027, 12, 31)}, p.Timeline)
	var titles []string
	for _, s := range p.Steps {
		titles = append(titles, s.Title)
	}
	assert.Equal(t, []string{
		"Grow the skill behind: stakeholder alignment",
		"Seek out more: one-on-ones",
		"Hand off or reduce: context switching between incidents",
		"Hand off or reduce: feature work on the critical path",
	}, titles, "a misfit also listed as less-of appears once")
	assert.Equal(t, []growth.Opportunity{
		{Kind: growth.OnTheJob, Description: "More chances to watch a delegate grow"},
		{Kind: growth.OnTheJob, Description: "More chances to align teams across the org"},
	}, p.Opportunities)

	fs := growth.CheckPlan(p, date(2026, 12, 1))
	assert.True(t, fs.Has("growth.plan.step.undated"), "the draft still needs dates")
	assert.True(t, fs.Has("growth.plan.support.missing"), "and people")
}

func TestReflectionJSON(t *testing.T) {
	r := reflection()
	data, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"cause":"misfit"`)
	var back growth.Reflection
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, r, back)
}
