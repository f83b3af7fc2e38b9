package feedback_test

import (
	"fmt"
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
