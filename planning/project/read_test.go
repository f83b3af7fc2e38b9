package project

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestReadPlanJSON(t *testing.T) {
	want := checkoutPlan()
	b, err := json.MarshalIndent(want, "", "  ")
	require.NoError(t, err)
	got, err := ReadPlanJSON(strings.NewReader(string(b)))
	require.NoError(t, err)
	assert.Equal(t, want, got)

	_, err = ReadPlanJSON(strings.NewReader("{\"name\": \"x\",\n \"steps\": [{\"id\": \"a\", \"estimat\": 2}]}"))
	var pe *leadkit.ParseError
	require.True(t, errors.As(err, &pe), "%v", err)
	assert.Equal(t, 2, pe.Line)
	assert.Contains(t, pe.Msg, "estimat")

	_, err = ReadPlanJSON(strings.NewReader(`{"start": "2026-03-30"}`))
	require.True(t, errors.As(err, &pe), "dates are RFC 3339 in JSON")
}

func TestReadUpdatesCSV(t *testing.T) {
	in := "Step,Date,Done,Remaining\nendpoint,2026-04-06,4,5\nschema,2026-03-31T17:00:00+02:00,,0\n"
	got, err := ReadUpdatesCSV(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, Update{Step: "endpoint", Date: day(2026, 4, 6), Done: 4, Remaining: 5}, got[0])
	assert.Equal(t, 0.0, got[1].Remaining)
	assert.Equal(t, day(2026, 3, 31), date(got[1].Date))
}

func TestReadUpdatesCSVErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		{"missing column", "step,date\na,2026-04-01\n", 1, 0, `header has no "remaining" column`},
		{"unknown column", "step,date,remaining,note\na,2026-04-01,1,x\n", 1, 21, `unknown column "note"`},
		{"no step", "step,date,remaining\n,2026-04-01,1\n", 2, 1, "every update names a step"},
		{"no date", "step,date,remaining\na,,1\n", 2, 3, "every update has a date"},
		{"bad date", "step,date,remaining\na,1 April,1\n", 2, 3, `"1 April" is not a date`},
		{"blank remaining", "step,date,remaining\na,2026-04-01,\n", 2, 14, "how much work is left"},
		{"bad number", "step,date,remaining\na,2026-04-01,lots\n", 2, 14, `"lots" is not a number`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadUpdatesCSV(strings.NewReader(tc.in))
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "%v", err)
			assert.Equal(t, tc.line, pe.Line)
			assert.Equal(t, tc.col, pe.Col)
			assert.Contains(t, pe.Error(), tc.msg)
		})
	}
}

func TestReadUpdatesJSON(t *testing.T) {
	got, err := ReadUpdatesJSON(strings.NewReader(`[{"step":"a","date":"2026-04-06T00:00:00Z","done":1,"remaining":2}]`))
	require.NoError(t, err)
	assert.Equal(t, []Update{{Step: "a", Date: day(2026, 4, 6), Done: 1, Remaining: 2}}, got)
	got, err = ReadUpdatesJSON(strings.NewReader(`{"step":"a","date":"2026-04-06T00:00:00Z","remaining":0}`))
	require.NoError(t, err)
	assert.Equal(t, []Update{{Step: "a", Date: day(2026, 4, 6)}}, got, "a single update needs no brackets; 0 left is finished")

	tests := []struct{ name, in, want string }{
		{"unknown field", `[{"step":"a","left":2}]`, `1:14: unknown field "left"`},
		{"no remaining is not done", "[{\"step\":\"a\",\"date\":\"2026-04-06T00:00:00Z\",\"remaining\":1},\n {\"step\":\"a\",\"date\":\"2026-04-07T00:00:00Z\"}]",
			"2:2: update 2 does not say how much work is left"},
		{"no step", `[{"date":"2026-04-06T00:00:00Z","remaining":1}]`, "1:2: update 1 names no step"},
		{"no date", `[{"step":"a","remaining":1}]`, "1:2: update 1 has no date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadUpdatesJSON(strings.NewReader(tc.in))
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "%v", err)
			assert.Contains(t, pe.Error(), tc.want)
		})
	}
}

func FuzzReadUpdatesJSON(f *testing.F) {
	f.Add(`[{"step":"endpoint","date":"2026-04-06T00:00:00Z","done":4,"remaining":5}]`)
	f.Add(`{"step":"schema","date":"2026-03-31T00:00:00+02:00","remaining":0}`)
	f.Add(`[{"step":"form","date":"2026-04-02T18:00:00Z","remaining":1e300}]`)
	f.Fuzz(func(t *testing.T, in string) {
		updates, err := ReadUpdatesJSON(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		for _, u := range updates {
			require.NotEmpty(t, u.Step)
			require.False(t, u.Date.IsZero())
		}
		checkoutPlan().Forecast(updates, day(2026, 4, 7), Options{})
	})
}

func FuzzReadPlanJSON(f *testing.F) {
	b, err := json.Marshal(checkoutPlan())
	require.NoError(f, err)
	f.Add(string(b))
	f.Add(`{"owner":"a","steps":[{"id":"a","estimate":1,"depends_on":["a"]}],"milestones":[{"id":"m","steps":["a"],"target":"2026-01-01T00:00:00Z"}]}`)
	f.Add(`{"steps":[{"id":"","estimate":-1e308,"depends_on":["","",""]}],"start":"0001-01-01T00:00:00Z"}`)
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ReadPlanJSON(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		for _, f := range p.Validate() {
			require.True(t, leadkit.ValidCode(f.Code))
		}
		fc := p.Forecast([]Update{{Step: "a", Date: day(2026, 4, 1), Remaining: 1}}, day(2026, 4, 1), Options{})
		var buf strings.Builder
		require.NoError(t, fc.Summary().WriteMarkdown(&buf))
	})
}

func FuzzReadUpdatesCSV(f *testing.F) {
	f.Add("step,date,done,remaining\nendpoint,2026-04-06,4,5\nschema,2026-03-31,,0\n")
	f.Add("step,date,remaining\nform,2026-04-02T18:00:00Z,1e300\n")
	f.Fuzz(func(t *testing.T, in string) {
		updates, err := ReadUpdatesCSV(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		checkoutPlan().Forecast(updates, day(2026, 4, 7), Options{})
	})
}
