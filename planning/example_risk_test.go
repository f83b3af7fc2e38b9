package planning_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/leadkit/leadkit/planning"
)

var register = planning.Register{Risks: []planning.Risk{
	{ID: "R1", Title: "Payment provider outage at peak", Probability: 3, Impact: 5, Owner: "Ana",
		Treatment: planning.Mitigate, Actions: []string{"Take orders now, charge when the provider is back"}},
	{ID: "R2", Title: "Vendor API not ready for launch", Probability: 4, Impact: 4, Treatment: planning.Mitigate},
	{ID: "R3", Title: "Single-region database", Probability: 4, Impact: 5, Owner: "Ben",
		Treatment: planning.Accept, ReviewAt: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
	{ID: "R4", Title: "Slow CI pipeline", Probability: 5, Impact: 1},
}}

func ExampleRegister_Check() {
	now := time.Date(2026, 3, 31, 9, 0, 0, 0, time.UTC)
	for _, f := range register.Check(now) {
		fmt.Println(f)
	}
	// Output:
	// error risk.owner.missing (risks[1].owner): "Vendor API not ready for launch" is a high risk with no owner.
	// error risk.actions.missing (risks[1].actions): "Vendor API not ready for launch" is a high risk to mitigate with no actions.
	// error risk.accept.reason_missing (risks[2].reason): "Single-region database" is a critical risk accepted with no reason.
	// warning risk.review.overdue (risks[2].review_at): "Single-region database" was due for review on 2026-03-01.
}

func ExampleRisk_Level() {
	r := planning.Risk{Title: "Data loss on failover", Probability: 2, Impact: 5}
	fmt.Println(r.Exposure(), r.Level())
	// Output:
	// 10 high
}

func ExampleRiskBands() {
	strict := planning.RiskBands{Medium: 3, High: 6, Critical: 12}
	fmt.Println(planning.RiskBands{}.Level(9), strict.Level(9))
	// Output:
	// medium high
}

func ExampleRegister_HeatMap() {
	h := register.HeatMap()
	fmt.Print(h)
	fmt.Println(h.Cell(4, 5).Level, h.Cell(4, 5).Risks)
	// Output:
	// p\i    1    2    3    4    5
	//   5   1M   .H   .H   .C   .C
	//   4   .L   .M   .H   1H   1C
	//   3   .L   .M   .M   .H   1H
	//   2   .L   .L   .M   .M   .H
	//   1   .L   .L   .L   .L   .M
	// critical [2]
}

func ExampleRegister_Prioritized() {
	for _, r := range register.Prioritized() {
		fmt.Println(r.Exposure(), r.Title)
	}
	// Output:
	// 20 Single-region database
	// 16 Vendor API not ready for launch
	// 15 Payment provider outage at peak
	// 5 Slow CI pipeline
}

func ExampleReadRisksCSV() {
	in := "id,title,probability,impact,owner,treatment,actions,review_at\n" +
		"R1,Payment provider outage,3,5,Ana,mitigate,Queue orders; Alert on errors,2026-05-01\n"
	reg, err := planning.ReadRisksCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := reg.Risks[0]
	fmt.Println(r.Title, r.Level(), r.Treatment, len(r.Actions), r.ReviewAt.Format(time.DateOnly))
	// Output:
	// Payment provider outage high mitigate 2 2026-05-01
}

func ExampleReadRisksJSON() {
	in := `{"risks": [{"title": "Payment provider outage", "probability": 3, "impact": 5}],
	        "bands": {"medium": 4, "high": 8, "critical": 15}}`
	reg, err := planning.ReadRisksJSON(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reg.Level(reg.Risks[0]))
	// Output:
	// critical
}
