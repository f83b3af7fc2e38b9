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
	"io"
	"log"
	"os"
	"time"

	"github.com/leadkit/leadkit/feedback"
	"github.com/leadkit/leadkit/feedback/oneonone"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// run writes the walk-through to w.
func run(w io.Writer) error {
	p := &printer{w: w}
	// Rules take "now" as a value; a fixed date keeps the output the same
	// on every run.
	now := time.Date(2026, 3, 12, 16, 0, 0, 0, time.UTC)

	// 1. A first draft, written in a hurry after a tense planning meeting.
	draft := "Recently you were rude and you always interrupt people on purpose. It wasn't great."
	sbi, _ := feedback.ParseSBI(draft)
	p.section("A first draft")
	p.printf("%q\n\n", draft)
	show(p, feedback.CheckSBI(sbi))

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
	p.section("The rewrite, checked against the principles of good feedback")
	show(p, feedback.Check(rewrite, now))

	// 3. Asking for feedback on the lead's own skills, with the scaling
	// question.
	req, err := feedback.NewRequest("lea", "giving feedback", "delegating", "running retros")
	if err != nil {
		return err
	}
	req.AnnouncedAt, req.SessionAt = now.AddDate(0, 0, -7), now
	req.Askees = []feedback.Askee{{Name: "sam", Group: feedback.TeamMember}, {Name: "priya", Group: feedback.Stakeholder}}
	p.section("Asking for feedback")
	for _, q := range req.Questions() {
		p.printf("%s\n", q.Text)
	}
	show(p, feedback.CheckRequest(req))
	analysis, findings := feedback.Analyze(req, []feedback.Answer{
		{Topic: "giving feedback", Score: 8}, {Topic: "giving feedback", Score: 7},
		{Topic: "delegating", Score: 5}, {Topic: "delegating", Score: 4},
		{Topic: "running retros", Score: 10},
	}, feedback.AnalyzeOptions{Lowest: 1})
	for _, t := range analysis.Topics {
		p.printf("  %-16s mean %.1f from %s\n", t.Topic, t.Mean, answers(t.N))
	}
	p.printf("  work on first: %s\n", analysis.Lowest[0])
	p.printf("  ask: %s\n", analysis.FollowUps[0].Question)
	show(p, findings)

	// 4. An anonymous form: small groups are withheld, names are scrubbed.
	p.section("An anonymous form")
	report, findings := feedback.AggregateAnonymous([]feedback.AnonymousAnswer{
		{Topic: "What should Lea start doing?", Text: "Share the roadmap before Sam hears it from sales"},
		{Topic: "What should Lea start doing?", Text: "Summarize decisions at the end of meetings"},
		{Topic: "What should Lea start doing?", Text: "More pairing"},
		{Topic: "What should Lea stop doing?", Text: "Answering for Ana in standups"},
	}, feedback.AnonymityOptions{Team: []string{"Lea Martin", "Sam Okafor", "Ana Lima", "Priya Shah", "Zoë Brandt"}})
	for _, t := range report.Topics {
		p.printf("  %s (%s)\n", t.Topic, answers(t.N))
		for _, text := range t.Texts {
			p.printf("    - %s\n", text)
		}
	}
	show(p, findings)

	// 5. The next one-on-one with Sam.
	p.section("Preparing the next one-on-one")
	series, err := oneonone.NewSeries("lea", "sam", oneonone.Biweekly, time.Date(2026, 2, 16, 11, 0, 0, 0, time.UTC))
	if err != nil {
		return err
	}
	series.Managers = []string{"mia"}
	_, _ = series.Raise(oneonone.Member, "Promotion timeline", time.Date(2026, 2, 27, 9, 0, 0, 0, time.UTC))
	rota, _ := series.Raise(oneonone.Member, "On-call rota", time.Date(2026, 2, 27, 9, 5, 0, 0, time.UTC))
	_, _ = series.Hold(time.Date(2026, 3, 2, 11, 0, 0, 0, time.UTC), "Swapped two on-call weeks with Ana.", rota.ID)
	_, _ = series.AddAction(oneonone.Lead, "Ask HR about the promotion calendar", time.Date(2026, 3, 6, 17, 0, 0, 0, time.UTC))
	_, _ = series.Raise(oneonone.Lead, "Feedback from Tuesday's planning", now)
	_, _ = series.Raise(oneonone.Member, "Conference budget", now)
	note := oneonone.PrivateNote{Series: series.ID, Author: "lea", At: now, Text: "Sam seemed tired; ask about the move."}
	p.printf("next meeting: %s\n", series.Next(now).Format("Monday 2 January 15:04"))
	for _, e := range series.Agenda(now) {
		p.printf("  %-14s %-6s %s\n", e.Kind, e.Party, e.Text)
	}
	show(p, oneonone.Check(series, now))
	for _, who := range []string{"lea", "sam", "mia"} {
		v := oneonone.ViewFor(who, series, []oneonone.PrivateNote{note})
		p.printf("  %s sees the shared notes: %v, private notes: %d\n", who, v.Series != nil, len(v.Private))
	}
	d := oneonone.Decide(oneonone.Problem{Kind: oneonone.Technical, Need: oneonone.WantsHelp, Expert: "priya"})
	p.printf("  Sam is stuck on the billing migration: %s to %s — %q\n", d.Approach, d.To, d.Ask)
	return p.err
}

// printer writes formatted text and keeps the first error, so that the
// walk-through checks for a failed write once.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) section(title string) { p.printf("\n== %s ==\n", title) }

func show[T fmt.Stringer](p *printer, items []T) {
	if len(items) == 0 {
		p.printf("  no findings\n")
	}
	for _, it := range items {
		p.printf("  %s\n", it)
	}
}

func answers(n int) string {
	if n == 1 {
		return "1 answer"
	}
	return fmt.Sprintf("%d answers", n)
}
