package delegation

import (
	"testing"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
)

func day(m time.Month, d int) time.Time { return time.Date(2025, m, d, 9, 0, 0, 0, time.UTC) }

func TestAdjust(t *testing.T) {
	good := func(d int) CheckIn { return CheckIn{Date: day(time.March, d), Outcome: OnTrack, Confidence: 8} }
	help := func(d int) CheckIn { return CheckIn{Date: day(time.March, d), Outcome: NeededHelp, Confidence: 5} }
	blocked := func(d int) CheckIn { return CheckIn{Date: day(time.March, d), Outcome: Blocked, Confidence: 3} }
	cases := []struct {
		name   string
		style  Style
		checks []CheckIn
		want   Style
		codes  []string
	}{
		{"no check-ins", Selling, nil, Selling, nil},
		{"two good steps down one", Telling, []CheckIn{good(3), good(4)}, Selling, []string{"delegation.style.micromanaging"}},
		{"order does not matter", Selling, []CheckIn{good(10), help(1), good(9)}, Participating, nil},
		{"never two steps", Telling, []CheckIn{good(1), good(2), good(3), good(4), good(5), good(6)}, Selling, []string{"delegation.style.micromanaging"}},
		{"on track but unsure stays", Selling, []CheckIn{good(1), {Date: day(time.March, 2), Outcome: OnTrack, Confidence: 4}}, Selling, nil},
		{"one good after trouble stays", Participating, []CheckIn{help(1), good(2)}, Participating, nil},
		{"two troubled steps back", Participating, []CheckIn{help(1), blocked(2)}, Selling, nil},
		{"blocked while hands-off steps back at once", Delegating, []CheckIn{good(1), blocked(2)}, Participating, []string{"delegation.style.abdicating"}},
		{"hands-off and struggling", Delegating, []CheckIn{help(1), help(2)}, Participating, []string{"delegation.style.abdicating"}},
		{"hands-off and fine", Delegating, []CheckIn{good(1), good(2)}, Delegating, nil},
		{"telling and struggling stays", Telling, []CheckIn{help(1), blocked(2)}, Telling, nil},
		{"bad check-in left out", Selling, []CheckIn{{Outcome: OnTrack}, good(1), good(2), {Date: day(time.March, 3), Outcome: 9}}, Participating,
			[]string{"delegation.checkin.invalid", "delegation.checkin.invalid"}},
		{"no style", 0, []CheckIn{good(1)}, 0, []string{"delegation.style.invalid"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			adj, fs := Adjust(Delegation{Task: "sprint demo", Delegate: "Kofi", Style: tc.style, CheckIns: tc.checks})
			assert.Equal(t, tc.want, adj.To)
			assert.Equal(t, tc.style, adj.From)
			assert.Equal(t, tc.want != tc.style, adj.Changed())
			assert.NotEmpty(t, adj.Reason)
			var got []string
			for _, f := range fs {
				got = append(got, f.Code)
				assert.True(t, leadkit.ValidCode(f.Code))
			}
			assert.Equal(t, tc.codes, got)
		})
	}
	adj, _ := AdjustOptions{Streak: 3}.Adjust(Delegation{Style: Selling, CheckIns: []CheckIn{good(1), good(2)}})
	assert.Equal(t, Selling, adj.To, "a longer streak is needed")
}

func TestOutcomeText(t *testing.T) {
	for o := OnTrack; o <= Blocked; o++ {
		b, err := o.MarshalText()
		assert.NoError(t, err)
		var back Outcome
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, o, back)
	}
	var o Outcome
	assert.NoError(t, o.UnmarshalText([]byte("On Track")))
	assert.Equal(t, OnTrack, o)
	assert.Error(t, o.UnmarshalText([]byte("late")))
}
