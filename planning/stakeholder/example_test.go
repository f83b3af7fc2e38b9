package stakeholder_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/leadkit/leadkit/planning/project"
	"github.com/leadkit/leadkit/planning/stakeholder"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var people = stakeholder.Map{People: []stakeholder.Person{
	{Name: "Priya", Role: "Product manager", Influence: stakeholder.HighInfluence, Commitment: stakeholder.Supporter,
		Style: stakeholder.Dominance, Cares: []string{"checkout conversion"}, Owner: "Dana", CadenceDays: 7,
		LastContact: date(2026, 4, 3)},
	{Name: "Marco", Role: "Head of payments", Influence: stakeholder.HighInfluence, Commitment: stakeholder.Detractor,
		Style: stakeholder.Conscientiousness, Cares: []string{"fraud rate"}, LastContact: date(2026, 3, 16)},
	{Name: "Sam", Role: "Staff engineer", Informal: true, Influence: stakeholder.LowInfluence,
		Commitment: stakeholder.Supporter, Style: stakeholder.InfluenceStyle, Cares: []string{"clean abstractions"}},
}}

func ExampleMap_Check() {
	m := people
	m.Planned = []stakeholder.Message{{To: "Priya", Topic: "Demo slip",
		Form: stakeholder.Form{Channel: stakeholder.Email, Length: stakeholder.Long, Order: stakeholder.ResultsFirst}}}
	for _, f := range m.Check(date(2026, 4, 7)) {
		fmt.Println(f)
	}
	// Output:
	// warning stakeholder.owner.missing (people[1].owner): "Marco" has high influence but nobody owns the relationship.
	// warning stakeholder.cadence.missing (people[1].cadence_days): "Marco" has high influence but no agreed cadence of updates.
	// warning stakeholder.detractor.stale (people[1].last_contact): "Marco" is a high-influence detractor with no contact in the last 14 days.
	// warning stakeholder.message.length (planned[0].length): The message "Demo slip" to "Priya" is long, but "Priya"'s style is dominance: be direct and focus on solutions.
}

func ExamplePerson_Category() {
	c, ok := people.People[1].Category()
	fmt.Println(c, ok, c.Engagement())
	_, ok = stakeholder.Person{Influence: stakeholder.HighInfluence, Commitment: stakeholder.Neutral}.Category()
	fmt.Println(ok)
	// Output:
	// high-influence-detractor true manage-closely
	// false
}

func ExampleSuited() {
	f := stakeholder.Suited(people.People[1])
	fmt.Println(f.Channel, f.Length, f.Detail, f.Order)
	// Output:
	// document medium detailed context-first
}

func ExampleFriction() {
	fmt.Println(stakeholder.Friction(stakeholder.Conscientiousness, stakeholder.InfluenceStyle))
	// Output:
	// true
}

func ExampleMap_Communications() {
	p := project.Plan{Name: "New checkout", Owner: "Dana", Start: date(2026, 3, 30),
		Steps:      []project.Step{{ID: "wire", Title: "Wire the card form", Owner: "Eli", Estimate: 8}},
		Milestones: []project.Milestone{{ID: "demo", Name: "Internal demo", Target: date(2026, 4, 3), Steps: []string{"wire"}}},
	}
	now := date(2026, 3, 30)
	summary := p.Forecast(nil, now, project.Options{}).Summary()
	for _, c := range people.Communications(summary, now).Entries {
		fmt.Printf("%s %s via %s: %s\n", c.When.Format(time.DateOnly), c.To, c.Form.Channel, strings.Join(c.What[:2], " "))
	}
	// Output:
	// 2026-03-30 Marco via document: New checkout is off track; projected finish 2026-04-08. Internal demo: off track, projected 2026-04-08 against 2026-04-03 (5 days late).
	// 2026-03-30 Priya via one-on-one: New checkout is off track; projected finish 2026-04-08. Internal demo: off track, projected 2026-04-08 against 2026-04-03 (5 days late).
	// 2026-03-30 Sam via one-on-one: New checkout is off track; projected finish 2026-04-08. Internal demo: off track, projected 2026-04-08 against 2026-04-03 (5 days late).
}

func ExampleReadMapJSON() {
	in := `{"people": [{"name": "Marco", "influence": "high", "commitment": "detractor", "style": "C"}]}`
	m, err := stakeholder.ReadMapJSON(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := m.People[0].Category()
	fmt.Println(m.People[0].Name, c)
	// Output:
	// Marco high-influence-detractor
}
