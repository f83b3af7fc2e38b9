package delegation

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriodText(t *testing.T) {
	for p := Period(0); p <= Quarterly; p++ {
		b, err := p.MarshalText()
		require.NoError(t, err)
		var back Period
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, p, back)
		assert.Equal(t, string(b), p.String())
	}
	var p Period
	assert.Error(t, p.UnmarshalText([]byte("yearly")))
	_, err := Period(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Period(9)", Period(9).String())
}

func TestWeekdayText(t *testing.T) {
	for d := Weekday(0); d <= Sunday; d++ {
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back Weekday
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	var d Weekday
	require.NoError(t, d.UnmarshalText([]byte("Fri")))
	assert.Equal(t, Friday, d)
	assert.Equal(t, "Friday", d.String())
	assert.Error(t, d.UnmarshalText([]byte("someday")))
	_, err := Weekday(8).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, Sunday, WeekdayOf(time.Sunday))
	assert.Equal(t, Monday, WeekdayOf(time.Monday))
	assert.Equal(t, time.Sunday, Sunday.time())
}

func TestGoalJSON(t *testing.T) {
	g := workedGoal()
	b, err := json.Marshal(g)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"check_in":{"period":"weekly","weekday":"monday"}`)
	assert.Contains(t, string(b), `"target":{"value":-30,"unit":"%"}`)
	var back Goal
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, g, back)

	b, err = json.Marshal(Goal{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(b))
}

func TestQuantityString(t *testing.T) {
	assert.Equal(t, "-30%", Quantity{-30, "%"}.String())
	assert.Equal(t, "200 ms", Quantity{200, "ms"}.String())
	assert.Equal(t, "2.5", Quantity{Value: 2.5}.String())
}

func TestCadence(t *testing.T) {
	sunday := time.Date(2025, time.March, 2, 15, 0, 0, 0, time.UTC)
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		c    Cadence
		str  string
		next time.Time
	}{
		{Cadence{}, "none", time.Time{}},
		{Cadence{Period: Daily, Weekday: Friday}, "daily on Friday", day(time.March, 2)},
		{Cadence{Period: Weekly}, "weekly", day(time.March, 2)},
		{Cadence{Period: Weekly, Weekday: Monday}, "weekly on Monday", day(time.March, 3)},
		{Cadence{Period: Weekly, Weekday: Sunday}, "weekly on Sunday", day(time.March, 2)},
		{Cadence{Period: Biweekly, Weekday: Friday}, "biweekly on Friday", day(time.March, 7)},
		{Cadence{Period: Monthly, Weekday: Monday}, "monthly on Monday", day(time.March, 3)},
		{Cadence{Period: Monthly, Weekday: Saturday}, "monthly on Saturday", day(time.April, 5)},
		{Cadence{Period: 9, Weekday: Monday}, "Period(9) on Monday", time.Time{}},
		{Cadence{Period: Weekly, Weekday: 9}, "weekly on Weekday(9)", time.Time{}},
	}
	for _, tc := range cases {
		t.Run(tc.str, func(t *testing.T) {
			assert.Equal(t, tc.str, tc.c.String())
			assert.Equal(t, tc.next, tc.c.Next(sunday))
		})
	}
	assert.Equal(t, 14*24*time.Hour, Cadence{Period: Biweekly}.Interval())
	assert.True(t, Cadence{Weekday: Monday}.IsZero())
}
