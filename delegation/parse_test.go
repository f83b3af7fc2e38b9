package delegation

import (
	"strings"
	"testing"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const workedExample = "Reduce open tech-debt tickets by 30% within 3 months; post a weekly update on the wiki and review it in Monday check-ins"

func TestParseGoalWorkedExample(t *testing.T) {
	now := time.Date(2025, time.March, 2, 15, 4, 0, 0, time.UTC)
	g := ParseGoal(workedExample, now)
	assert.Equal(t, "Reduce open tech-debt tickets by 30%", g.Objective)
	assert.Equal(t, "open tech-debt tickets", g.Measure)
	require.NotNil(t, g.Target)
	assert.Equal(t, Quantity{Value: -30, Unit: "%"}, *g.Target)
	assert.True(t, g.Relative)
	assert.Nil(t, g.Baseline)
	assert.Equal(t, time.Date(2025, time.June, 2, 0, 0, 0, 0, time.UTC), g.Deadline)
	assert.Equal(t, "post a weekly update on the wiki and review it in Monday check-ins", g.Tracking)
	assert.Contains(t, g.Tracking, "wiki")
	assert.Equal(t, Cadence{Period: Weekly, Weekday: Monday}, g.CheckIn)

	fs := CheckGoal(g, now)
	assert.NoError(t, fs.Err())
	assert.Empty(t, fs.Errors())
}

func TestParseGoalDeadlines(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		berlin = time.FixedZone("CET", 3600)
	}
	march2 := time.Date(2025, time.March, 2, 23, 30, 0, 0, berlin) // 22:30 UTC: still March 2 in Berlin
	jan31 := time.Date(2024, time.January, 31, 9, 0, 0, 0, time.UTC)
	aug4 := time.Date(2025, time.August, 4, 9, 0, 0, 0, time.UTC) // a Monday
	day := func(y int, m time.Month, d int, loc *time.Location) time.Time {
		return time.Date(y, m, d, 0, 0, 0, 0, loc)
	}
	cases := []struct {
		text string
		now  time.Time
		want time.Time
	}{
		{"Ship it in 3 months", march2, day(2025, time.June, 2, berlin)},
		{"Ship it within three months", march2, day(2025, time.June, 2, berlin)},
		{"Ship it in 1 month", jan31, day(2024, time.February, 29, time.UTC)},
		{"Ship it in a month", time.Date(2025, time.January, 31, 9, 0, 0, 0, time.UTC), day(2025, time.February, 28, time.UTC)},
		{"Ship it within two weeks", march2, day(2025, time.March, 16, berlin)},
		{"Ship it within a fortnight", march2, day(2025, time.March, 16, berlin)},
		{"Ship it in 10 days", march2, day(2025, time.March, 12, berlin)},
		{"Ship it over the next quarter", march2, day(2025, time.June, 2, berlin)},
		{"Ship it within two sprints", march2, day(2025, time.March, 30, berlin)},
		{"Ship it in six weeks' time", march2, day(2025, time.April, 13, berlin)},
		{"Ship it 3 weeks from now", march2, day(2025, time.March, 23, berlin)},
		{"Ship it in half a year", march2, day(2025, time.September, 2, berlin)},
		{"Ship it by end of Q2", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by the end of Q2", aug4, day(2025, time.June, 30, time.UTC)}, // past: not rolled forward
		{"Ship it by Q3 2026", aug4, day(2026, time.September, 30, time.UTC)},
		{"Ship it by Q1 next year", aug4, day(2026, time.March, 31, time.UTC)}, // not the end of next year
		{"Ship it by the end of Q2 of next year", aug4, day(2026, time.June, 30, time.UTC)},
		{"Ship it by Q1, next year", aug4, day(2026, time.March, 31, time.UTC)},
		{"Ship it by Q4 of 2026", aug4, day(2026, time.December, 31, time.UTC)},
		{"Ship it by March 31 next year", aug4, day(2026, time.March, 31, time.UTC)},
		{"Ship it by June of this year", aug4, day(2025, time.June, 30, time.UTC)},
		{"Ship it by next year", aug4, day(2026, time.December, 31, time.UTC)},
		{"Ship it by end of H1", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by March 31", march2, day(2025, time.March, 31, berlin)},
		{"Ship it by March 31", aug4, day(2025, time.March, 31, time.UTC)},
		{"Ship it by March 31st, 2026", aug4, day(2026, time.March, 31, time.UTC)},
		{"Ship it by 31 March", march2, day(2025, time.March, 31, berlin)},
		{"Ship it by the 14th of April", march2, day(2025, time.April, 14, berlin)},
		{"Ship it by March thirty-first", march2, day(2025, time.March, 31, berlin)},
		{"Ship it by the first of April", march2, day(2025, time.April, 1, berlin)},
		{"Ship it by April the twenty-second", march2, day(2025, time.April, 22, berlin)},
		{"Ship it on Friday the 14th", march2, day(2025, time.March, 14, berlin)},
		{"Ship it before year end", march2, day(2025, time.December, 31, berlin)},
		{"Ship it within their first 30 days", march2, day(2025, time.April, 1, berlin)},
		{"Ship it by February 30", march2, day(2025, time.February, 28, berlin)},
		{"Ship it by 2025-06-30", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by 6/30", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by 30/04/2025", march2, day(2025, time.April, 30, berlin)},
		{"Ship it by June", march2, day(2025, time.June, 30, berlin)},
		{"Ship it before June", march2, day(2025, time.May, 31, berlin)},
		{"Ship it by mid-May", march2, day(2025, time.May, 15, berlin)},
		{"Ship it by the end of the month", march2, day(2025, time.March, 31, berlin)},
		{"Ship it by the end of next month", march2, day(2025, time.April, 30, berlin)},
		{"Ship it by the end of the quarter", aug4, day(2025, time.September, 30, time.UTC)},
		{"Ship it next quarter", aug4, day(2025, time.December, 31, time.UTC)},
		{"Ship it by the end of the year", march2, day(2025, time.December, 31, berlin)},
		{"Ship it by year-end", march2, day(2025, time.December, 31, berlin)},
		{"Ship it by 2026", march2, day(2026, time.December, 31, berlin)},
		{"Ship it by Friday", aug4, day(2025, time.August, 8, time.UTC)},
		{"Ship it by next Friday", aug4, day(2025, time.August, 15, time.UTC)},
		{"Ship it by Monday", aug4, day(2025, time.August, 4, time.UTC)},
		{"Ship it by tomorrow", aug4, day(2025, time.August, 5, time.UTC)},
		{"Ship it by end of week", aug4, day(2025, time.August, 8, time.UTC)},
		{"Ship it before Christmas", aug4, day(2025, time.December, 24, time.UTC)},
		{"Ship it by the 15th", aug4, day(2025, time.August, 15, time.UTC)},
		{"Ship it by the 1st", aug4, day(2025, time.September, 1, time.UTC)},
		{"First draft by April 15, done by end of Q2", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by the summer", march2, day(2025, time.June, 1, berlin)},
		{"Ship it before summer", march2, day(2025, time.May, 31, berlin)},
		{"Ship it by the end of summer", march2, day(2025, time.August, 31, berlin)},
		{"Ship it this autumn", march2, day(2025, time.November, 30, berlin)},
		{"Ship it by the start of Q2", march2, day(2025, time.March, 31, berlin)},
		{"Ship it by the beginning of next month", march2, day(2025, time.March, 31, berlin)},
		{"Ship it before the end of June", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by the end of the financial year", march2, day(2025, time.December, 31, berlin)},
		{"Ship it by 15.09.2025", march2, day(2025, time.September, 15, berlin)},
		{"Ship it by 15.09", march2, day(2025, time.September, 15, berlin)},
		{"Q3: ship it", march2, day(2025, time.September, 30, berlin)},
		{"H2 — ship it", march2, day(2025, time.December, 31, berlin)},
		{"Ship it in the coming weeks", march2, time.Time{}},
		{"Ship it over the next months", march2, time.Time{}},
		{"Reduce the rate to 15.5% by 2026", march2, day(2026, time.December, 31, berlin)},
		{"Resolve P1 bugs within 2 days of the report", march2, time.Time{}},
		{"Ship it soon", march2, time.Time{}},
		{"Ship it ASAP", march2, time.Time{}},
		{"Ship the Q3 roadmap", march2, time.Time{}},
		{"May we ship it", march2, time.Time{}},
		{"Ship it by this Friday", aug4, day(2025, time.August, 8, time.UTC)},
		{"Ship it before the year is out", march2, day(2025, time.December, 31, berlin)},
		{"Ship it before the quarter ends", aug4, day(2025, time.September, 30, time.UTC)},
		{"Ship it before the summer is over", march2, day(2025, time.August, 31, berlin)},
		{"Ship it before the year", aug4, day(2024, time.December, 31, time.UTC)}, // the day before it starts
		{"Ship it by Black Friday", aug4, day(2025, time.November, 28, time.UTC)},
		{"Ship it before Thanksgiving", aug4, day(2025, time.November, 26, time.UTC)},
		{"Plan the Black Friday on-call rota", aug4, time.Time{}},
		{"Ship it before Xmas 2026", aug4, day(2026, time.December, 24, time.UTC)},
		{"Ship it by Christmas", aug4, day(2025, time.December, 25, time.UTC)},
		{"Plan the Christmas code freeze", aug4, time.Time{}},
		{"Hire two engineers before Q3 starts", march2, day(2025, time.June, 30, berlin)},
		{"Hire two engineers before Q3 kicks off", march2, day(2025, time.June, 30, berlin)},
		{"Ship it by end of FY26", march2, day(2026, time.December, 31, berlin)},
		{"Ship it by end of day Friday", aug4, day(2025, time.August, 8, time.UTC)},
		{"Ship it by close of business Friday", aug4, day(2025, time.August, 8, time.UTC)},
		{"Ship it by EOD", aug4, day(2025, time.August, 4, time.UTC)},
		{"Ship it by the end of the first week of April", march2, day(2025, time.April, 7, berlin)},
		{"Ship it by the 3rd week of April", march2, day(2025, time.April, 21, berlin)},
		{"Ship it by week 12", march2, day(2025, time.March, 21, berlin)},
		{"Ship it by the end of W12", march2, day(2025, time.March, 21, berlin)},
		{"Ship it in week 3 of the project", march2, time.Time{}},
		{"Ship it by April-end", march2, day(2025, time.April, 30, berlin)},
		{"Ship it before Easter", march2, day(2025, time.April, 19, berlin)},
		{"Ship it by Easter 2026", march2, day(2026, time.April, 5, berlin)},
		{"Ship it by FY2025", march2, day(2025, time.December, 31, berlin)},
		{"Ship it by mid-year", march2, day(2025, time.June, 30, berlin)},
		{"Ship it before the end of the calendar year", march2, day(2025, time.December, 31, berlin)},
		{"Ship it by Halloween", aug4, day(2025, time.October, 31, time.UTC)},
		{"Ship it before the holidays", aug4, day(2025, time.December, 24, time.UTC)},
		{"Ship it b4 the Aug release", march2, day(2025, time.July, 31, berlin)},
		{"H1 goal — ship it", march2, day(2025, time.June, 30, berlin)},
		{"Q4 OKRs: ship it", march2, day(2025, time.December, 31, berlin)},
		{"Ship it. Deadline: 15.09.2025", march2, day(2025, time.September, 15, berlin)},
		{"Ship it. Due date: 30.06", march2, day(2025, time.June, 30, berlin)},
		{"Ship it. Scope: 15.09", march2, time.Time{}}, // a dotted number after another label is no date
	}
	for _, tc := range cases {
		t.Run(tc.text+"@"+tc.now.Format(time.DateOnly), func(t *testing.T) {
			g := ParseGoal(tc.text, tc.now)
			assert.Equal(t, tc.want, g.Deadline, "got %s", g.Deadline)
			if !tc.want.IsZero() {
				assert.Equal(t, tc.now.Location(), g.Deadline.Location())
			}
		})
	}
}

func TestParseGoalTargets(t *testing.T) {
	now := time.Date(2025, time.March, 3, 10, 0, 0, 0, time.UTC)
	q := func(v float64, u string) *Quantity { return &Quantity{Value: v, Unit: u} }
	cases := []struct {
		text     string
		measure  string
		baseline *Quantity
		target   *Quantity
		relative bool
	}{
		{"Reduce flaky tests from 40 to 25 by June", "flaky tests", q(40, "tests"), q(25, "tests"), false},
		{"Cut CI build time from 25 minutes to 12 minutes", "CI build time", q(25, "min"), q(12, "min"), false},
		{"Drop review wait from 2 days → 4 hours", "review wait", q(2, "days"), q(4, "h"), false},
		{"Get p95 latency under 200 ms", "p95 latency", nil, q(200, "ms"), false},
		{"Hire three backend engineers", "backend engineers", nil, q(3, "backend engineers"), false},
		{"Close twenty-five accessibility bugs", "accessibility bugs", nil, q(25, "accessibility bugs"), false},
		{"Write one hundred and fifty unit tests", "unit tests", nil, q(150, "unit tests"), false},
		{"Raise coverage to 80%", "coverage", nil, q(80, "%"), false},
		{"Increase deploys by 20%", "deploys", nil, q(20, "%"), true},
		{"Improve build time by 20%", "build time", nil, q(-20, "%"), true},
		{"Halve the number of manual steps", "number of manual steps", nil, q(-50, "%"), true},
		{"Double the test coverage", "test coverage", nil, q(100, "%"), true},
		{"Ship 30% fewer bugs", "", nil, q(-30, "%"), true},
		{"Reduce alerts by thirty percent", "alerts", nil, q(-30, "%"), true},
		{"Cut p99 latency by a third", "p99 latency", nil, q(-33.3, "%"), true},
		{"Bring flaky tests down to single digits", "flaky tests", nil, q(9, "tests"), false},
		{"Get open PRs from 35 to under 5", "open PRs", q(35, "PRs"), q(5, "PRs"), false},
		{"Give a 5-minute demo", "", nil, q(5, "min"), false},
		{"Keep the error rate below 0.5%", "error rate", nil, q(0.5, "%"), false},
		{"Lower the AWS bill by $4,000 a month", "AWS bill", nil, q(-4000, "$"), true},
		{"Upgrade all services to Java 21", "services to Java 21", nil, q(100, "%"), false},
		{"Hire a staff engineer", "staff engineer", nil, q(1, "staff engineer"), false},
		{"Zero P1 incidents caused by config", "", nil, q(0, "P1 incidents"), false},
		{"Improve things", "things", nil, nil, false},
		{"No Sev1 incidents in Q3", "", nil, q(0, "Sev1 incidents"), false},
		{"Ship it with no later than June", "", nil, nil, false},
		{"Improve logging in the 3 core services", "", nil, nil, false},
		{"Work on the three biggest pain points", "", nil, nil, false},
		{"Send the alerts for all 11 topics", "", nil, q(11, "topics"), false},
		{"Improve logging across all services", "", nil, nil, false},
		{"Practise with me every fortnight", "", nil, nil, false},
		{"New hires merge their first PR within 5 days, by end of April", "New hires merge their first PR", nil, q(5, "days"), false},
		{"Migrate to Postgres 16", "Postgres 16", nil, nil, false},
		{"Review PRs in the 2025 roadmap", "PRs in the 2025 roadmap", nil, nil, false},
		{"Increase checkout throughput tenfold", "checkout throughput", nil, q(10, "x"), false},
		{"Cut p99 latency 3-fold", "p99 latency", nil, q(3, "x"), false},
		{"Get deploys from twice a week to daily", "deploys", q(2, "per week"), q(7, "per week"), false},
		{"Release from weekly to 3 times a week", "", q(1, "per week"), q(3, "per week"), false},
		{"Get deploys from weekly to every weekday", "deploys", q(1, "per week"), q(5, "per week"), false},
		{"Move the report from monthly to fortnightly", "", q(12.0/52, "per week"), q(0.5, "per week"), false},
		{"Move retros from every two weeks to once a week", "", q(0.5, "per week"), q(1, "per week"), false},
		{"Make the SOC 2 evidence collection smoother", "", nil, nil, false},
		{"Keep the SLO 99.9% for checkout", "", nil, q(99.9, "%"), false},
		{"Look into the intermittent 502s on the edge proxy", "", nil, nil, false},
		{"Archive the 1990s mailing lists", "", nil, nil, false},
		{"Keep cold starts under 10s", "", nil, q(10, "s"), false},
		{"Reduce build failures by 50% over the next 6 weeks", "build failures", nil, q(-50, "%"), true},
		{"Own cutting our cloud bill by 20%", "", nil, q(-20, "%"), true},
		{"Deliver the retention feature (GDPR Art. 17)", "", nil, nil, false},
		{"Goal title: Reduce escalations. Description: from 40 per month to 20 per month.", "", q(40, "per month"), q(20, "per month"), false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			g := ParseGoal(tc.text, now)
			assert.Equal(t, tc.target, g.Target, "target")
			assert.Equal(t, tc.baseline, g.Baseline, "baseline")
			assert.Equal(t, tc.relative, g.Relative, "relative")
			if tc.measure != "" {
				assert.Equal(t, tc.measure, g.Measure)
			}
		})
	}
}

func TestParseGoalTrackingAndCadence(t *testing.T) {
	now := time.Date(2025, time.March, 3, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		text     string
		tracking string
		cadence  Cadence
	}{
		{"Cut X by 10% by June, tracked on the CI dashboard and reviewed every other Friday.",
			"tracked on the CI dashboard and reviewed every other Friday", Cadence{Biweekly, Friday}},
		{"Cut X by 10% by June; review it at the daily standup", "review it at the daily standup", Cadence{Period: Daily}},
		{"Cut X by 10% by June with weekly updates in #team", "weekly updates in #team", Cadence{Period: Weekly}},
		{"Cut X by 10% by June; progress on the board, reviewed twice a month", "progress on the board, reviewed twice a month", Cadence{Period: Biweekly}},
		{"Cut X by 10% by June; checked on the first Monday of each month", "checked on the first Monday of each month", Cadence{Monthly, Monday}},
		{"Cut X by 10% by June; we discuss it in our 1:1s", "we discuss it in our 1:1s", Cadence{Period: Weekly}},
		{"Cut X by 10% by June; demo at every sprint review", "demo at every sprint review", Cadence{Period: Biweekly}},
		{"Cut X by 10% by June; track it in Jira", "track it in Jira", Cadence{}},
		{"Cut X by 10% by June", "", Cadence{}},
		{"Cut X by 10% by June; twice-weekly syncs with me", "twice-weekly syncs with me", Cadence{Period: Weekly}},
		{"Cut X by 10% by June. We review the burndown at every planning.", "We review the burndown at every planning", Cadence{Period: Biweekly}},
		{"Cut X by 10% by June, with a short update at the end of every sprint", "a short update at the end of every sprint", Cadence{Period: Biweekly}},
		{"Cut X by 10% by June, practising with my manager every fortnight", "practising with my manager every fortnight", Cadence{Period: Biweekly}},
		{"At every sprint review, show the trend; target: 3 defects by June", "At every sprint review, show the trend", Cadence{Period: Biweekly}},
		{"Cut X by 10% by June; ship notes with every release", "", Cadence{}},
		{"Cut X by 10% by June. Why: fewer pages. Tracking: wiki, Mondays.", "wiki, Mondays", Cadence{Weekly, Monday}},
		{"Cut X by 10% by June, with a look at the numbers every Tuesday in the sync", "a look at the numbers every Tuesday in the sync", Cadence{Weekly, Tuesday}},
		{"We need to get better, let's chat about it every Friday", "let's chat about it every Friday", Cadence{Weekly, Friday}},
		{"Cut X by 10% by June; we'll talk it through every other Monday", "we'll talk it through every other Monday", Cadence{Biweekly, Monday}},
		{"Improve monitoring for our 4 Kafka consumers by June, discussed every Friday", "discussed every Friday", Cadence{Weekly, Friday}},
		{"Cut X by 10% by June; we track it in a sheet and catch up every couple of weeks", "we track it in a sheet and catch up every couple of weeks", Cadence{Period: Biweekly}},
		{"Cut X by 10% by June, tracked in Jira and reviewed at month-end", "tracked in Jira and reviewed at month-end", Cadence{Period: Monthly}},
		{"Cut X by 10% by June, reviewed in our monthly 1:1", "reviewed in our monthly 1:1", Cadence{Period: Monthly}},
		{"Cut X by 10% by June; let's check progress monthly in our 1:1", "let's check progress monthly in our 1:1", Cadence{Period: Monthly}},
		{"Cut X by 10% by June; reviewed at the daily standup and the monthly retro", "reviewed at the daily standup and the monthly retro", Cadence{Period: Daily}},
		{"Cut X by 10% by June; reviewed in standup", "reviewed in standup", Cadence{Period: Daily}},
		{"Cut X by 10% by June; checked nightly", "checked nightly", Cadence{Period: Daily}},
		{"Cut X by 10% by June; on the board, reviewed Mon/Wed/Fri", "on the board, reviewed Mon/Wed/Fri", Cadence{Weekly, Monday}},
		{"Cut X by 10% by June; on the board, reviewed Mon and Thu", "on the board, reviewed Mon and Thu", Cadence{Weekly, Monday}},
		{"Cut X by 10% by June; updates in Slack 2x/week", "updates in Slack 2x/week", Cadence{Period: Weekly}},
		{"Cut X by 10% by June; reviewed with me 3 times a month", "reviewed with me 3 times a month", Cadence{Period: Weekly}},
		{"Cut X by 10% by June; reviewed weekly-ish", "reviewed weekly-ish", Cadence{Period: Weekly}},
		// "keep" with a level to hold is the objective, not a tracking verb
		{"Keep the API SLO at 99.9% and p95 under 200 ms through June; SLO board reviewed weekly", "SLO board reviewed weekly", Cadence{Period: Weekly}},
		{"Keep the runbooks current; review them weekly in the ops sync", "review them weekly in the ops sync", Cadence{Period: Weekly}},
		// a check-in said first, then its aim
		{"Every Monday we'll go through the bug board until we've closed all 40 P2 bugs, by end of Q2", "Every Monday we'll go through the bug board", Cadence{Weekly, Monday}},
		{"At each sprint review we'll demo the trend, aiming to cut build time by 30% by June", "At each sprint review we'll demo the trend", Cadence{Period: Biweekly}},
		// a tracking verb over every work item is the work itself, unless a
		// meeting or rhythm follows in the same phrase
		{"Own the release train by June: review every release note and cut 3 releases, discussed in our monthly 1:1", "discussed in our monthly 1:1", Cadence{Period: Monthly}},
		{"Cut X by 10% by June, and demo each migrated service at the Tuesday sync", "demo each migrated service at the Tuesday sync", Cadence{Weekly, Tuesday}},
		{"Cut X by 10% by June; review all dashboards every Monday", "review all dashboards every Monday", Cadence{Weekly, Monday}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			g := ParseGoal(tc.text, now)
			assert.Equal(t, tc.tracking, g.Tracking)
			assert.Equal(t, tc.cadence, g.CheckIn)
		})
	}
}

func TestParseGoalRelevanceAndObjective(t *testing.T) {
	now := time.Date(2025, time.March, 3, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, objective string }{
		{"Every Monday we'll go through the bug board until we've closed all 40 P2 bugs, by end of Q2", "closed all 40 P2 bugs"},
		{"Every Wednesday I walk through the cost report with the team, aiming to halve the GCP bill by June.", "halve the GCP bill"},
		{"Every Wednesday I walk through the cost report until it's green.", ""}, // no aim verb: all tracking
		{"Latency budget: keep p95 under 200 ms at the weekly peak through June; SLO board reviewed every Monday",
			"Latency budget: keep p95 under 200 ms at the weekly peak"},
		{"Become our Terraform expert by June: review every infra PR and run two brown-bags, discussed in our monthly 1:1",
			"Become our Terraform expert review every infra PR and run two brown-bags"},
	} {
		g := ParseGoal(tc.text, now)
		assert.Equal(t, tc.objective, g.Objective, tc.text)
	}
	for _, text := range []string{
		"Latency budget: keep p95 under 200 ms at the weekly peak through June; SLO board reviewed every Monday",
		"Become our Terraform expert by June: review every infra PR and run two brown-bags, discussed in our monthly 1:1",
		"Every Wednesday I walk through the cost report with the team, aiming to halve the GCP bill by June.",
	} {
		fs := CheckGoal(ParseGoal(text, now), now)
		assert.False(t, fs.Errors().Has(CodeMeasurable), "%s: %v", text, fs)
	}
	g := ParseGoal("To cut onboarding time, write a setup guide within two weeks", now)
	assert.Equal(t, "write a setup guide", g.Objective)
	assert.Equal(t, "To cut onboarding time", g.Relevance)

	g = ParseGoal("By the end of Q2, reduce pages by 20% so that on-call is sustainable; reviewed weekly in the ops sync", now)
	assert.Equal(t, "reduce pages by 20%", g.Objective)
	assert.Equal(t, "so that on-call is sustainable", g.Relevance)
	assert.Equal(t, "reviewed weekly in the ops sync", g.Tracking)

	g = ParseGoal("Reduce pages by 20% because the team is burning out.", now)
	assert.Equal(t, "because the team is burning out", g.Relevance)

	// form labels: the head word of a label says what follows it
	g = ParseGoal("Performance goal — deliver the retention feature to production", now)
	assert.Equal(t, "deliver the retention feature to production", g.Objective)
	g = ParseGoal("KR2: raise coverage to 75%. Check-in frequency: monthly. Tracking: coverage report.", now)
	assert.Equal(t, "raise coverage to 75%", g.Objective)
	assert.Equal(t, "monthly; coverage report", g.Tracking)
	g = ParseGoal("Goal title: AWS certification. Description: Pass the AWS SA exam. Due date: 30 Oct 2025.", now)
	assert.Equal(t, "AWS certification", g.Objective)
	assert.Equal(t, "Pass the AWS SA exam", g.Measure)
	g = ParseGoal("Migrate the catalogue service by 15 July to support the Q3 launch", now)
	assert.Equal(t, "to support the Q3 launch", g.Relevance)
	g = ParseGoal("Migrate the catalogue service by 15 July, because the old one goes out of support", now)
	assert.Nil(t, g.Target)
	g = ParseGoal("Hire 2 QA engineers before Q3 starts", now)
	assert.Equal(t, "Hire 2 QA engineers", g.Objective)
	g = ParseGoal("Work towards a cleaner architecture for the billing domain", now)
	assert.Equal(t, "Work towards a cleaner architecture for the billing domain", g.Objective)
	assert.Empty(t, g.Relevance)
}

func TestParseGoalEdgeCases(t *testing.T) {
	now := time.Date(2025, time.March, 3, 10, 0, 0, 0, time.UTC)
	for _, text := range []string{"", "   ", ";;;", "—", "1:1", "%%%", "by", "from 3 to", "🙂 reduce 🙂 by 🙂", "\x00\xff\xfe",
		strings.Repeat("reduce tickets by 30% ", 2000), "Réduire les tickets de 30 % d’ici juin", "by 99999999999999999999 months"} {
		g := ParseGoal(text, now)
		fs := CheckGoal(g, now)
		assert.LessOrEqual(t, len(fs), 6)
	}
	g := ParseGoal(strings.Repeat("x", 10*maxGoalText), now)
	assert.LessOrEqual(t, len(g.Objective), maxGoalText)
}

func TestCheckGoalOnParsedCodesAreValid(t *testing.T) {
	now := time.Date(2025, time.March, 3, 10, 0, 0, 0, time.UTC)
	for _, f := range CheckGoal(ParseGoal("Improve things", now), now) {
		assert.True(t, leadkit.ValidCode(f.Code), f.Code)
	}
}
