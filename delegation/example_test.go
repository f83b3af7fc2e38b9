package delegation_test

import (
	"fmt"
	"time"

	"github.com/leadkit/leadkit/delegation"
)

func ExampleParseGoal() {
	now := time.Date(2025, time.March, 2, 9, 0, 0, 0, time.UTC)
	g := delegation.ParseGoal("Reduce open tech-debt tickets by 30% within 3 months; "+
		"post a weekly update on the wiki and review it in Monday check-ins", now)
	fmt.Println(g.Measure)
	fmt.Println(g.Target, g.Relative)
	fmt.Println(g.Deadline.Format(time.DateOnly))
	fmt.Println(g.Tracking)
	fmt.Println(g.CheckIn)
	// Output:
	// open tech-debt tickets
	// -30% true
	// 2025-06-02
	// post a weekly update on the wiki and review it in Monday check-ins
	// weekly on Monday
}

func ExampleCheckGoal() {
	now := time.Date(2025, time.August, 4, 9, 0, 0, 0, time.UTC)
	g := delegation.ParseGoal("Improve things by end of Q2, tracked on the wiki", now)
	for _, f := range delegation.CheckGoal(g, now) {
		fmt.Println(f)
	}
	// Output:
	// error smartt.specific (objective): The objective "Improve things" does not say what concrete result is expected ("things" names no particular result).
	// error smartt.measurable (measure): The measure "things" has no number, percentage, count, before→after change or deliverable.
	// warning smartt.achievable (target): Whether the goal is achievable cannot be judged: it has no target.
	// warning smartt.relevant (relevance): The goal does not say why it matters.
	// error smartt.time_bound (deadline): The deadline 2025-06-30 is already past (today is 2025-08-04).
	// error smartt.trackable (check_in): The tracking "tracked on the wiki" does not say how often progress is reviewed.
}

func ExampleGoalOptions_Check() {
	now := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)
	g := delegation.Goal{
		Objective: "Cut flaky tests in the payments suite",
		Baseline:  &delegation.Quantity{Value: 40, Unit: "tests"},
		Target:    &delegation.Quantity{Value: 10, Unit: "tests"},
		Relevance: "so that a red build means a real failure",
		Deadline:  time.Date(2025, time.March, 17, 0, 0, 0, 0, time.UTC),
		Tracking:  "flaky-test board",
		CheckIn:   delegation.Cadence{Period: delegation.Daily},
	}
	fmt.Println(delegation.CheckGoal(g, now))
	fmt.Println(delegation.GoalOptions{MaxChangePerMonth: 2}.Check(g, now))
	// Output:
	// [error smartt.achievable (target): The target 10 tests in 14 days is a change of 161% a month, more than the 100% that counts as realistic.]
	// []
}

func ExampleStyleFor() {
	fmt.Println(delegation.StyleFor(delegation.Low, delegation.High))
	fmt.Println(delegation.StyleFor(delegation.High, delegation.Low))
	// Output:
	// selling
	// participating
}

func ExampleAssess() {
	a, err := delegation.Assess(delegation.Readiness{Person: "Kofi", Task: "sprint planning", Competence: 3, Confidence: 4, Motivation: 9})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Style)
	fmt.Println(a.Reason)
	fmt.Println(a.Style.Describe().CheckIns)
	// Output:
	// selling
	// Kofi is eager but not yet able on "sprint planning" (competence 3/10, motivation 9/10; High from 7): coach: explain the why, train and build confidence.
	// at each milestone, every few days
}

func ExampleStyle_Describe() {
	d := delegation.Delegating.Describe()
	fmt.Println(d.Plain)
	fmt.Println(d.Decides)
	// Output:
	// hands-off
	// the person decides; the lead stays accountable
}

func ExampleAdjust() {
	day := func(d int) time.Time { return time.Date(2025, time.March, d, 0, 0, 0, 0, time.UTC) }
	adj, findings := delegation.Adjust(delegation.Delegation{
		Task: "release notes", Delegate: "Mei", Style: delegation.Telling,
		CheckIns: []delegation.CheckIn{
			{Date: day(4), Outcome: delegation.OnTrack, Confidence: 8},
			{Date: day(5), Outcome: delegation.OnTrack, Confidence: 9},
		},
	})
	fmt.Println(adj.From, "->", adj.To)
	fmt.Println(findings)
	// Output:
	// telling -> selling
	// [warning delegation.style.micromanaging (style): Mei has been on track and confident for 2 check-ins, yet the lead still directs every step (telling).]
}

func ExampleCandidates() {
	advice, findings := delegation.Candidates([]delegation.Task{
		{Name: "performance reviews", NeedsLead: true},
		{Name: "sprint demo", GrowthValue: true, Risk: delegation.LowRisk},
		{Name: "dependency bumps", Recurring: true, Risk: delegation.LowRisk},
	})
	for _, a := range advice {
		fmt.Println(a.Priority, a.Verdict, a.Task.Name, "-", a.Reasons[0])
	}
	fmt.Println(len(findings))
	// Output:
	// 1 delegate dependency bumps - recurring and low-risk: a good first task to start small with
	// 2 delegate sprint demo - someone on the team would grow from it
	// 0 keep performance reviews - needs your unique context or authority
	// 0
}

func ExampleRank() {
	ranked, findings := delegation.Rank(
		delegation.Task{Name: "sprint demo", Risk: delegation.LowRisk, Style: delegation.Communicator},
		[]delegation.Person{
			{Name: "Ana", KnowsTask: true, Interest: delegation.Interested, Load: delegation.Full},
			{Name: "Ben", Interest: delegation.Volunteered, Load: delegation.Normal, Style: delegation.Communicator},
		})
	for _, r := range ranked {
		fmt.Println(r.Person, r.Score, r.Reasons)
	}
	fmt.Println(findings)
	// Output:
	// Ben 6.5 [volunteered (+4) would learn it on low-risk work without urgency (+1.5) normal workload (+0) working style fits (communicator) (+1)]
	// Ana 0.75 [interested (+3) knows the task (low stakes: not a must) (+0.75) full workload: ask how it fits (-3)]
	// []
}

func ExampleSchedule() {
	start := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC) // a Monday
	for _, d := range delegation.Schedule(delegation.Delegation{
		Style: delegation.Selling, Start: start, Deadline: start.AddDate(0, 0, 11),
	}) {
		fmt.Println(d.Format("Mon Jan 2"))
	}
	// Output:
	// Thu Mar 6
	// Mon Mar 10
	// Thu Mar 13
	// Fri Mar 14
}

func ExampleCheckFollowUp() {
	start := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)
	d := delegation.Delegation{Task: "on-call handbook", Delegate: "Ravi", Style: delegation.Participating, Start: start}
	fmt.Println(delegation.CheckFollowUp(d, start.AddDate(0, 0, 10)))
	// Output:
	// [warning delegation.checkin.overdue (check_ins): It is 10 days since the handover on 2025-03-03; in participating style the lead checks in every 7 days.]
}

func ExampleReflect() {
	r, findings := delegation.Reflect(map[string]bool{
		"control.reviews_every_pr": true,
		"control.every_decision":   true,
		"credit.i_statements":      true,
	})
	fmt.Println(r.Fears)
	fmt.Println(r.Practices[0].Name)
	fmt.Println(findings[0].Code)
	// Output:
	// [losing_control losing_credit]
	// slow exposure
	// delegation.fear.micromanaging
}

func ExampleQuestions() {
	q := delegation.Questions()[0]
	fmt.Println(q.ID, q.Fear, q.Text)
	// Output: control.reviews_every_pr losing_control Do you review every pull request yourself?
}

func ExampleRemedies() {
	for _, p := range delegation.Remedies(delegation.QuickerMyself) {
		fmt.Println(p.Name)
	}
	// Output:
	// pairing handover
	// count the hidden cost
}

func ExampleCadence_Next() {
	c := delegation.Cadence{Period: delegation.Biweekly, Weekday: delegation.Friday}
	fmt.Println(c, c.Next(time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)).Format(time.DateOnly))
	// Output: biweekly on Friday 2025-03-07
}
