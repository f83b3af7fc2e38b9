// Growth walks a new tech lead, Priya, from her first 1–10 ratings to a
// growth plan and through its first month of tracking:
//
//  1. Priya rates herself; four colleagues rate her on the same skills.
//
//  2. growth.Compare sets the ratings side by side and finds her blind spots.
//
//  3. The focus skills become the steps of a five-part growth plan, which
//     growth.CheckPlan checks (its goal through delegation's SMARTT check).
//
//  4. A tracker follows the plan's steps; each Friday she notes progress and
//     reviews it, and one step that stalls shows up in the review.
//
//     go run ./examples/growth
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"

	"github.com/leadkit/leadkit/delegation"
	"github.com/leadkit/leadkit/growth"
)

// ratings is what a ratings form would export: one row per rating. Priya's
// own rows are the self-assessment; a blank score means "cannot judge".
const ratings = `rater,subject,date,skill,score,comment
Priya,Priya,2026-03-02,design,9,I drove the event-sourcing design
Priya,Priya,2026-03-02,giving_feedback,7,
Priya,Priya,2026-03-02,delegating,6,I still take the hard tickets myself
Priya,Priya,2026-03-02,stakeholder_relationships,4,I rarely talk to product outside planning
Priya,Priya,2026-03-02,mentoring_coaching,5,
Marco,Priya,2026-03-05,design,6,"Solid, but the team was not in the room for the big calls"
Marco,Priya,2026-03-05,giving_feedback,4,Feedback mostly arrives in code review
Marco,Priya,2026-03-05,delegating,3,
Marco,Priya,2026-03-05,stakeholder_relationships,7,Product trusts her numbers
Marco,Priya,2026-03-05,mentoring_coaching,8,
Lena,Priya,2026-03-06,design,7,
Lena,Priya,2026-03-06,giving_feedback,5,
Lena,Priya,2026-03-06,delegating,4,Picks up every incident herself
Lena,Priya,2026-03-06,stakeholder_relationships,6,
Lena,Priya,2026-03-06,mentoring_coaching,7,Our pairing sessions helped me a lot
Tomás,Priya,2026-03-09,design,6,
Tomás,Priya,2026-03-09,giving_feedback,5,
Tomás,Priya,2026-03-09,delegating,4,
Tomás,Priya,2026-03-09,stakeholder_relationships,8,
Tomás,Priya,2026-03-09,mentoring_coaching,,
Dana,Priya,2026-03-10,design,7,
Dana,Priya,2026-03-10,giving_feedback,4,I want to hear her feedback in one-on-ones too
Dana,Priya,2026-03-10,delegating,3,
Dana,Priya,2026-03-10,stakeholder_relationships,7,
Dana,Priya,2026-03-10,mentoring_coaching,6,
`

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	// Domain functions never read the clock. The story starts on Monday 16
	// March 2026; a real program passes time.Now().
	start := time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)

	// 1–2. Compare the self-assessment with what others see. Her manager
	// says delegating and giving feedback matter most in the role.
	as, err := growth.ReadAssessmentsCSV(strings.NewReader(ratings))
	if err != nil {
		return err
	}
	round, err := growth.Split("Priya", as)
	if err != nil {
		return err
	}
	report := growth.Compare(round.Self, round.Others, growth.Options{KeySkills: []string{"delegating", "giving_feedback"}})
	fmt.Fprintln(w, "== 1. Ratings")
	if err := report.WriteText(w); err != nil {
		return err
	}

	// 3. A growth plan: one step per focus skill, plus the one surprise she
	// can build on (others see her stakeholder work as a strength).
	plan := growth.Plan{
		Goal: delegation.Goal{
			Objective: "Hand over incident handling and give feedback in every one-on-one",
			Measure:   "engineers other than me on the incident rota",
			Baseline:  &delegation.Quantity{Value: 1, Unit: "engineers"},
			Target:    &delegation.Quantity{Value: 3, Unit: "engineers"},
			Tracking:  "progress tracker reviewed with Dana in our one-on-ones",
			CheckIn:   delegation.Cadence{Period: delegation.Biweekly},
		},
		Why:      growth.Influence,
		Timeline: growth.Timeline{Start: start, End: start.AddDate(0, 3, 0)},
		Support: []growth.Supporter{
			{Name: "Dana", Role: growth.Manager, Ask: "biweekly check-in on the plan"},
			{Name: "Ana", Role: growth.Mentor, Ask: "how she delegates incidents in her team"},
		},
		Opportunities: []growth.Opportunity{
			{Kind: growth.OnTheJob, Description: "Let Lena run the next incident review"},
			{Kind: growth.Formal, Description: "Feedback workshop from the learning budget"},
		},
	}
	due := map[string]time.Time{"delegating": start.AddDate(0, 0, 18), "giving_feedback": start.AddDate(0, 0, 39)}
	for _, f := range report.Focus {
		row, _ := report.Row(f.Skill)
		plan.Steps = append(plan.Steps, growth.Step{Title: "Grow " + strings.ToLower(row.Skill.Name), Skill: f.Skill, Due: due[f.Skill], DependsOn: []string{"Ana"}})
	}
	plan.Steps = append(plan.Steps, growth.Step{Title: "Present the roadmap to product with Dana", Skill: "stakeholder_relationships",
		Due: start.AddDate(0, 0, 25), DependsOn: []string{"Dana"}})

	fmt.Fprintln(w, "\n== 2. Growth plan")
	fmt.Fprintln(w, "Goal:", plan.Goal.Objective)
	for _, s := range plan.Steps {
		fmt.Fprintf(w, "  - %s (due %s)\n", s.Title, s.Due.Format(time.DateOnly))
	}
	findings := growth.CheckPlan(plan, start)
	if len(findings) == 0 {
		fmt.Fprintln(w, "CheckPlan: no findings")
	}
	for _, f := range findings {
		fmt.Fprintln(w, "CheckPlan:", f)
	}

	// 4. A month of tracking: entries each Friday, and a review after each.
	tracker := growth.NewTracker(plan)
	note := func(skill string, day int, status growth.Status, text string) {
		for i, s := range plan.Steps {
			if s.Skill == skill {
				tracker.Steps[i].Entries = append(tracker.Steps[i].Entries,
					growth.Entry{Date: start.AddDate(0, 0, day), Status: status, Note: text})
			}
		}
	}
	fmt.Fprintln(w, "\n== 3. A month of tracking")
	for week := 1; week <= 4; week++ {
		friday := start.AddDate(0, 0, 7*week-3)
		switch week {
		case 1:
			note("delegating", 4, growth.InProgress, "Lena took the Tuesday incident; I stayed out of the channel")
			note("giving_feedback", 3, growth.InProgress, "Gave Tomás one piece of SBI feedback on his design doc")
			note("stakeholder_relationships", 4, growth.InProgress, "Drafted the roadmap slides")
		case 2:
			note("delegating", 9, growth.InProgress, "Marco joined the incident rota")
			note("stakeholder_relationships", 11, growth.Blocked, "Product review moved; waiting for a new slot")
		case 3:
			note("delegating", 17, growth.Done, "Two engineers on the rota; I am the backup only")
			note("stakeholder_relationships", 18, growth.Done, "Presented with Dana; product asked for a monthly slot")
		}
		review := tracker.Review(friday)
		fmt.Fprintf(w, "Week %d (%s):\n", week, friday.Format("Mon 2 Jan"))
		for _, s := range review.Steps {
			fmt.Fprintf(w, "  %-9s %s", s.State, s.Step)
			if s.Note != "" {
				fmt.Fprintf(w, " — %s", s.Note)
			}
			fmt.Fprintln(w)
		}
		for _, f := range review.Findings {
			fmt.Fprintln(w, "  !", f.Message)
		}
		if review.Adjust {
			fmt.Fprintln(w, "  →", review.Suggestion)
		}
	}
	return nil
}
