package project_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/leadkit/leadkit/planning/project"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// plan is a small two-stream project starting Monday 2026-03-30.
var plan = project.Plan{
	Name: "New checkout", Owner: "Dana", Start: date(2026, 3, 30),
	Streams: []project.Stream{{ID: "api", Owner: "Dana"}, {ID: "web", Owner: "Eli"}},
	Steps: []project.Step{
		{ID: "schema", Title: "Design the payments schema", Stream: "api", Owner: "Dana", Estimate: 2},
		{ID: "endpoint", Title: "Build the payment endpoint", Stream: "api", Owner: "Dana", Estimate: 5, DependsOn: []string{"schema"}},
		{ID: "form", Title: "Create the card form component", Stream: "web", Owner: "Eli", Estimate: 4},
		{ID: "wire", Title: "Wire the form to the endpoint", Stream: "web", Owner: "Eli", Estimate: 2, DependsOn: []string{"endpoint", "form"}},
	},
	Milestones: []project.Milestone{{ID: "demo", Name: "Internal demo", Target: date(2026, 4, 10), Steps: []string{"wire"}}},
}

func ExamplePlan_Validate() {
	p := plan
	p.Owner = "Dana and Eli"
	p.Steps = append([]project.Step(nil), plan.Steps...)
	p.Steps[0].DependsOn = []string{"wire"}
	for _, f := range p.Validate() {
		fmt.Println(f)
	}
	// Output:
	// warning project.owner.shared (owner): The plan's owner "Dana and Eli" names more than one person.
	// error project.dependency.cycle (steps[0].depends_on): Steps depend on each other in a cycle: "schema" → "wire" → "endpoint" → "schema" (each needs the next).
}

func ExamplePlan_Forecast() {
	updates := []project.Update{
		{Step: "schema", Date: date(2026, 3, 31), Done: 2, Remaining: 0},
		{Step: "endpoint", Date: date(2026, 4, 6), Done: 4, Remaining: 5}, // it grew
	}
	f := plan.Forecast(updates, date(2026, 4, 7), project.Options{})
	m := f.Milestones[0]
	fmt.Println(m.Name, m.Status, m.Projected.Format(time.DateOnly), m.SlipDays, m.CriticalPath)
	for _, r := range m.Reasons {
		fmt.Println("-", r)
	}
	// Output:
	// Internal demo off-track 2026-04-15 5 [endpoint wire]
	// - It is projected for 2026-04-15, 5 days after its target 2026-04-10; the critical path is "endpoint" → "wire".
	// - Step "endpoint" grew from 5 to 9 person-days.
}

func ExamplePlan_Forecast_overload() {
	p := plan
	p.Steps = append([]project.Step(nil), plan.Steps...)
	p.Steps[2].Owner = "Dana" // Dana now also builds the form, in parallel
	f := p.Forecast(nil, date(2026, 3, 30), project.Options{})
	for _, o := range f.Overloads {
		fmt.Println(o.Person, o.Week.Format(time.DateOnly), o.Load, o.Streams, o.Steps)
	}
	// Output:
	// Dana 2026-03-30 9 [api web] [schema endpoint form]
}

func ExampleSummary_WriteMarkdown() {
	f := plan.Forecast(nil, date(2026, 3, 30), project.Options{})
	if err := f.Summary().WriteMarkdown(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # New checkout: at risk
	//
	// As of 2026-03-30 · owner: Dana · projected finish: 2026-04-09
	//
	// | Milestone | Target | Projected | Status |
	// |---|---|---|---|
	// | Internal demo | 2026-04-10 | 2026-04-09 | at risk |
	//
	// | Stream | Target | Projected | Status |
	// |---|---|---|---|
	// | api | none | 2026-04-07 | unknown |
	// | web | none | 2026-04-09 | unknown |
	//
	// ## Internal demo: at risk
	//
	// - It is projected for 2026-04-09 with only 1 working day of slack before its target 2026-04-10.
}

func ExampleReadPlanJSON() {
	in := `{"name": "Spike", "owner": "Dana", "steps": [{"id": "a", "title": "Profile the memory leak", "estimate": 1}]}`
	p, err := project.ReadPlanJSON(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name, len(p.Steps))
	for _, f := range p.Validate() {
		fmt.Println(f.Code)
	}
	// Output:
	// Spike 1
	// project.step.owner.missing
	// project.milestones.missing
}

func ExampleReadUpdatesCSV() {
	in := "step,date,done,remaining\nendpoint,2026-04-06,4,5\nschema,2026-03-31,2,0\n"
	updates, err := project.ReadUpdatesCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(updates), updates[0].Step, updates[0].Remaining)
	// Output:
	// 2 endpoint 5
}

func ExampleReadUpdatesJSON() {
	in := `[{"step": "schema", "date": "2026-03-31T00:00:00Z", "done": 2, "remaining": 0}]`
	updates, err := project.ReadUpdatesJSON(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(updates[0].Step, updates[0].Date.Format(time.DateOnly))
	// Output:
	// schema 2026-03-31
}
