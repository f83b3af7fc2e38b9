package growth_test

import (
	"fmt"
	"os"
	"strings"
	"time"

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
	as, err := growth.ReadAssessmentsCSV(strings.NewReader(in), "ratings.csv")
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
