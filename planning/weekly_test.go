package planning_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
)

// monday is 08:00 on Monday 30 November 2026.
var monday = time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)

func at(day, h, m int) time.Time { return time.Date(2026, 11, 30+day, h, m, 0, 0, time.UTC) }

func task(title string, q planning.Quadrant, est time.Duration) planning.Task {
	return planning.Task{
		ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte(title)), Title: title, Estimate: est,
		Important: q == planning.Do || q == planning.Schedule, Urgent: q == planning.Do || q == planning.Delegate,
	}
}

type span struct {
	title      string
	start, end time.Time
}

func spans(p planning.WeekPlan) []span {
	out := []span{}
	for _, b := range p.Blocks {
		out = append(out, span{b.Title, b.Start, b.End})
	}
	return out
}

func TestPlanWeekDefaults(t *testing.T) {
	p := planning.PlanWeek([]planning.Task{task("design review", planning.Do, 4*time.Hour)}, planning.Capacity{}, monday)
	assert.Equal(t, 35*time.Hour, p.Available, "5 days of 8 hours minus a 1-hour lunch")
	assert.Equal(t, 7*time.Hour, p.Buffer, "a fifth of the free time")
	assert.Equal(t, 4*time.Hour, p.Planned)
	assert.Equal(t, 24*time.Hour, p.Free())
	assert.Equal(t, []span{
		{"design review", at(0, 9, 0), at(0, 12, 0)},
		{"design review", at(0, 13, 0), at(0, 14, 0)},
	}, spans(p), "the lunch break stays free")
	assert.Empty(t, p.Findings)
	assert.Equal(t, monday.AddDate(0, 0, 7), p.End)
}

func TestPlanWeekPriorityOrder(t *testing.T) {
	due := func(tk planning.Task, d time.Time) planning.Task { tk.Due = d; return tk }
	tasks := []planning.Task{
		task("strategy doc", planning.Schedule, 2*time.Hour),
		task("fix prod bug", planning.Do, time.Hour),
		due(task("release notes", planning.Do, time.Hour), at(2, 17, 0)),
		due(task("security patch", planning.Do, time.Hour), at(1, 17, 0)),
	}
	p := planning.PlanWeek(tasks, planning.Capacity{}, monday)
	assert.Equal(t, []string{"security patch", "release notes", "fix prod bug", "strategy doc"}, titles(p.Scheduled),
		"Do before Schedule; earlier due dates first; no due date last")
	assert.Equal(t, at(0, 9, 0), p.Blocks[0].Start)
	assert.Equal(t, "security patch", p.Blocks[0].Title)
	assert.Equal(t, planning.Do, p.Blocks[0].Quadrant)
}

func TestPlanWeekOverflowAndHandoff(t *testing.T) {
	tasks := []planning.Task{
		task("migration", planning.Do, 20*time.Hour),
		task("rewrite", planning.Schedule, 10*time.Hour), // 30h > 28h plannable
		task("quick fix", planning.Schedule, 2*time.Hour),
		task("expense report", planning.Delegate, time.Hour),
		task("shiny JSON library", planning.Eliminate, 3*time.Hour),
		task("no estimate", planning.Do, 0),
	}
	p := planning.PlanWeek(tasks, planning.Capacity{}, monday)
	assert.Equal(t, []string{"migration", "quick fix"}, titles(p.Scheduled), "a task that does not fit does not block smaller ones")
	assert.Equal(t, []string{"rewrite"}, titles(p.Overflow))
	assert.Equal(t, []string{"expense report"}, titles(p.Handoff))
	assert.Equal(t, []string{"shiny JSON library"}, titles(p.Drop))
	assert.Equal(t, []string{"no estimate"}, titles(p.Unestimated))
	assert.Equal(t, []string{
		"weekplan.estimate_missing@tasks[5]",
		"weekplan.overcommitted@tasks",
		"weekplan.overflow@tasks[1]",
		"weekplan.delegate@tasks[3]",
		"weekplan.eliminate@tasks[4]",
	}, codes(p.Findings))
	assert.Contains(t, p.Findings[1].Message, "1 task(s) needing 10h do not fit; the week has 28h of plannable time")
	assert.NoError(t, p.Findings.Err())
	var total time.Duration
	for _, b := range p.Blocks {
		total += b.End.Sub(b.Start)
	}
	assert.Equal(t, 22*time.Hour, total)
}

func TestPlanWeekRespectsMeetingsAndMidWeekStart(t *testing.T) {
	wednesday := at(2, 14, 0)
	c := planning.Capacity{
		Booked: []planning.Interval{{Start: at(2, 14, 30), End: at(2, 16, 0)}},
		Buffer: 0.5,
	}
	p := planning.PlanWeek([]planning.Task{task("review PRs", planning.Do, 90*time.Minute)}, c, wednesday)
	// Wednesday has 14:00-14:30 and 16:00-17:00 free (1h30m); half is buffer,
	// taken from the end of the day: 14:00-14:30 and 16:00-16:15 are left.
	// The 15-minute piece is shorter than MinBlock and does not finish the
	// task, so the plan goes on to Thursday.
	assert.Equal(t, []span{
		{"review PRs", at(2, 14, 0), at(2, 14, 30)},
		{"review PRs", at(3, 9, 0), at(3, 10, 0)},
	}, spans(p))
	// Wed 14:00 to next Wed 14:00: Wed 1h30m; Thu, Fri, Mon, Tue 7h each;
	// next Wed 09:00-12:00 and 13:00-14:00.
	assert.Equal(t, 90*time.Minute+4*7*time.Hour+4*time.Hour, p.Available)
}

func TestPlanWeekShortGapFinishesATask(t *testing.T) {
	c := planning.Capacity{NoBuffer: true, Booked: []planning.Interval{{Start: at(0, 9, 20), End: at(0, 12, 0)}}}
	p := planning.PlanWeek([]planning.Task{task("standup notes", planning.Do, 20*time.Minute)}, c, monday)
	assert.Equal(t, []span{{"standup notes", at(0, 9, 0), at(0, 9, 20)}}, spans(p))
	assert.Equal(t, []string{"weekplan.no_buffer@capacity.buffer"}, codes(p.Findings))
}

func TestPlanWeekLateAndOverdue(t *testing.T) {
	late := task("board deck", planning.Do, 3*time.Hour)
	late.Due = at(0, 10, 0)
	old := task("perf review", planning.Schedule, time.Hour)
	old.Due = at(-3, 17, 0)
	p := planning.PlanWeek([]planning.Task{late, old}, planning.Capacity{}, monday)
	assert.Equal(t, []string{"weekplan.late@tasks[0]", "weekplan.overdue@tasks[1]"}, codes(p.Findings))
	assert.Contains(t, p.Findings[0].Message, `"board deck" finishes at 2026-11-30 12:00:00, after it is due at 2026-11-30 10:00:00.`)
}

func TestPlanWeekCapacitySettings(t *testing.T) {
	tests := []struct {
		name      string
		c         planning.Capacity
		want      []string
		available time.Duration
	}{
		{name: "no breaks", c: planning.Capacity{NoBreaks: true}, want: []string{"weekplan.no_breaks@capacity.breaks"}, available: 40 * time.Hour},
		{name: "day ends before it starts", c: planning.Capacity{DayStart: planning.At(17, 0), DayEnd: planning.At(9, 0)},
			want: []string{"weekplan.capacity.invalid@capacity.day_end"}},
		{name: "buffer of one", c: planning.Capacity{Buffer: 1}, want: []string{"weekplan.capacity.invalid@capacity.buffer"}},
		{name: "negative buffer", c: planning.Capacity{Buffer: -0.1}, want: []string{"weekplan.capacity.invalid@capacity.buffer"}},
		{name: "four-day week, long days", c: planning.Capacity{
			Workdays: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday},
			DayStart: planning.At(8, 0), DayEnd: planning.At(18, 0),
		}, want: []string{}, available: 4 * 9 * time.Hour},
		{name: "no workdays", c: planning.Capacity{Workdays: []time.Weekday{}}, want: []string{"weekplan.overcommitted@tasks", "weekplan.overflow@tasks[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := planning.PlanWeek([]planning.Task{task("x", planning.Do, time.Hour)}, tc.c, monday)
			assert.Equal(t, tc.want, codes(p.Findings))
			assert.Equal(t, tc.available, p.Available)
			for _, f := range p.Findings {
				assert.True(t, leadkit.ValidCode(f.Code), f.Code)
			}
		})
	}
}

func TestPlanWeekFollowsLocalTimeAcrossDST(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone database")
	}
	// Friday evening before the end of summer time (Sunday 25 October 2026).
	now := time.Date(2026, 10, 23, 18, 0, 0, 0, berlin)
	p := planning.PlanWeek([]planning.Task{task("plan", planning.Do, time.Hour)}, planning.Capacity{}, now)
	require.Len(t, p.Blocks, 1)
	assert.Equal(t, time.Date(2026, 10, 26, 9, 0, 0, 0, berlin), p.Blocks[0].Start, "Monday 09:00 local time")
	assert.Equal(t, 35*time.Hour, p.Available)
}

func TestClockText(t *testing.T) {
	tests := []struct {
		in   string
		want planning.Clock
		ok   bool
	}{
		{"09:30", planning.At(9, 30), true},
		{"9:05", planning.At(9, 5), true},
		{"24:00", 24 * 60, true},
		{"24:01", 0, false},
		{"9:60", 0, false},
		{"nine", 0, false},
		{"09:30x", 0, false},
		{"", 0, false},
		{"19:5", 0, false},
		{"9: 30", 0, false},
		{"+9:30", 0, false},
		{"-0:30", 0, false},
		{"09:30 ", 0, false},
		{"009:30", 0, false},
		{"٠٩:٣٠", 0, false},
		{"00:00", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var c planning.Clock
			err := c.UnmarshalText([]byte(tc.in))
			if !tc.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, c)
			b, err := c.MarshalText()
			require.NoError(t, err)
			var back planning.Clock
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, c, back)
		})
	}
	assert.Equal(t, "23:30", planning.At(-1, 30).String(), "out-of-range hours wrap")
}

func TestPlanWeekBookedTimeInAnotherZone(t *testing.T) {
	// Auckland in summer is 13 hours ahead of UTC, so a Monday 09:00
	// meeting booked in UTC starts on Sunday in UTC.
	nz := time.FixedZone("NZDT", 13*3600)
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, nz)
	meeting := planning.Interval{
		Start: time.Date(2026, 11, 29, 20, 0, 0, 0, time.UTC),
		End:   time.Date(2026, 11, 29, 21, 0, 0, 0, time.UTC),
	}
	p := planning.PlanWeek([]planning.Task{task("design doc", planning.Do, 5*time.Hour)}, planning.Capacity{Booked: []planning.Interval{meeting}}, now)
	// Monday has 6 free hours (10:00–12:00, 13:00–17:00); its buffer is the
	// last 72 minutes of the day, not a slice of the morning.
	assert.Equal(t, []span{
		{"design doc", time.Date(2026, 11, 30, 10, 0, 0, 0, nz), time.Date(2026, 11, 30, 12, 0, 0, 0, nz)},
		{"design doc", time.Date(2026, 11, 30, 13, 0, 0, 0, nz), time.Date(2026, 11, 30, 15, 48, 0, 0, nz)},
		{"design doc", time.Date(2026, 12, 1, 9, 0, 0, 0, nz), time.Date(2026, 12, 1, 9, 12, 0, 0, nz)},
	}, spans(p), "blocks are in the plan's zone, and the day is one day")
}

func TestPlanWeekDueDatesWithoutTimeMeanTheEndOfTheDay(t *testing.T) {
	today := task("release notes", planning.Do, time.Hour)
	today.Due = at(0, 0, 0)                           // "2026-11-30" in a CSV: due today, not since midnight
	long := task("review", planning.Do, 10*time.Hour) // runs into Tuesday
	long.Due = at(0, 0, 0)
	yesterday := task("expenses", planning.Do, time.Hour)
	yesterday.Due = at(-1, 0, 0)
	p := planning.PlanWeek([]planning.Task{today, long, yesterday}, planning.Capacity{}, monday)
	assert.Equal(t, []string{"weekplan.late@tasks[1]", "weekplan.overdue@tasks[2]"}, codes(p.Findings),
		"a task due today is not overdue this morning")
	assert.Equal(t, `"expenses" was due at 2026-11-29, before the plan starts.`, p.Findings[1].Message)
	assert.Contains(t, p.Findings[0].Message, "after it is due at 2026-11-30.")
}
