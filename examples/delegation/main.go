// Delegation follows a tech lead through one week of delegating three
// tasks: the Monday audit of what to hand over, choosing whom and in which
// style, writing each expectation as a SMARTT goal, the check-ins of the
// week, and a Friday reflection on what still makes delegating hard.
//
//	go run ./examples/delegation
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/delegation"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// handover is one task on its way to a person.
type handover struct {
	readiness delegation.Readiness
	goal      string // the expectation, as the lead writes it in the handover note
}

func run(w io.Writer) error {
	// Domain functions never read the clock; the program says what "now" is.
	// A fixed Monday keeps the output the same on every run.
	monday := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)
	day := func(n int) time.Time { return monday.AddDate(0, 0, n) }

	// Monday morning: last week's task audit.
	audit := []delegation.Task{
		{Name: "performance reviews", NeedsLead: true},
		{Name: "weekly dependency bumps", Recurring: true, Risk: delegation.LowRisk, OnlyLeadKnows: true, Skill: "ci", Style: delegation.DeepTechnical},
		{Name: "sprint demo", GrowthValue: true, Risk: delegation.LowRisk, Skill: "presenting", Style: delegation.Communicator},
		{Name: "tech-debt initiative", Outgrown: true, GrowthValue: true, HighImpact: true, Risk: delegation.MediumRisk, Skill: "planning", Style: delegation.Mixed},
		{Name: "org-wide cloud migration strategy", NeedsLead: true, HighImpact: true},
	}
	section(w, "Monday: what to delegate")
	advice, findings := delegation.Candidates(audit)
	for _, a := range advice {
		fmt.Fprintf(w, "  %-8s %-34s %s\n", a.Verdict, a.Task.Name, a.Reasons[0])
	}
	printFindings(w, findings)

	team := []delegation.Person{
		{Name: "Priya", KnowsTask: false, Interest: delegation.Interested, Load: delegation.Normal, Style: delegation.DeepTechnical, GrowthGoals: []string{"ci"}},
		{Name: "Tomás", Interest: delegation.Volunteered, Load: delegation.Light, Style: delegation.Communicator, GrowthGoals: []string{"presenting"}},
		{Name: "Amara", KnowsTask: true, Interest: delegation.Interested, Load: delegation.Full, Style: delegation.Mixed, RecentDelegations: 3},
		{Name: "Jonas", KnowsTask: true, Interest: delegation.Interested, Load: delegation.Normal, Style: delegation.Mixed, GrowthGoals: []string{"planning"}},
		{Name: "Lena (lead)", Lead: true, KnowsTask: true},
	}
	handovers := map[string]handover{
		"weekly dependency bumps": {
			readiness: delegation.Readiness{Competence: 3, Confidence: 4, Motivation: 4},
			goal: "Own the weekly dependency bumps: get open Dependabot PRs from 35 to under 5 within four weeks, " +
				"so no bump lingers into a release; post the count in #deps every Friday.",
		},
		"sprint demo": {
			readiness: delegation.Readiness{Competence: 3, Confidence: 5, Motivation: 9},
			goal:      "Present the sprint demo.",
		},
		"tech-debt initiative": {
			readiness: delegation.Readiness{Competence: 8, Confidence: 6, Motivation: 9},
			goal: "Reduce open tech-debt tickets by 30% within 3 months, to keep the product stable and onboarding short; " +
				"post a weekly update on the wiki and review it in Monday check-ins.",
		},
	}

	section(w, "Monday: whom, in which style, with which goal")
	var delegations []delegation.Delegation
	for _, a := range advice {
		h, ok := handovers[a.Task.Name]
		if !ok || a.Verdict != delegation.Delegate {
			continue
		}
		ranked, rankFindings := delegation.Rank(a.Task, team)
		pick := ranked[0]
		fmt.Fprintf(w, "%s → %s (score %g: %s)\n", a.Task.Name, pick.Person, pick.Score, strings.Join(pick.Reasons, "; "))
		printFindings(w, rankFindings)

		h.readiness.Person, h.readiness.Task = pick.Person, a.Task.Name
		assessment, err := delegation.Assess(h.readiness)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  style: %s\n", assessment.Reason)

		g := delegation.ParseGoal(h.goal, monday)
		goalFindings := delegation.CheckGoal(g, monday)
		if goalFindings.Err() != nil {
			// Unclear expectations are the usual reason for "next time I'll
			// do it myself": rewrite the goal before handing over.
			fmt.Fprintf(w, "  goal %q is not SMARTT yet:\n", h.goal)
			printFindings(w, goalFindings.Errors())
			h.goal = "Present the sprint demo on Friday the 14th: a 5-minute live demo of the two finished stories " +
				"and 3 minutes of questions, so the stakeholders see progress; we do a 15-minute dry run together every other day."
			g = delegation.ParseGoal(h.goal, monday)
			goalFindings = delegation.CheckGoal(g, monday)
			fmt.Fprintf(w, "  rewritten: %q\n", h.goal)
		}
		fmt.Fprintf(w, "  goal: target %s, due %s, check-ins %s; %d finding(s)\n",
			quantity(g.Target), g.Deadline.Format(time.DateOnly), g.CheckIn, len(goalFindings))
		printFindings(w, goalFindings)

		d := delegation.Delegation{Task: a.Task.Name, Delegate: pick.Person, Style: assessment.Style, Start: monday, Deadline: g.Deadline}
		plan := delegation.Schedule(d)
		fmt.Fprintf(w, "  first check-ins: %s\n", dates(plan, 4))
		delegations = append(delegations, d)
	}

	// Tuesday to Thursday: the check-ins that happened.
	checkIns := map[string][]delegation.CheckIn{
		"weekly dependency bumps": {
			{Date: day(1), Outcome: delegation.NeededHelp, Confidence: 4, Note: "paired on the first two bumps"},
			{Date: day(2), Outcome: delegation.OnTrack, Confidence: 7, Note: "merged five on their own"},
			{Date: day(3), Outcome: delegation.OnTrack, Confidence: 8, Note: "wrote the runbook"},
		},
		"sprint demo": {
			{Date: day(2), Outcome: delegation.OnTrack, Confidence: 6, Note: "first dry run: too long, cut to two stories"},
		},
		// the tech-debt initiative had no check-in this week
	}
	section(w, "Friday: adjusting the styles")
	for i := range delegations {
		d := &delegations[i]
		d.CheckIns = checkIns[d.Task]
		adj, adjFindings := delegation.Adjust(*d)
		fmt.Fprintf(w, "%s (%s): %s\n", d.Task, d.Delegate, adj.Reason)
		printFindings(w, adjFindings)
		d.Style = adj.To
	}

	// The next Wednesday, before the lead's own check-ins: is the feedback
	// loop intact?
	section(w, "Next Wednesday: the feedback loop")
	for _, d := range delegations {
		fs := delegation.CheckFollowUp(d, day(9))
		status := "on schedule"
		if len(fs) > 0 {
			status = "check in today"
		}
		fmt.Fprintf(w, "%s (%s, %s): %s\n", d.Task, d.Delegate, d.Style, status)
		printFindings(w, fs)
	}

	section(w, "Friday: what still makes delegating hard")
	reflection, reflectFindings := delegation.Reflect(map[string]bool{
		"control.reviews_every_pr":   true,
		"control.every_decision":     true,
		"control.every_conversation": false,
		"quicker.fix_it_myself":      true,
		"credit.i_statements":        false,
	})
	printFindings(w, reflectFindings)
	for _, p := range reflection.Practices {
		fmt.Fprintf(w, "  try %s: %s\n", p.Name, p.How)
	}
	return nil
}

func section(w io.Writer, title string) { fmt.Fprintf(w, "\n== %s ==\n", title) }

func printFindings(w io.Writer, fs leadkit.Findings) {
	for _, f := range fs {
		fmt.Fprintf(w, "  ! %s\n", f)
	}
}

func quantity(q *delegation.Quantity) string {
	if q == nil {
		return "none"
	}
	return q.String()
}

func dates(ts []time.Time, n int) string {
	var parts []string
	for i, t := range ts {
		if i == n {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, t.Format("Mon 2 Jan"))
	}
	return strings.Join(parts, ", ")
}
