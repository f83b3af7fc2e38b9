package growth_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/leadkit/leadkit/delegation"
	"github.com/leadkit/leadkit/growth"
)

func ExampleCompare() {
	self := growth.Assessment{Rater: "Priya", Ratings: []growth.Rating{
		{Skill: "delegating", Score: 7},
		{Skill: "stakeholder_relationships", Score: 4},
		{Skill: "design", Score: 8},
	}}
	others := []growth.Assessment{
		{Rater: "Marco", Ratings: []growth.Rating{{Skill: "delegating", Score: 5}, {Skill: "stakeholder_relationships", Score: 7}, {Skill: "design", Score: 8}}},
		{Rater: "Lena", Ratings: []growth.Rating{{Skill: "delegating", Score: 5}, {Skill: "stakeholder_relationships", Score: 6}}},
	}
	report := growth.Compare(self, others, growth.Options{KeySkills: []string{"delegating"}})
	for _, row := range report.Rows {
		fmt.Println(row.Skill.ID, row.Class)
	}
	fmt.Println("surprises:", report.Surprises)
	fmt.Println("focus:", report.Focus[0].Reason)
	// Output:
	// design not_enough_ratings
	// delegating blind_spot
	// stakeholder_relationships hidden_strength
	// surprises: [stakeholder_relationships delegating]
	// focus: Others rate "Delegating" 2 points below your own 7, and it is a key skill for the role.
}

func ExampleTrends() {
	round := func(month time.Month, self int, others ...int) growth.Round {
		r := growth.Round{Self: growth.Assessment{Rater: "Priya", Date: time.Date(2026, month, 1, 0, 0, 0, 0, time.UTC),
			Ratings: []growth.Rating{{Skill: "delegating", Score: self}}}}
		for i, s := range others {
			r.Others = append(r.Others, growth.Assessment{Rater: fmt.Sprint("rater", i), Ratings: []growth.Rating{{Skill: "delegating", Score: s}}})
		}
		return r
	}
	tr := growth.Trends([]growth.Round{round(3, 7, 4, 5), round(6, 7, 5, 6), round(9, 7, 6, 7)}, growth.Options{})
	st := tr.Skills[0]
	fmt.Println(st.Skill.ID, st.Direction, st.BlindSpot, tr.BlindSpotsClosing())
	// Output: delegating improving closed true
}

func ExampleReadAssessmentsCSV() {
	in := `rater,subject,skill,score,comment
Priya,Priya,giving_feedback,7,
Marco,Priya,giving_feedback,4,Mostly in code review
Lena,Priya,Giving feedback,5,
`
	as, err := growth.ReadAssessmentsCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	round, err := growth.Split("", as)
	if err != nil {
		fmt.Println(err)
		return
	}
	report := growth.Compare(round.Self, round.Others, growth.Options{})
	_ = report.WriteText(os.Stdout)
	// Output:
	// Self versus others: Priya
	//
	// SKILL            SELF  OTHERS  MEAN  MEDIAN  RANGE  GAP   CLASS
	// Giving feedback  7     2       4.5   4.5     4–5    -2.5  blind spot
	//
	// Surprises:
	//   1. Giving feedback: blind spot, gap -2.5
	//
	// Focus:
	//   1. Others rate "Giving feedback" 2.5 points below your own 7.
}

func ExampleCatalog_With() {
	catalog, err := growth.DefaultCatalog().With(growth.Skill{ID: "incident_command", Name: "Incident command", Area: growth.AreaTechnical})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, ok := catalog.Lookup("Incident Command")
	fmt.Println(catalog.Len(), s.ID, ok)
	// Output: 20 incident_command true
}

func ExampleSplit() {
	as := []growth.Assessment{
		{Rater: "Ana", Subject: "Sam", Ratings: []growth.Rating{{Skill: "listening", Score: 6}}},
		{Rater: "Sam", Subject: "Sam", Ratings: []growth.Rating{{Skill: "listening", Score: 8}}},
	}
	round, err := growth.Split("", as)
	fmt.Println(round.Self.Rater, len(round.Others), err)
	// Output: Sam 1 <nil>
}

func ExampleCheckPlan() {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	plan := growth.Plan{
		Goal: delegation.Goal{
			Objective: "Take over as tech lead of the payments team",
			Measure:   "run 3 sprint plannings on my own",
			Tracking:  "tracker reviewed in one-on-ones",
			CheckIn:   delegation.Cadence{Period: delegation.Biweekly},
		},
		Why:      growth.Influence,
		Timeline: growth.Timeline{Start: day(3, 16), End: day(9, 1)},
		Steps: []growth.Step{
			{Title: "Shadow the current tech lead in strategy planning", Due: day(5, 29)},
			{Title: "Lead the migration initiative", Milestones: []growth.Milestone{{Title: "first service moved", Due: day(9, 14)}}},
			{Title: "Ask Ana to mentor me", DependsOn: []string{"Ana"}},
		},
		Opportunities: []growth.Opportunity{{Kind: growth.Formal, Description: "Leadership course"}},
	}
	for _, f := range growth.CheckPlan(plan, day(3, 16)) {
		fmt.Println(f.Code, f.Field)
	}
	// Output:
	// smartt.achievable goal.target
	// growth.plan.milestone.after_end steps[1].milestones[0].due
	// growth.plan.step.undated steps[2].due
	// growth.plan.step.dependency_unsupported steps[2].depends_on[0]
	// growth.plan.support.missing support
}

func ExampleTracker_Review() {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	tracker := growth.Tracker{
		Goal:  "Improve collaboration in the team",
		Start: day(5, 25),
		Steps: []growth.TrackedStep{
			{Title: "Pair with 3 different teammates", Due: day(8, 1), Target: 3,
				Entries: []growth.Entry{{Date: day(6, 3), Count: 1, Note: "1 of 3 done"}}},
			{Title: "Get 2 other teammates pairing on a task", Due: day(8, 1),
				Entries: []growth.Entry{{Date: day(6, 3), Note: "scheduled for next week"}}},
			{Title: "Hold 2 knowledge-sharing sessions", Due: day(8, 1), Target: 2,
				Entries: []growth.Entry{{Date: day(6, 15), Count: 1, Note: "gave session 1"}}},
		},
	}
	review := tracker.Review(day(6, 24))
	for _, s := range review.Steps {
		fmt.Printf("%s: %s\n", s.Step, s.State)
	}
	fmt.Println(review.Suggestion)
	// Output:
	// Pair with 3 different teammates: stalled
	// Get 2 other teammates pairing on a task: stalled
	// Hold 2 knowledge-sharing sessions: on_track
	// 2 of 3 steps have slipped: adjust the plan instead of pushing on. Shrink the steps, move the dates, or drop what no longer serves the goal, and ask your support network for help.
}

func ExampleNewTracker() {
	plan := growth.Plan{Steps: []growth.Step{
		{Title: "Lead a retro", Due: time.Date(2026, 4, 3, 0, 0, 0, 0, time.UTC)},
		{Title: "Mentor a junior", Milestones: []growth.Milestone{{Title: "first pairing", Due: time.Date(2026, 4, 17, 0, 0, 0, 0, time.UTC)}}},
	}}
	for _, s := range growth.NewTracker(plan).Steps {
		fmt.Println(s.Title, s.Due.Format(time.DateOnly))
	}
	// Output:
	// Lead a retro 2026-04-03
	// Mentor a junior 2026-04-17
}

func ExampleLearningNeeds() {
	team := growth.Matrix{People: []growth.Member{
		{Name: "Ana", Ratings: []growth.Rating{{Skill: "Go", Score: 9}, {Skill: "Payments domain", Score: 5}}},
		{Name: "Bo", Ratings: []growth.Rating{{Skill: "Go", Score: 6}, {Skill: "Payments domain", Score: 9}}, Wants: []string{"go"}},
		{Name: "Cy", Ratings: []growth.Rating{{Skill: "Go", Score: 7}}, Wants: []string{"payments domain"}},
	}}
	needs := growth.LearningNeeds(team, []string{"Go", "Terraform"}, growth.TeamOptions{})
	for _, sp := range needs.SinglePoints {
		fmt.Println("single point:", sp.Skill, sp.Person)
	}
	for _, m := range needs.Missing {
		fmt.Println("missing:", m.Skill)
	}
	for _, p := range needs.Pairings {
		fmt.Printf("pair: %s learns %s from %s\n", p.Learner, p.Skill, p.Mentor)
	}
	// Output:
	// single point: Payments domain Bo
	// missing: Terraform
	// pair: Cy learns Payments domain from Bo
	// pair: Bo learns Go from Ana
}

func ExampleDetectTraps() {
	goal := growth.LearningGoal{
		Skill:       "facilitation",
		Goal:        "Everyone agrees in every meeting",
		TimePerWeek: time.Hour,
		Practice:    []string{"facilitate the next retro"},
	}
	for _, trap := range growth.DetectTraps(goal) {
		fmt.Println(trap, "-", trap.Question())
	}
	// Output:
	// isolation - How will this skill help the team or the product?
	// too_big - Is the goal small enough to start this week, and is it one of only one or two?
	// no_reflection - Who gives feedback after the key moments, and when do you reflect on what worked?
	// no_accountability - Who checks in on the progress, and how often?
}

func ExampleTrapChecklist() {
	for _, item := range growth.TrapChecklist()[:2] {
		fmt.Println(item.Trap, "-", item.Question)
	}
	// Output:
	// no_time - Is there time set aside for learning, or is it squeezed in around everything else?
	// consuming_only - Where will the learning be put into practice?
}

func ExampleNextPlan() {
	r := growth.Reflection{
		Drains: []growth.Drain{
			{Activity: "stakeholder alignment", Cause: growth.SkillGap},
			{Activity: "late-night incident duty", Cause: growth.Misfit},
		},
		Energizing: []string{"coach new joiners"},
		Next:       growth.Aim{Objective: "Prepare for an engineering manager role", Why: growth.Influence},
	}
	for _, f := range growth.CheckReflection(r) {
		if f.Code != "growth.reflection.unanswered" {
			fmt.Println(f.Code)
		}
	}
	plan := growth.NextPlan(r, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC))
	fmt.Println(plan.Goal.Objective)
	for _, s := range plan.Steps {
		fmt.Println("-", s.Title)
	}
	fmt.Println("+", plan.Opportunities[0].Description)
	// Output:
	// growth.reflection.stories_too_few
	// Prepare for an engineering manager role
	// - Grow the skill behind: stakeholder alignment
	// - Hand off or reduce: late-night incident duty
	// + More chances to coach new joiners
}

func ExampleReflectionPrompts() {
	for _, p := range growth.ReflectionPrompts() {
		if p.Area == growth.Drained {
			fmt.Println(p.ID, "-", p.Question)
		}
	}
	// Output:
	// drained.what - What drained you most?
	// drained.cause - For each drain: was it a skill you can still grow, or work that does not suit you?
}

func ExampleReport_WriteMarkdown() {
	self := growth.Assessment{Rater: "Priya", Ratings: []growth.Rating{{Skill: "listening", Score: 8}}}
	others := []growth.Assessment{
		{Rater: "Marco", Ratings: []growth.Rating{{Skill: "listening", Score: 5}}},
		{Rater: "Lena", Ratings: []growth.Rating{{Skill: "listening", Score: 6}}},
	}
	_ = growth.Compare(self, others, growth.Options{MaxFocus: 1}).WriteMarkdown(os.Stdout)
	// Output:
	// ## Self versus others: Priya
	//
	// | Skill | Self | Others | Mean | Median | Range | Gap | Class |
	// |---|---:|---:|---:|---:|:---:|---:|---|
	// | Listening | 8 | 2 | 5.5 | 5.5 | 5–6 | -2.5 | blind spot |
	//
	// ### Surprises
	//
	// 1. **Listening**: blind spot, gap -2.5
	//
	// ### Focus
	//
	// 1. Others rate "Listening" 2.5 points below your own 8.
}

func ExampleReadAssessmentsJSON() {
	in := `[{"rater": "Lena", "subject": "Priya", "date": "2026-03-06T00:00:00Z",
	         "ratings": [{"skill": "delegating", "score": 4, "comment": "Picks up every incident herself"}]}]`
	as, err := growth.ReadAssessmentsJSON(strings.NewReader(in))
	fmt.Println(len(as), as[0].Rater, as[0].Ratings[0].Score, err)
	// Output: 1 Lena 4 <nil>
}

func ExampleWriteAssessmentsCSV() {
	as := []growth.Assessment{{Rater: "Lena", Subject: "Priya", Date: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC),
		Ratings: []growth.Rating{{Skill: "delegating", Score: 4, Comment: "Picks up every incident, herself"}}}}
	_ = growth.WriteAssessmentsCSV(os.Stdout, as)
	// Output:
	// rater,subject,date,skill,score,comment
	// Lena,Priya,2026-03-06,delegating,4,"Picks up every incident, herself"
}

func ExampleNewCatalog() {
	catalog, err := growth.NewCatalog(
		growth.Skill{ID: "go", Name: "Go"},
		growth.Skill{ID: "golang", Name: "go"},
	)
	fmt.Println(catalog == nil, err)
	// Output: true leadkit: invalid input: 1 error: error growth.catalog.duplicate (skills[1]): Skill "golang" clashes with skill "go": they share an ID or a name.
}

func ExampleCheckLearning() {
	goals := []growth.LearningGoal{{
		Skill:        "system design",
		Goal:         "Write one RFC for the payments queue this quarter",
		TimePerWeek:  2 * time.Hour,
		Practice:     []string{"own the queue RFC"},
		BusinessLink: "the queue is on the roadmap for Q3",
		Partner:      "Ana",
		CheckIns:     []time.Time{time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)},
	}}
	for _, f := range growth.CheckLearning(goals) {
		fmt.Println(f.Code, "-", f.Hint)
	}
	// Output:
	// growth.trap.no_reflection - Ask "did that work, and what impact did it have?", and request feedback right after meetings, presentations and decisions, especially after trying something new.
}

func ExampleCheckReflection() {
	r := growth.Reflection{
		Drains:  []growth.Drain{{Activity: "status meetings"}},
		Stories: []growth.GrowthStory{{WasHard: "saying no", WhatChanged: "practice with a coach"}},
		Next:    growth.Aim{Objective: "Stay a tech lead, in a bigger team"},
	}
	for _, p := range growth.ReflectionPrompts() {
		r.Answers = append(r.Answers, growth.Answer{Prompt: p.ID, Text: "…"})
	}
	for _, f := range growth.CheckReflection(r) {
		fmt.Println(f)
	}
	// Output:
	// warning growth.reflection.drain.cause_missing (drains[0].cause): The drain "status meetings" has no cause.
	// warning growth.reflection.stories_too_few (stories): The reflection has 1 growth story; write at least 3.
}
