package feedback_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/leadkit/leadkit/feedback"
)

func ExampleCheckSBI() {
	findings := feedback.CheckSBI(feedback.SBI{
		Situation: "Recently",
		Behavior:  "You weren't rude, but you were dismissive and you always interrupt.",
		Impact:    "It wasn't great.",
	})
	for _, f := range findings {
		fmt.Println(f)
	}
	fmt.Println(findings.Has("sbi.behavior.judgement"), findings.Err() != nil)
	// Output:
	// warning sbi.situation.vague (situation): Situation has no anchor in time or place: "Recently" could be any day.
	// error sbi.behavior.judgement (behavior): Behavior judges the person with "dismissive" instead of describing what they did.
	// error sbi.behavior.generalization (behavior): Behavior generalizes with "always" instead of describing one occasion.
	// warning sbi.impact.vague (impact): Impact "It wasn't great." names no concrete effect on people, work or outcomes.
	// true true
}

func ExampleNewChecker() {
	checker, err := feedback.NewChecker(feedback.Options{
		Extra: feedback.Lexicon{Labels: []string{"cowboy"}, Events: []string{"mob session"}},
	})
	if err != nil {
		panic(err)
	}
	findings := checker.CheckSBI(feedback.SBI{
		Situation: "In a mob session with the payments team",
		Behavior:  "you were a bit of a cowboy with the migration",
		Impact:    "We had to roll back twice.",
	})
	for _, f := range findings {
		fmt.Println(f.Code, "-", f.Message)
	}
	// Output:
	// sbi.behavior.judgement - Behavior judges the person with "cowboy" instead of describing what they did.
	// sbi.behavior.hedged - Behavior is softened with "a bit", which blurs the message.
}

func ExampleParseSBI() {
	sbi, findings := feedback.ParseSBI("In Tuesday's standup, you interrupted Ana three times. As a result, she stopped sharing updates.")
	fmt.Printf("situation: %s\nbehavior:  %s\nimpact:    %s\n", sbi.Situation, sbi.Behavior, sbi.Impact)
	fmt.Println(len(findings), len(feedback.CheckSBI(sbi)))
	// Output:
	// situation: In Tuesday's standup
	// behavior:  you interrupted Ana three times.
	// impact:    As a result, she stopped sharing updates.
	// 0 0
}

func ExampleCheck() {
	now := time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC)
	findings := feedback.Check(feedback.Feedback{
		Kind: feedback.Constructive,
		SBI: feedback.SBI{
			Situation: "In the design review on 9 March",
			Behavior:  "you rejected Kofi's proposal without asking any questions about it",
			Impact:    "Kofi didn't propose anything in the next two design reviews",
		},
		ObservedAt: time.Date(2026, 3, 9, 14, 0, 0, 0, time.UTC),
	}, now)
	for _, f := range findings {
		fmt.Println(f.Code)
	}
	// Output:
	// feedback.timely.late
	// feedback.actionable.missing
	// feedback.continuous.follow_up_missing
}

func ExampleBalance() {
	log := []feedback.Feedback{
		{Kind: feedback.Constructive, Giver: "lead", Receiver: "sam"},
		{Kind: feedback.Constructive, Giver: "lead", Receiver: "sam"},
		{Kind: feedback.Constructive, Giver: "lead", Receiver: "sam"},
		{Kind: feedback.Constructive, Giver: "lead", Receiver: "ana"},
	}
	for _, f := range feedback.Balance(log, "lead", feedback.BalanceOptions{Team: []string{"sam", "ana", "zoë"}}) {
		fmt.Println(f.Message)
	}
	// Output:
	// All 4 items from "lead" are constructive.
	// "zoë" received no feedback from "lead" while others received up to 3.
}

func ExampleAnalyze() {
	req, err := feedback.NewRequest("lead", "giving feedback", "delegating")
	if err != nil {
		panic(err)
	}
	fmt.Println(req.Questions()[0].Text)
	analysis, _ := feedback.Analyze(req, []feedback.Answer{
		{Topic: "giving feedback", Score: 8}, {Topic: "giving feedback", Score: 10},
		{Topic: "delegating", Score: 5}, {Topic: "delegating", Score: 6},
	}, feedback.AnalyzeOptions{})
	for _, t := range analysis.Topics {
		fmt.Printf("%s: mean %.1f over %d answers\n", t.Topic, t.Mean, t.N)
	}
	fmt.Println("lowest:", analysis.Lowest[0])
	fmt.Println(analysis.FollowUps[0].Question)
	// Output:
	// On a scale from 1 to 10, how would you rate my giving feedback?
	// giving feedback: mean 9.0 over 2 answers
	// delegating: mean 5.5 over 2 answers
	// lowest: delegating
	// You rated my delegating 5. What would I need to work on to make it a 10?
}

func ExampleScaleFollowUp() {
	for _, score := range []int{10, 7} {
		q, _ := feedback.ScaleFollowUp(score)
		fmt.Println(score, q)
	}
	// Output:
	// 10 What am I doing that makes it a 10?
	// 7 What would I need to work on to make it a 10?
}

func ExampleCheckRequest() {
	for _, f := range feedback.CheckRequest(feedback.Request{Topics: []string{"anything"}}) {
		fmt.Println(f.Code)
	}
	// Output:
	// feedback.request.topic_vague
	// feedback.request.surprise
}

func ExampleAggregateAnonymous() {
	report, findings := feedback.AggregateAnonymous([]feedback.AnonymousAnswer{
		{Topic: "running retros", Score: 6, Text: "Sam talks most of the time"},
		{Topic: "running retros", Score: 8},
		{Topic: "running retros", Score: 7, Text: "More time for action items"},
		{Topic: "delegating", Score: 4},
	}, feedback.AnonymityOptions{Team: []string{"Sam Okafor", "Ana Lima", "Zoë", "Priya", "Li Wei"}})
	for _, t := range report.Topics {
		fmt.Printf("%s: %d answers, mean %.1f, %q\n", t.Topic, t.N, t.Scores.Mean, t.Texts)
	}
	for _, f := range findings {
		fmt.Println(f.Message)
	}
	// Output:
	// running retros: 3 answers, mean 7.0, ["More time for action items" "[name] talks most of the time"]
	// Topic "delegating" has fewer than 3 answers; nothing about it is shown.
}

func ExampleScrub() {
	fmt.Println(feedback.Scrub("Ask Ana's team or mail ana.lima@example.com.", []string{"Ana Lima"}))
	// Output:
	// Ask [name]'s team or mail [name].
}

func ExampleSBI_String() {
	fmt.Println(feedback.SBI{
		Situation: "During yesterday's planning meeting",
		Behavior:  "you cut off several teammates in the middle of their points",
		Impact:    "some people looked disengaged and stopped speaking up",
	})
	// Output:
	// During yesterday's planning meeting, you cut off several teammates in the middle of their points. Some people looked disengaged and stopped speaking up.
}

func ExampleReadSBICSV() {
	rows, err := feedback.ReadSBICSV(strings.NewReader("situation,behavior,impact\n" +
		"Yesterday,you were careless with the release,we rolled back twice\n"))
	if err != nil {
		panic(err)
	}
	for _, r := range rows {
		fmt.Println(r.Line, feedback.CheckSBI(r.SBI)[0].Code)
	}
	// Output:
	// 2 sbi.behavior.judgement
}

func ExampleReadSBIJSON() {
	rows, err := feedback.ReadSBIJSON(strings.NewReader(`[{"text": "In Tuesday's standup, you interrupted Ana. She stopped sharing updates."}]`))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", rows[0].Situation)
	// Output:
	// "In Tuesday's standup"
}

func ExampleChecker_Lexicon() {
	lex := feedback.DefaultLexicon()
	fmt.Println(len(lex.Labels) > 100, lex.Generalization[0])
	// Output:
	// true always
}
