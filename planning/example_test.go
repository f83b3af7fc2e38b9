package planning_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit/planning"
)

func ExampleClassify() {
	q := planning.Classify(planning.Task{Title: "Production outage", Important: true, Urgent: true})
	fmt.Println(q.Label(), q, "-", q.Action())
	// Output: Q1 do - Do it yourself now.
}

func ExampleTriage() {
	m := planning.Triage([]planning.Task{
		{Title: "Incident follow-up", Important: true, Urgent: true},
		{Title: "Q3 roadmap", Important: true},
		{Title: "Set up the demo environment", Urgent: true},
		{Title: "Colour-code my inbox"},
	})
	for _, q := range planning.Quadrants() {
		for _, t := range m.Tasks(q) {
			fmt.Printf("%s %-9s %s\n", q.Label(), q, t.Title)
		}
	}
	// Output:
	// Q1 do        Incident follow-up
	// Q2 schedule  Q3 roadmap
	// Q3 delegate  Set up the demo environment
	// Q4 eliminate Colour-code my inbox
}

func ExampleMatrix_Diagnose() {
	m := planning.Triage([]planning.Task{
		{Title: "Hotfix", Important: true, Urgent: true, Estimate: time.Hour},
		{Title: "Customer escalation", Important: true, Urgent: true, Estimate: 2 * time.Hour},
		{Title: "Release", Important: true, Urgent: true, Estimate: time.Hour},
		{Title: "Hiring plan", Important: true, Estimate: time.Hour},
	})
	for _, f := range m.Diagnose(planning.DiagnoseOptions{}) {
		fmt.Println(f.Code)
	}
	// Output:
	// eisenhower.only_top_quadrants
	// eisenhower.firefighting
}

func ExamplePlanWeek() {
	monday := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	plan := planning.PlanWeek([]planning.Task{
		{Title: "Architecture review", Important: true, Urgent: true, Estimate: 4 * time.Hour},
		{Title: "Mentoring plan", Important: true, Estimate: 2 * time.Hour},
		{Title: "Vendor survey", Urgent: true, Estimate: time.Hour},
	}, planning.Capacity{}, monday)

	for _, b := range plan.Blocks {
		fmt.Println(b.Start.Format("Mon 15:04"), "-", b.End.Format("15:04"), b.Title)
	}
	fmt.Println("free:", plan.Free(), "buffer:", plan.Buffer)
	for _, f := range plan.Findings {
		fmt.Println(f.Code, "-", f.Message)
	}
	// Output:
	// Mon 09:00 - 12:00 Architecture review
	// Mon 13:00 - 14:00 Architecture review
	// Mon 14:00 - 15:36 Mentoring plan
	// Tue 09:00 - 09:24 Mentoring plan
	// free: 22h0m0s buffer: 7h0m0s
	// weekplan.delegate - "Vendor survey" is urgent but not important: delegate it instead of planning it.
}

func ExampleEvaluate() {
	monday := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	plan := planning.PlanWeek([]planning.Task{
		{Title: "Migration", Important: true, Urgent: true, Estimate: 20 * time.Hour},
		{Title: "Tech radar", Important: true, Estimate: 6 * time.Hour},
	}, planning.Capacity{}, monday)

	e := planning.Evaluate(plan, planning.Task{Title: "Security audit", Important: true, Urgent: true, Estimate: 5 * time.Hour})
	fmt.Println(e.Verdict)
	fmt.Println(e.Answer)
	// Output:
	// trade
	// Let me think about "Security audit": to fit it, "Tech radar" would have to move. Can we agree on that trade?
}

func ExampleReviewWeek() {
	monday := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	tasks := []planning.Task{
		{ID: uuid.New(), Title: "Roadmap", Important: true, Estimate: 3 * time.Hour},
		{ID: uuid.New(), Title: "1:1 prep", Important: true, Estimate: time.Hour},
	}
	plan := planning.PlanWeek(tasks, planning.Capacity{}, monday)
	review := planning.ReviewWeek(plan, []uuid.UUID{tasks[0].ID}, planning.ReviewOptions{})
	fmt.Printf("%.0f%% done\n", review.Ratio*100)
	fmt.Println(review.Findings[0].Message)
	// Output:
	// 50% done
	// 1 of 2 planned tasks (50%) got done: about half is a solid start.
}

func ExampleRespond() {
	r := planning.Respond(planning.Problem{Kind: planning.TaskCompletion, Asked: true})
	fmt.Println(r.Owner, r.Approach)
	fmt.Println(r.NextStep)
	// Output:
	// theirs coach
	// Ask what makes it hard and how they might approach it; support them rather than take it over.
}

func ExampleReadTasksCSV() {
	in := "title,important,urgent,estimate\nFix flaky CI,yes,yes,90m\nTidy the wiki,no,no,\n"
	tasks, err := planning.ReadTasksCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range tasks {
		fmt.Println(planning.Classify(t), t.Title, t.Estimate)
	}
	_, err = planning.ReadTasksCSV(strings.NewReader("title,urgent\nShip it,soon\n"))
	fmt.Println(err)
	// Output:
	// do Fix flaky CI 1h30m0s
	// eliminate Tidy the wiki 0s
	// 2:9: urgent: "soon" is not yes or no
}
