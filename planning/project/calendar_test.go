package project

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
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

func TestDaysBetween(t *testing.T) {
	assert.Equal(t, 7, daysBetween(day(2026, 3, 31), day(2026, 4, 7)))
	assert.Equal(t, -2, daysBetween(day(2026, 4, 7), day(2026, 4, 5)))
	assert.Equal(t, 0, daysBetween(time.Date(2026, 4, 7, 23, 0, 0, 0, time.UTC), day(2026, 4, 7)))
}
