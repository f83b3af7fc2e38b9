package project

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestWorkdayRoundTrip(t *testing.T) {
	mon := day(2026, 3, 30) // a Monday
	w := workday(mon)
	for i, want := range []time.Time{mon, day(2026, 3, 31), day(2026, 4, 1), day(2026, 4, 2), day(2026, 4, 3), day(2026, 4, 6)} {
		assert.Equal(t, want, dateOf(w+i), "working day %d after Monday", i)
	}
	assert.Equal(t, w+5, workday(day(2026, 4, 4)), "Saturday counts as the next Monday")
	assert.Equal(t, w+5, workday(day(2026, 4, 5)), "Sunday counts as the next Monday")
	assert.Equal(t, w+5, workday(day(2026, 4, 6)))
}

func TestWorkdayBefore1970AndZones(t *testing.T) {
	for _, d := range []time.Time{day(1969, 12, 29), day(1900, 1, 1), day(2026, 1, 1), day(2400, 2, 29)} {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		assert.Equal(t, d, dateOf(workday(d)), d.String())
	}
	late := time.Date(2026, 4, 3, 23, 30, 0, 0, time.FixedZone("UTC-8", -8*3600)) // Friday there, Saturday in UTC
	assert.Equal(t, day(2026, 4, 3), dateOf(workday(late)), "the date is read in the time's own zone")
}

func TestDeadlineOnAWeekendIsFridayEvening(t *testing.T) {
	mon := float64(workday(day(2026, 3, 30)))
	assert.Equal(t, mon+1, deadline(day(2026, 3, 30)), "a Monday target leaves Monday to work")
	assert.Equal(t, mon+5, deadline(day(2026, 4, 3)), "Friday")
	assert.Equal(t, mon+5, deadline(day(2026, 4, 4)), "Saturday: nothing after Friday")
	assert.Equal(t, mon+5, deadline(day(2026, 4, 5)), "Sunday: nothing after Friday")
	assert.Equal(t, mon+6, deadline(day(2026, 4, 6)), "the next Monday")
}

func TestWeekendTargets(t *testing.T) {
	plan := func(estimate float64, target time.Time) Plan {
		return Plan{Name: "p", Owner: "Ana", Start: day(2026, 3, 30),
			Steps:      []Step{{ID: "a", Title: "Build the export", Owner: "Ana", Estimate: estimate}},
			Milestones: []Milestone{{ID: "m", Target: target, Steps: []string{"a"}}}}
	}
	// Six days of work from Monday 30 March end on Monday 6 April: after a
	// Saturday target, so the plan cannot make it.
	late := plan(6, day(2026, 4, 4))
	assert.True(t, late.Validate().Has(codeMilestoneTooEarly), "a Saturday target does not lend the next Monday")
	f := late.Forecast(nil, day(2026, 3, 30), Options{})
	assert.Equal(t, OffTrack, f.Milestones[0].Status)
	assert.Equal(t, 2, f.Milestones[0].SlipDays)

	// Four days end on Thursday: one working day, Friday, before a Sunday
	// target, which is less than the default slack of two.
	tight := plan(4, day(2026, 4, 5))
	require.Empty(t, tight.Validate())
	f = tight.Forecast(nil, day(2026, 3, 30), Options{})
	assert.Equal(t, AtRisk, f.Milestones[0].Status)
	assert.Equal(t, "It is projected for 2026-04-02 with only 1 working day of slack before its target 2026-04-05.", f.Milestones[0].Reasons[0])
}

func TestDaysBetween(t *testing.T) {
	assert.Equal(t, 7, daysBetween(day(2026, 3, 31), day(2026, 4, 7)))
	assert.Equal(t, -2, daysBetween(day(2026, 4, 7), day(2026, 4, 5)))
	assert.Equal(t, 0, daysBetween(time.Date(2026, 4, 7, 23, 0, 0, 0, time.UTC), day(2026, 4, 7)))
}
