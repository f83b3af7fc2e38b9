package delegation

import (
	"math"
	"testing"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/codedoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var march2 = time.Date(2025, time.March, 2, 9, 30, 0, 0, time.UTC)

// workedGoal is the spec's Table 6-1 goal written field by field.
func workedGoal() Goal {
	return Goal{
		Objective: "Lead the initiative to reduce tech debt: review the list, find hotspots with the team, prioritise, plan and follow through",
		Measure:   "listed tech-debt tasks resolved",
		Target:    &Quantity{Value: -30, Unit: "%"},
		Relative:  true,
		Relevance: "maintainability, faster development, fewer bugs and shorter onboarding; aligns with product stability",
		Deadline:  time.Date(2025, time.June, 2, 0, 0, 0, 0, time.UTC),
		Tracking:  "shared Confluence page refreshed weekly; status reviewed in the Monday check-in; visible to the team",
		CheckIn:   Cadence{Period: Weekly, Weekday: Monday},
	}
}

func codes(fs leadkit.Findings) map[string]leadkit.Severity {
	m := map[string]leadkit.Severity{}
	for _, f := range fs {
		m[f.Code] = f.Severity
	}
	return m
}

func TestCheckGoalWorkedExampleIsClean(t *testing.T) {
	assert.Empty(t, CheckGoal(workedGoal(), march2))
}

func TestCheckGoalEachCriterion(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Goal)
		want   map[string]leadkit.Severity
	}{
		{"no objective", func(g *Goal) { g.Objective = "  " }, map[string]leadkit.Severity{CodeSpecific: leadkit.Error}},
		{"improve things", func(g *Goal) { g.Objective = "Improve things" }, map[string]leadkit.Severity{CodeSpecific: leadkit.Error}},
		{"get better at", func(g *Goal) { g.Objective = "Get better at stuff"; g.Target = nil }, map[string]leadkit.Severity{
			CodeSpecific: leadkit.Error, CodeMeasurable: leadkit.Error, CodeAchievable: leadkit.Warning}},
		{"no measure", func(g *Goal) { g.Target = nil; g.Measure = "tech debt" }, map[string]leadkit.Severity{
			CodeMeasurable: leadkit.Error, CodeAchievable: leadkit.Warning}},
		{"measure text with a number", func(g *Goal) { g.Target = nil; g.Measure = "close 40 tickets" }, map[string]leadkit.Severity{
			CodeAchievable: leadkit.Warning}},
		{"measure text with a deliverable", func(g *Goal) { g.Target = nil; g.Measure = "write a runbook for the payments service" },
			map[string]leadkit.Severity{CodeAchievable: leadkit.Warning}},
		{"a year is not a measure", func(g *Goal) { g.Target = nil; g.Measure = "the 2025 tech debt" }, map[string]leadkit.Severity{
			CodeMeasurable: leadkit.Error, CodeAchievable: leadkit.Warning}},
		{"NaN target", func(g *Goal) { g.Target = &Quantity{Value: math.NaN()} }, map[string]leadkit.Severity{
			CodeMeasurable: leadkit.Error, CodeAchievable: leadkit.Warning}},
		{"no relevance", func(g *Goal) { g.Relevance = "" }, map[string]leadkit.Severity{CodeRelevant: leadkit.Warning}},
		{"no deadline", func(g *Goal) { g.Deadline = time.Time{} }, map[string]leadkit.Severity{
			CodeTimeBound: leadkit.Error, CodeAchievable: leadkit.Warning}},
		{"past deadline", func(g *Goal) { g.Deadline = time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC) },
			map[string]leadkit.Severity{CodeTimeBound: leadkit.Error, CodeAchievable: leadkit.Warning}},
		{"deadline today is not past", func(g *Goal) {
			g.Deadline = time.Date(2025, time.March, 2, 0, 0, 0, 0, time.UTC)
			g.Target = &Quantity{Value: -1, Unit: "%"}
			g.CheckIn = Cadence{Period: Daily}
		}, nil},
		{"no tracking at all", func(g *Goal) { g.Tracking = ""; g.CheckIn = Cadence{} }, map[string]leadkit.Severity{
			CodeTrackable: leadkit.Error}},
		{"tracking without cadence", func(g *Goal) { g.Tracking = "on the team wiki"; g.CheckIn = Cadence{} }, map[string]leadkit.Severity{
			CodeTrackable: leadkit.Error}},
		{"cadence read from tracking text", func(g *Goal) { g.Tracking = "reviewed every other Friday on the board"; g.CheckIn = Cadence{} },
			nil},
		{"cadence without place", func(g *Goal) { g.Tracking = "" }, map[string]leadkit.Severity{CodeTrackable: leadkit.Warning}},
		{"out-of-range period is no rhythm", func(g *Goal) { g.Tracking = "on the team wiki"; g.CheckIn = Cadence{Period: 9} },
			map[string]leadkit.Severity{CodeTrackable: leadkit.Error}},
		{"sparse check-ins", func(g *Goal) { g.CheckIn = Cadence{Period: Quarterly} }, map[string]leadkit.Severity{
			CodeTrackable: leadkit.Warning}},
		{"decrease beyond all", func(g *Goal) { g.Target = &Quantity{Value: -150, Unit: "%"} }, map[string]leadkit.Severity{
			CodeAchievable: leadkit.Error}},
		{"too fast", func(g *Goal) {
			g.Target = &Quantity{Value: -90, Unit: "%"}
			g.Deadline = time.Date(2025, time.March, 9, 0, 0, 0, 0, time.UTC)
			g.CheckIn = Cadence{Period: Daily}
		}, map[string]leadkit.Severity{CodeAchievable: leadkit.Error}},
		{"from baseline to level", func(g *Goal) {
			g.Baseline = &Quantity{Value: 40, Unit: "tests"}
			g.Target = &Quantity{Value: 25, Unit: "tests"}
			g.Relative = false
		}, nil},
		{"time units are converted", func(g *Goal) {
			g.Baseline = &Quantity{Value: 1.5, Unit: "s"}
			g.Target = &Quantity{Value: 800, Unit: "ms"}
			g.Relative = false
		}, nil},
		{"a converted change can be too fast", func(g *Goal) {
			g.Baseline = &Quantity{Value: 2, Unit: "h"}
			g.Target = &Quantity{Value: 5, Unit: "min"}
			g.Relative = false
			g.Deadline = time.Date(2025, time.March, 9, 0, 0, 0, 0, time.UTC)
			g.CheckIn = Cadence{Period: Daily}
		}, map[string]leadkit.Severity{CodeAchievable: leadkit.Error}},
		{"units that do not convert cannot be weighed", func(g *Goal) {
			g.Baseline = &Quantity{Value: 40, Unit: "tests"}
			g.Target = &Quantity{Value: 25, Unit: "ms"}
			g.Relative = false
		}, map[string]leadkit.Severity{CodeAchievable: leadkit.Warning}},
		{"level without baseline cannot be weighed", func(g *Goal) {
			g.Target = &Quantity{Value: 200, Unit: "ms"}
			g.Relative = false
		}, map[string]leadkit.Severity{CodeAchievable: leadkit.Warning}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := workedGoal()
			tc.mutate(&g)
			fs := CheckGoal(g, march2)
			if tc.want == nil {
				tc.want = map[string]leadkit.Severity{}
			}
			assert.Equal(t, tc.want, codes(fs), "%v", fs)
			for _, f := range fs {
				assert.True(t, leadkit.ValidCode(f.Code), f.Code)
				assert.NotEmpty(t, f.Message)
				assert.NotEmpty(t, f.Hint)
				assert.NotEmpty(t, f.Field)
			}
		})
	}
}

func TestCheckGoalZeroGoal(t *testing.T) {
	fs := CheckGoal(Goal{}, march2)
	require.Len(t, fs, 6)
	order := []string{CodeSpecific, CodeMeasurable, CodeAchievable, CodeRelevant, CodeTimeBound, CodeTrackable}
	for i, f := range fs {
		assert.Equal(t, order[i], f.Code)
	}
	assert.Error(t, fs.Err())
}

func TestCheckGoalDeadlineInOtherLocation(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	g := workedGoal()
	// June 2 in Tokyo starts at 15:00 UTC on June 1; "now" late on June 1 UTC
	// is already June 2 in Tokyo, the day of the deadline, not past it.
	g.Deadline = time.Date(2025, time.June, 2, 0, 0, 0, 0, tokyo)
	g.CheckIn = Cadence{Period: Daily}
	g.Target = &Quantity{Value: -1, Unit: "%"}
	now := time.Date(2025, time.June, 1, 20, 0, 0, 0, time.UTC)
	assert.False(t, CheckGoal(g, now).Has(CodeTimeBound))
	now = time.Date(2025, time.June, 2, 16, 0, 0, 0, time.UTC) // June 3 in Tokyo
	assert.True(t, CheckGoal(g, now).Has(CodeTimeBound))
}

func TestGoalOptions(t *testing.T) {
	g := workedGoal()
	g.Target = &Quantity{Value: -60, Unit: "%"}
	g.Deadline = time.Date(2025, time.April, 1, 0, 0, 0, 0, time.UTC)
	assert.False(t, CheckGoal(g, march2).Has(CodeAchievable))
	assert.True(t, GoalOptions{MaxChangePerMonth: 0.3}.Check(g, march2).Has(CodeAchievable))
	assert.True(t, GoalOptions{MinCheckIns: 10}.Check(g, march2).Has(CodeTrackable))
}

func TestCheckGoalAchievableWeighsMultiplesAndShares(t *testing.T) {
	in := func(days int) time.Time { return march2.AddDate(0, 0, days) }
	cases := []struct {
		name     string
		baseline *Quantity
		target   Quantity
		deadline time.Time
		want     bool // an achievable Error
	}{
		{"tenfold in a week", nil, Quantity{Value: 10, Unit: "x"}, in(7), true},
		{"tenfold in half a year", nil, Quantity{Value: 10, Unit: "x"}, in(182), false},
		{"availability 97% to 99.99% in a week", &Quantity{Value: 97, Unit: "%"}, Quantity{Value: 99.99, Unit: "%"}, in(7), true},
		{"coverage 54% to 75% in three months", &Quantity{Value: 54, Unit: "%"}, Quantity{Value: 75, Unit: "%"}, in(91), false},
		{"conversion 2% to 2.4% in six months", &Quantity{Value: 2, Unit: "%"}, Quantity{Value: 2.4, Unit: "%"}, in(182), false},
		{"error rate 4% to 1% in a month", &Quantity{Value: 4, Unit: "%"}, Quantity{Value: 1, Unit: "%"}, in(30), false},
		{"PRs 1,400 to none in a week, units in any case", &Quantity{Value: 1400, Unit: "open PRs"}, Quantity{Value: 0, Unit: "open prs"}, in(7), true},
		{"PRs 40 to 30 in a month, units in any case", &Quantity{Value: 40, Unit: "PRs"}, Quantity{Value: 30, Unit: "prs"}, in(30), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := workedGoal()
			g.Relative = false
			g.Baseline, g.Target, g.Deadline = tc.baseline, &tc.target, tc.deadline
			got := false
			for _, f := range CheckGoal(g, march2) {
				got = got || f.Code == CodeAchievable && f.Severity == leadkit.Error
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCodesDocumented(t *testing.T) {
	codedoc.Check(t, ".", []string{"smartt", "delegation"})
}
