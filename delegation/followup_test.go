package delegation

import (
	"testing"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dates(ts []time.Time) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Format("Mon 01-02")
	}
	return out
}

func TestSchedule(t *testing.T) {
	monday := time.Date(2025, time.March, 3, 14, 0, 0, 0, time.UTC)
	cases := []struct {
		style    Style
		deadline time.Time
		want     []string
	}{
		{Telling, day(time.March, 10), []string{"Tue 03-04", "Wed 03-05", "Thu 03-06", "Fri 03-07", "Mon 03-10"}},
		{Selling, day(time.March, 14), []string{"Thu 03-06", "Mon 03-10", "Thu 03-13", "Fri 03-14"}},
		{Participating, day(time.March, 24), []string{"Mon 03-10", "Mon 03-17", "Mon 03-24"}},
		{Delegating, day(time.March, 24), []string{"Mon 03-17", "Mon 03-24"}},
		{Delegating, day(time.March, 3), []string{"Mon 03-03"}},
	}
	for _, tc := range cases {
		t.Run(tc.style.String(), func(t *testing.T) {
			got := Schedule(Delegation{Style: tc.style, Start: monday, Deadline: tc.deadline})
			assert.Equal(t, tc.want, dates(got))
		})
	}
	assert.Nil(t, Schedule(Delegation{Style: Telling}))
	assert.Nil(t, Schedule(Delegation{Style: Telling, Start: monday, Deadline: day(time.March, 1)}))
	open := Schedule(Delegation{Style: Delegating, Start: monday})
	require.NotEmpty(t, open)
	assert.Equal(t, monday.AddDate(0, 0, 90).Truncate(24*time.Hour), open[len(open)-1])
	custom := FollowUpOptions{Every: map[Style]int{Delegating: 30}, Horizon: 60}.Schedule(Delegation{Style: Delegating, Start: monday})
	assert.Len(t, custom, 2)
	long := Schedule(Delegation{Style: Telling, Start: monday, Deadline: monday.AddDate(10, 0, 0)})
	assert.Len(t, long, maxScheduled)
}

func TestCheckFollowUp(t *testing.T) {
	start := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC) // Monday
	cases := []struct {
		name string
		d    Delegation
		now  time.Time
		want map[string]leadkit.Severity
	}{
		{"on schedule", Delegation{Style: Selling, Start: start, CheckIns: []CheckIn{{Date: day(time.March, 6), Outcome: OnTrack}}}, day(time.March, 7), nil},
		{"weekend does not count for daily", Delegation{Style: Telling, Start: start, CheckIns: []CheckIn{{Date: day(time.March, 7), Outcome: OnTrack}}},
			day(time.March, 10), nil},
		{"overdue", Delegation{Style: Participating, Start: start}, day(time.March, 12), map[string]leadkit.Severity{"delegation.checkin.overdue": leadkit.Warning}},
		{"a check-in without an outcome is not counted", Delegation{Style: Participating, Start: start,
			CheckIns: []CheckIn{{Date: day(time.March, 11)}}}, day(time.March, 12), map[string]leadkit.Severity{"delegation.checkin.overdue": leadkit.Warning}},
		{"long overdue", Delegation{Style: Telling, Start: start}, day(time.March, 7), map[string]leadkit.Severity{"delegation.checkin.overdue": leadkit.Error}},
		{"before start", Delegation{Style: Telling, Start: start}, day(time.February, 7), nil},
		{"no follow-up after the deadline", Delegation{Style: Delegating, Start: start, Deadline: day(time.March, 14),
			CheckIns: []CheckIn{{Date: day(time.March, 13), Outcome: OnTrack}}}, day(time.March, 20),
			map[string]leadkit.Severity{"delegation.followup.missing": leadkit.Warning}},
		{"followed up", Delegation{Style: Delegating, Start: start, Deadline: day(time.March, 14),
			CheckIns: []CheckIn{{Date: day(time.March, 14), Outcome: OnTrack}}}, day(time.March, 20), nil},
		{"no start", Delegation{Style: Delegating}, day(time.March, 20), map[string]leadkit.Severity{"delegation.start.missing": leadkit.Error}},
		{"no style", Delegation{Start: start, CheckIns: []CheckIn{{Date: day(time.March, 3)}}}, day(time.March, 3),
			map[string]leadkit.Severity{"delegation.style.invalid": leadkit.Error}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := CheckFollowUp(tc.d, tc.now)
			if tc.want == nil {
				tc.want = map[string]leadkit.Severity{}
			}
			assert.Equal(t, tc.want, codes(fs), "%v", fs)
			for _, f := range fs {
				assert.True(t, leadkit.ValidCode(f.Code))
			}
		})
	}
}
