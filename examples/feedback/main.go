// Command feedback walks through a tech lead's feedback week with leadkit:
// checking a draft of constructive feedback, rewriting it until it is clean,
// asking the team for feedback on a 1–10 scale, reading an anonymous form,
// and preparing the next one-on-one.
//
// Run it with:
//
//	go run ./examples/feedback
package main

import (
	"fmt"
	"time"

	"github.com/leadkit/leadkit/feedback"
	"github.com/leadkit/leadkit/feedback/oneonone"
)

func main() {
	// Rules take "now" as a value; a fixed date keeps the output the same
	// on every run.
	now := time.Date(2026, 3, 12, 16, 0, 0, 0, time.UTC)

	// 1. A first draft, written in a hurry after a tense planning meeting.
	draft := "Recently you were rude and you always interrupt people on purpose. It wasn't great."
	sbi, _ := feedback.ParseSBI(draft)
	section("A first draft")
	fmt.Printf("%q\n\n", draft)
	show(feedback.CheckSBI(sbi))

	// 2. The rewrite: one occasion, what a camera would have recorded, and
	// the effect it had.
	rewrite := feedback.Feedback{
		Kind:     feedback.Constructive,
		Giver:    "lea",
		Receiver: "sam",
		SBI: feedback.SBI{
			Situation: "In Tuesday's sprint planning",
			Behavior:  `you cut off Ana twice while she was walking through her estimate and said "let's move on"`,
			Impact:    "I felt uneasy, and Ana stopped sharing estimates for the rest of the meeting",
		},
		NextStep:   "Ask what would help you let people finish; try it in next week's planning.",
		ObservedAt: time.Date(2026, 3, 10, 10, 30, 0, 0, time.UTC),
		Delivered:  now,
		Channel:    feedback.Private,
		FollowUpAt: time.Date(2026, 3, 24, 10, 0, 0, 0, time.UTC),
	}
	section("The rewrite, checked against the principles of good feedback")
	show(feedback.Check(rewrite, now))

	// 3. Asking for feedback on the lead's own skills, with the scaling
	// question.
	req, err := feedback.NewRequest("lea", "giving feedback", "delegating", "running retros")
	if err != nil {
		panic(err)
	}
	req.AnnouncedAt, req.SessionAt = now.AddDate(0, 0, -7), now
	req.Askees = []feedback.Askee{{Name: "sam", Group: feedback.TeamMember}, {Name: "priya", Group: feedback.Stakeholder}}
	section("Asking for feedback")
	for _, q := range req.Questions() {
		fmt.Println(q.Text)
	}
	show(feedback.CheckRequest(req))
	analysis, findings := feedback.Analyze(req, []feedback.Answer{
		{Topic: "giving feedback", Score: 8}, {Topic: "giving feedback", Score: 7},
		{Topic: "delegating", Score: 5}, {Topic: "delegating", Score: 4},
		{Topic: "running retros", Score: 10},
	}, feedback.AnalyzeOptions{Lowest: 1})
	for _, t := range analysis.Topics {
		fmt.Printf("  %-16s mean %.1f from %d answers\n", t.Topic, t.Mean, t.N)
	}
	fmt.Println("  work on first:", analysis.Lowest[0])
	fmt.Println("  ask:", analysis.FollowUps[0].Question)
	show(findings)

	// 4. An anonymous form: small groups are withheld, names are scrubbed.
	section("An anonymous form")
	report, findings := feedback.AggregateAnonymous([]feedback.AnonymousAnswer{
		{Topic: "What should Lea start doing?", Text: "Share the roadmap before Sam hears it from sales"},
		{Topic: "What should Lea start doing?", Text: "Summarize decisions at the end of meetings"},
		{Topic: "What should Lea start doing?", Text: "More pairing"},
		{Topic: "What should Lea stop doing?", Text: "Answering for Ana in standups"},
	}, feedback.AnonymityOptions{Team: []string{"Lea Martin", "Sam Okafor", "Ana Lima", "Priya Shah", "Zoë Brandt"}})
	for _, t := range report.Topics {
		fmt.Printf("  %s (%d answers)\n", t.Topic, t.N)
		for _, text := range t.Texts {
			fmt.Printf("    - %s\n", text)
		}
	}
	show(findings)

	// 5. The next one-on-one with Sam.
	section("Preparing the next one-on-one")
	series, err := oneonone.NewSeries("lea", "sam", oneonone.Biweekly, time.Date(2026, 2, 16, 11, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	series.Managers = []string{"mia"}
	_, _ = series.Raise(oneonone.Member, "Promotion timeline", time.Date(2026, 2, 27, 9, 0, 0, 0, time.UTC))
	rota, _ := series.Raise(oneonone.Member, "On-call rota", time.Date(2026, 2, 27, 9, 5, 0, 0, time.UTC))
	_, _ = series.Hold(time.Date(2026, 3, 2, 11, 0, 0, 0, time.UTC), "Swapped two on-call weeks with Ana.", rota.ID)
	_, _ = series.AddAction(oneonone.Lead, "Ask HR about the promotion calendar", time.Date(2026, 3, 6, 17, 0, 0, 0, time.UTC))
	_, _ = series.Raise(oneonone.Lead, "Feedback from Tuesday's planning", now)
	_, _ = series.Raise(oneonone.Member, "Conference budget", now)
	note := oneonone.PrivateNote{Series: series.ID, Author: "lea", At: now, Text: "Sam seemed tired; ask about the move."}
	fmt.Println("next meeting:", series.Next(now).Format("Monday 2 January 15:04"))
	for _, e := range series.Agenda(now) {
		fmt.Printf("  %-14s %-6s %s\n", e.Kind, e.Party, e.Text)
	}
	show(oneonone.Check(series, now))
	for _, who := range []string{"lea", "sam", "mia"} {
		v := oneonone.ViewFor(who, series, []oneonone.PrivateNote{note})
		fmt.Printf("  %s sees the shared notes: %v, private notes: %d\n", who, v.Series != nil, len(v.Private))
	}
	d := oneonone.Decide(oneonone.Problem{Kind: oneonone.Technical, Need: oneonone.WantsHelp, Expert: "priya"})
	fmt.Printf("  Sam is stuck on the billing migration: %s to %s — %q\n", d.Approach, d.To, d.Ask)
}

func section(title string) { fmt.Printf("\n== %s ==\n", title) }

func show[T fmt.Stringer](items []T) {
	if len(items) == 0 {
		fmt.Println("  no findings")
	}
	for _, it := range items {
		fmt.Println("  " + it.String())
	}
}
