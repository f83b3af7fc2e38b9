package project

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/findingtest"
)

func TestValidateCleanPlan(t *testing.T) {
	assert.Empty(t, checkoutPlan().Validate())
}

func TestValidateFindings(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Plan)
		want   []string
	}{
		{"no owner", func(p *Plan) { p.Owner = " " }, []string{"error project.owner.missing (owner)"}},
		{"shared owner", func(p *Plan) { p.Owner = "Dana and Eli" }, []string{"warning project.owner.shared (owner)"}},
		{"shared owner with a slash", func(p *Plan) { p.Owner = "PM/EM" }, []string{"warning project.owner.shared (owner)"}},
		{"a hyphenated name is one owner", func(p *Plan) { p.Owner = "Anne-Marie Østergård" }, nil},
		{"no steps", func(p *Plan) { p.Steps, p.Milestones = nil, nil }, []string{"error project.steps.missing (steps)"}},
		{"step without ID", func(p *Plan) { p.Steps[4].ID = "" }, []string{"error project.step.id.missing (steps[4].id)"}},
		{"duplicate step", func(p *Plan) { p.Steps[4].ID = "form" }, []string{"error project.step.id.duplicate (steps[4].id)"}},
		{"untitled step", func(p *Plan) { p.Steps[0].Title = "" }, []string{"warning project.step.title.missing (steps[0].title)"}},
		{"vague step", func(p *Plan) { p.Steps[0].Title = "Implement feature" }, []string{"warning project.step.title.vague (steps[0].title)"}},
		{"vague step, work on", func(p *Plan) { p.Steps[0].Title = "work on payments" }, []string{"warning project.step.title.vague (steps[0].title)"}},
		{"concrete title mentioning a feature", func(p *Plan) { p.Steps[0].Title = "Implement feature flags for the card form" }, nil},
		{"step without owner", func(p *Plan) { p.Steps[1].Owner = "" }, []string{"warning project.step.owner.missing (steps[1].owner)"}},
		{"zero estimate", func(p *Plan) { p.Steps[1].Estimate = 0 }, []string{"error project.step.estimate.invalid (steps[1].estimate)"}},
		{"NaN estimate", func(p *Plan) { p.Steps[1].Estimate = math.NaN() }, []string{"error project.step.estimate.invalid (steps[1].estimate)"}},
		{"huge estimate", func(p *Plan) { p.Steps[1].Estimate = 1e9 }, []string{"error project.step.estimate.invalid (steps[1].estimate)"}},
		{"unknown stream", func(p *Plan) { p.Steps[0].Stream = "mobile" }, []string{"error project.step.stream.unknown (steps[0].stream)"}},
		{"no stream", func(p *Plan) { p.Steps[0].Stream = "" }, []string{"warning project.step.stream.missing (steps[0].stream)"}},
		{"unknown dependency", func(p *Plan) { p.Steps[1].DependsOn = []string{"schema", "shema"} }, []string{"error project.dependency.unknown (steps[1].depends_on)"}},
		{"stream without ID", func(p *Plan) { p.Streams[1].ID = "" }, []string{
			"error project.stream.id.missing (streams[1].id)",
			"error project.step.stream.unknown (steps[2].stream)",
			"error project.step.stream.unknown (steps[3].stream)",
			"error project.step.stream.unknown (steps[4].stream)",
		}},
		{"duplicate stream", func(p *Plan) { p.Streams[1].ID = "api" }, []string{
			"error project.stream.id.duplicate (streams[1].id)",
			"error project.step.stream.unknown (steps[2].stream)",
			"error project.step.stream.unknown (steps[3].stream)",
			"error project.step.stream.unknown (steps[4].stream)",
		}},
		{"stream without owner", func(p *Plan) { p.Streams[1].Owner = "" }, []string{"warning project.stream.owner.missing (streams[1].owner)"}},
		{"no milestones", func(p *Plan) { p.Milestones = nil }, []string{"warning project.milestones.missing (milestones)"}},
		{"milestone without ID", func(p *Plan) { p.Milestones[0].ID = "" }, []string{"error project.milestone.id.missing (milestones[0].id)"}},
		{"duplicate milestone", func(p *Plan) { p.Milestones[1].ID = "demo" }, []string{"error project.milestone.id.duplicate (milestones[1].id)"}},
		{"milestone without target", func(p *Plan) { p.Milestones[0].Target = zeroTime }, []string{"warning project.milestone.target.missing (milestones[0].target)"}},
		{"milestone without steps", func(p *Plan) { p.Milestones[0].Steps = nil }, []string{"warning project.milestone.steps.missing (milestones[0].steps)"}},
		{"milestone with unknown step", func(p *Plan) { p.Milestones[0].Steps = []string{"wire", "deploy"} }, []string{"error project.milestone.step.unknown (milestones[0].steps)"}},
		{"milestone due before its steps can finish", func(p *Plan) { p.Milestones[0].Target = day(2026, 4, 8) }, []string{"error project.milestone.infeasible (milestones[0].target)"}},
		{"no start, no feasibility check", func(p *Plan) { p.Start = zeroTime; p.Milestones[0].Target = day(2026, 4, 8) }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := checkoutPlan()
			tc.change(&p)
			fs := p.Validate()
			if tc.want == nil {
				assert.Empty(t, fs)
				return
			}
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
		})
	}
}

func TestValidateInfeasibleMessage(t *testing.T) {
	p := checkoutPlan()
	p.Milestones[0].Target = day(2026, 4, 8)
	fs := p.Validate()
	require.Len(t, fs, 1)
	assert.Equal(t, `Milestone "Internal demo" is due 2026-04-08, but even if every estimate holds its steps finish 2026-04-09 (critical path: "schema" → "endpoint" → "wire").`, fs[0].Message)

	p.Milestones[0].Target = day(2026, 4, 9) // the very day it can finish
	assert.Empty(t, p.Validate())
}

func TestValidateNamesPartsWithoutIDByPosition(t *testing.T) {
	p := checkoutPlan()
	p.Steps[2].ID = ""
	p.Steps[2].Owner = ""
	var msgs []string
	for _, f := range p.Validate() {
		if f.Field == "steps[2].id" || f.Field == "steps[2].owner" {
			msgs = append(msgs, f.Message)
		}
	}
	assert.Equal(t, []string{"Step 2 has no ID.", "Step 2 has no owner."}, msgs)

	p = checkoutPlan()
	p.Streams[1] = Stream{}
	p.Milestones[1] = Milestone{Steps: []string{"schema"}}
	msgs = nil
	for _, f := range p.Validate() {
		if f.Field == "streams[1].owner" || f.Field == "milestones[1].target" {
			msgs = append(msgs, f.Message)
		}
	}
	assert.Equal(t, []string{"Stream 1 has no owner.", "Milestone 1 has no target date."}, msgs)
}

func TestValidateCycles(t *testing.T) {
	p := checkoutPlan()
	p.Steps[0].DependsOn = []string{"wire"}
	p.Steps[2].DependsOn = []string{"form"}
	fs := p.Validate()
	assert.Equal(t, []string{
		"error project.dependency.cycle (steps[0].depends_on)",
		"error project.dependency.cycle (steps[2].depends_on)",
	}, findingtest.Heads(t, fs))
	assert.Equal(t, `Steps depend on each other in a cycle: "schema" → "wire" → "endpoint" → "schema" (each needs the next).`, fs[0].Message)
	assert.Equal(t, `Steps depend on each other in a cycle: "form" → "form" (each needs the next).`, fs[1].Message)
}

func TestPlanJSON(t *testing.T) {
	p := checkoutPlan()
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var back Plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
	assert.Contains(t, string(b), `"depends_on":["schema"]`)
}
