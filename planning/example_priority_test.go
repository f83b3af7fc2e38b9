package planning_test

import (
	"fmt"
	"strings"

	"github.com/leadkit/leadkit/planning"
)

// A small tech-debt wall, scored 1–5 on each criterion.
var wall = []planning.Item{
	{ID: "TD-1", Title: "Remove the stale checkout toggle", Value: 4, Effort: 1, Risk: 2, Frequency: 3, Alignment: 3,
		Reach: 1200, Impact: 0.5, Confidence: 0.9, Estimate: 1},
	{ID: "TD-2", Title: "Split billing out of the monolith", Value: 5, Effort: 5, Risk: 4, Frequency: 4, Alignment: 5,
		Reach: 5000, Impact: 2, Confidence: 0.5, Estimate: 13},
	{ID: "TD-3", Title: "Fix the flaky payment tests", Value: 5, Effort: 2, Risk: 3, Frequency: 5, Alignment: 4,
		Reach: 40, Impact: 2, Confidence: 1, Estimate: 3},
	{ID: "TD-4", Title: "Rename the customer_v2 table", Value: 1, Effort: 4, Risk: 1, Frequency: 1, Alignment: 1,
		Reach: 10, Impact: 0.25, Confidence: 0.5, Estimate: 5},
	{ID: "TD-5", Title: "Delete the unused PDF export", Value: 2, Effort: 1, Risk: 1, Frequency: 1, Alignment: 2,
		Reach: 15, Impact: 0.25, Confidence: 1, Estimate: 1},
}

func ExampleEffortValue() {
	m := planning.EffortValue(wall)
	for _, r := range m.Ranking() {
		fmt.Printf("%d. %-13s %s\n", r.Rank, r.Quadrant, r.Item.Title)
	}
	fmt.Println(len(m.QuickWins), "quick wins")
	// Output:
	// 1. quick-win     Fix the flaky payment tests
	// 2. quick-win     Remove the stale checkout toggle
	// 3. major-project Split billing out of the monolith
	// 4. fill-in       Delete the unused PDF export
	// 5. money-pit     Rename the customer_v2 table
	// 2 quick wins
}

func ExamplePlaceValue() {
	// Scores at the midpoint (3) count as high on both axes.
	fmt.Println(planning.PlaceValue(3, 2))
	fmt.Println(planning.PlaceValue(3, 3))
	fmt.Println(planning.PlaceValue(2, 3))
	fmt.Println(planning.PlaceValue(0, 3) == 0)
	// Output:
	// quick-win
	// major-project
	// money-pit
	// true
}

func ExampleRank() {
	ranked, findings := planning.Rank(wall, planning.Composite{})
	for _, r := range ranked {
		fmt.Printf("%d. %-4s %s\n", r.Rank, r.Item.ID, r.Score)
	}
	fmt.Println(len(findings), "findings")
	// Output:
	// 1. TD-3 4.2 = weighted mean: value 5 ×0.2, effort 2 → 4 ×0.2, risk 3 ×0.2, frequency 5 ×0.2, alignment 4 ×0.2
	// 2. TD-2 3.8 = weighted mean: value 5 ×0.2, effort 5 → 1 ×0.2, risk 4 ×0.2, frequency 4 ×0.2, alignment 5 ×0.2
	// 3. TD-1 3.4 = weighted mean: value 4 ×0.2, effort 1 → 5 ×0.2, risk 2 ×0.2, frequency 3 ×0.2, alignment 3 ×0.2
	// 4. TD-5 2.2 = weighted mean: value 2 ×0.2, effort 1 → 5 ×0.2, risk 1 ×0.2, frequency 1 ×0.2, alignment 2 ×0.2
	// 5. TD-4 1.2 = weighted mean: value 1 ×0.2, effort 4 → 2 ×0.2, risk 1 ×0.2, frequency 1 ×0.2, alignment 1 ×0.2
	// 0 findings
}

func ExampleComposite() {
	// Weigh value twice as much as effort and ignore the other criteria.
	c := planning.Composite{Weights: planning.Weights{Value: 2, Effort: 1}}
	s, _ := c.Score(planning.Item{Title: "Upgrade the ORM", Value: 4, Effort: 3})
	fmt.Println(s)
	// Output:
	// 3.67 = weighted mean: value 4 ×0.67, effort 3 ×0.33
}

func ExampleRICE() {
	ranked, _ := planning.Rank(wall, planning.RICE{})
	for _, r := range ranked[:2] {
		fmt.Println(r.Item.ID, r.Score)
	}
	// A zero effort or a NaN confidence is a finding, never an infinite score.
	_, findings := planning.RICE{}.Score(planning.Item{Title: "Guess", Reach: 10, Impact: 1, Confidence: 0.5})
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// TD-2 1000 = reach × impact × confidence ÷ effort: reach 5000, impact 2, confidence 0.5, effort 5
	// TD-1 540 = reach × impact × confidence ÷ effort: reach 1200, impact 0.5, confidence 0.9, effort 1
	// error priority.score.missing (effort): "Guess" has no effort score, which RICE divides by.
}

func ExampleReserve() {
	ranked, _ := planning.Rank(wall, planning.Composite{})
	res, _ := planning.Reserve(ranked, 40, planning.ReserveOptions{}) // 20% of 40 points
	fmt.Printf("reserved %v, used %v\n", res.Reserved, res.Used)
	for _, r := range res.Selected {
		fmt.Println("selected:", r.Item.Title)
	}
	for _, d := range res.Deferred {
		fmt.Println("deferred:", d.Reason())
	}
	// Output:
	// reserved 8, used 5
	// selected: Fix the flaky payment tests
	// selected: Remove the stale checkout toggle
	// selected: Delete the unused PDF export
	// deferred: "TD-2 Split billing out of the monolith" needs 13 but only 5 was left.
	// deferred: "TD-4 Rename the customer_v2 table" needs 5 but only 3 was left.
}

func ExampleCheckItems() {
	findings := planning.CheckItems([]planning.Item{{ID: "TD-1", Title: "Drop the toggle"}, {ID: "TD-1"}})
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// warning priority.title.missing (items[1].title): Item 1 has no title.
	// warning priority.id.duplicate (items[1].id): ID "TD-1" is used by items 0 and 1.
}

func ExampleReadItemsCSV() {
	in := "title,value,effort,confidence\n" +
		"Fix the flaky payment tests,5,2,80%\n" +
		"Rename the customer_v2 table,1,4,0.5\n"
	items, err := planning.ReadItemsCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(items[0].Title, items[0].Confidence)

	_, err = planning.ReadItemsCSV(strings.NewReader("title,value\nx,high\n"))
	fmt.Println(err)
	// Output:
	// Fix the flaky payment tests 0.8
	// 2:3: value: "high" is not a whole number
}

func ExampleReadItemsJSON() {
	in := `[{"id": "TD-1", "title": "Drop the toggle", "kind": "product", "value": 4, "effort": 1}]`
	items, err := planning.ReadItemsJSON(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(items[0].ID, items[0].Kind, planning.PlaceValue(items[0].Value, items[0].Effort))
	// Output:
	// TD-1 product quick-win
}

func ExampleRanked_Explain() {
	m := planning.EffortValue([]planning.Item{{Title: "Upgrade the ORM", Value: 4, Effort: 3}})
	fmt.Println(m.Ranking()[0].Explain())
	ranked, _ := planning.Rank([]planning.Item{{Title: "Upgrade the ORM", Reach: 300, Impact: 1, Confidence: 0.8, Effort: 3}}, planning.RICE{})
	fmt.Println(ranked[0].Explain())
	// Output:
	// major-project: value 4 (high, ≥ 3), effort 3 (high, ≥ 3)
	// 80 = reach × impact × confidence ÷ effort: reach 300, impact 1, confidence 0.8, effort 3
}
