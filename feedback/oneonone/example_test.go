package oneonone_test

import (
	"fmt"
	"time"

	"github.com/leadkit/leadkit/feedback/oneonone"
)

func ExampleSeries_Next() {
	first := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC) // a Monday
	s, err := oneonone.NewSeries("lea", "sam", oneonone.Biweekly, first)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Next(time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)).Format("Mon 2 Jan 15:04"))
	// Output:
	// Mon 16 Mar 10:00
}

func ExampleSeries_Agenda() {
	first := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s, _ := oneonone.NewSeries("lea", "sam", oneonone.Weekly, first)
	_, _ = s.Raise(oneonone.Member, "Promotion timeline", first.Add(-time.Hour))
	rota, _ := s.Raise(oneonone.Member, "On-call rota", first.Add(-time.Hour))
	_, _ = s.Hold(first, "Swapped two on-call weeks.", rota.ID)
	_, _ = s.AddAction(oneonone.Lead, "Ask HR about the promotion calendar", first.AddDate(0, 0, 3))
	_, _ = s.Raise(oneonone.Lead, "Hiring panel next month", first.AddDate(0, 0, 2))
	_, _ = s.Raise(oneonone.Member, "Conference budget", first.AddDate(0, 0, 4))

	for _, e := range s.Agenda(first.AddDate(0, 0, 6)) {
		fmt.Printf("%-14s %-6s %s\n", e.Kind, e.Party, e.Text)
	}
	// Output:
	// carry_over     member Promotion timeline
	// overdue_action lead   Ask HR about the promotion calendar
	// new_item       member Conference budget
	// new_item       lead   Hiring panel next month
}

func ExampleVisible() {
	s, _ := oneonone.NewSeries("lea", "sam", oneonone.Weekly, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	s.Managers = []string{"mia"}
	note := oneonone.PrivateNote{Series: s.ID, Author: "lea", Text: "Sam seemed tired; ask about the move."}
	for _, viewer := range []string{"lea", "sam", "mia", "zoë"} {
		fmt.Printf("%s: shared %v, lea's note %v\n", viewer, oneonone.Visible(viewer, s.Record()), oneonone.Visible(viewer, note.Record(s)))
	}
	// Output:
	// lea: shared true, lea's note true
	// sam: shared true, lea's note false
	// mia: shared true, lea's note false
	// zoë: shared false, lea's note false
}

func ExampleViewFor() {
	s, _ := oneonone.NewSeries("lea", "sam", oneonone.Weekly, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	notes := []oneonone.PrivateNote{
		{Series: s.ID, Author: "lea", Text: "Ask about the move."},
		{Series: s.ID, Author: "sam", Text: "Ask about the promotion."},
	}
	v := oneonone.ViewFor("sam", s, notes)
	fmt.Println(v.Series != nil, len(v.Private), v.Private[0].Text)
	// Output:
	// true 1 Ask about the promotion.
}

func ExampleDecide() {
	for _, p := range []oneonone.Problem{
		{Kind: oneonone.WorkProblem},
		{Kind: oneonone.Technical, Need: oneonone.WantsHelp, Expert: "Priya"},
		{Kind: oneonone.PersonalSensitive},
	} {
		d := oneonone.Decide(p)
		fmt.Printf("%s: %s %s\n", p.Kind, d.Approach, d.Ask)
	}
	// Output:
	// work: coach What do you need from me at this moment?
	// technical: delegate This sounds hard. How can I support you in finding the solution?
	// personal: refer Thank you for telling me. Is there anything you want me to do?
}

func ExampleCheck() {
	first := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s, _ := oneonone.NewSeries("lea", "sam", oneonone.Weekly, first)
	s.Length = 15 * time.Minute
	_, _ = s.Cancel(first, oneonone.Lead, "release")
	_, _ = s.Cancel(first.AddDate(0, 0, 7), oneonone.Lead, "offsite")
	for _, f := range oneonone.Check(s, first.AddDate(0, 0, 8)) {
		fmt.Println(f.Code)
	}
	// Output:
	// oneonone.length.too_short
	// oneonone.cancellations.frequent
}
