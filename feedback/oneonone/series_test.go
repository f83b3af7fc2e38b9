package oneonone

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestNewSeries(t *testing.T) {
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s, err := NewSeries(" lea ", "sam", Weekly, start)
	require.NoError(t, err)
	assert.Equal(t, "lea", s.Lead)
	assert.NotEqual(t, uuid.Nil, s.ID)
	for _, bad := range []struct {
		lead, member string
		c            Cadence
		start        time.Time
	}{
		{"", "sam", Weekly, start}, {"lea", " ", Weekly, start}, {"Lea", "lea", Weekly, start},
		{"lea", "sam", 0, start}, {"lea", "sam", 4, start}, {"lea", "sam", Weekly, time.Time{}},
	} {
		_, err := NewSeries(bad.lead, bad.member, bad.c, bad.start)
		assert.True(t, errors.Is(err, leadkit.ErrInvalid), "%+v", bad)
	}
}

func TestNext(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	mon := time.Date(2026, 3, 2, 10, 0, 0, 0, berlin) // a Monday, before the DST change on 29 March
	jan31 := time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		cadence Cadence
		start   time.Time
		now     time.Time
		want    time.Time
	}{
		{"before the start", Weekly, mon, mon.Add(-48 * time.Hour), mon},
		{"exactly at a meeting", Weekly, mon, mon.AddDate(0, 0, 7), mon.AddDate(0, 0, 7)},
		{"a minute after a meeting", Weekly, mon, mon.AddDate(0, 0, 7).Add(time.Minute), mon.AddDate(0, 0, 14)},
		{"weekly keeps wall time across DST", Weekly, mon, time.Date(2026, 3, 31, 12, 0, 0, 0, berlin), time.Date(2026, 4, 6, 10, 0, 0, 0, berlin)},
		{"biweekly skips the off week", Biweekly, mon, mon.AddDate(0, 0, 8), mon.AddDate(0, 0, 14)},
		{"biweekly far in the future", Biweekly, mon, mon.AddDate(3, 0, 1), time.Date(2029, 3, 12, 10, 0, 0, 0, berlin)},
		{"monthly clamps to the month's end", Monthly, jan31, time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), time.Date(2026, 2, 28, 9, 0, 0, 0, time.UTC)},
		{"monthly returns to the 31st", Monthly, jan31, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 31, 9, 0, 0, 0, time.UTC)},
		{"monthly in a leap year", Monthly, jan31, time.Date(2028, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2028, 2, 29, 9, 0, 0, 0, time.UTC)},
		{"now in another zone", Weekly, mon, time.Date(2026, 3, 9, 8, 30, 0, 0, time.UTC), mon.AddDate(0, 0, 7)},
		{"no cadence", 0, mon, mon, time.Time{}},
		{"no start", Weekly, time.Time{}, mon, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Series{Lead: "lea", Member: "sam", Cadence: tc.cadence, Start: tc.start}
			got := s.Next(tc.now)
			assert.True(t, tc.want.Equal(got), "want %v, got %v", tc.want, got)
		})
	}
}

func TestNextSkipsCancelled(t *testing.T) {
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s, err := NewSeries("lea", "sam", Weekly, start)
	require.NoError(t, err)
	_, err = s.Cancel(start.AddDate(0, 0, 7), Member, "conference")
	require.NoError(t, err)
	assert.Equal(t, start.AddDate(0, 0, 14), s.Next(start.Add(time.Hour)))
	_, err = s.Cancel(start, 0, "")
	assert.ErrorIs(t, err, leadkit.ErrInvalid)

	// A cancellation names the day; its time of day need not match.
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	s, err = NewSeries("lea", "sam", Weekly, time.Date(2026, 3, 2, 9, 30, 0, 0, berlin))
	require.NoError(t, err)
	_, err = s.Cancel(time.Date(2026, 3, 9, 0, 0, 0, 0, berlin), Lead, "offsite")
	require.NoError(t, err)
	_, err = s.Cancel(time.Date(2026, 3, 16, 23, 30, 0, 0, time.UTC), Lead, "the next day in Berlin: cancels nothing")
	require.NoError(t, err)
	assert.Equal(t, time.Date(2026, 3, 16, 9, 30, 0, 0, berlin), s.Next(time.Date(2026, 3, 3, 0, 0, 0, 0, berlin)))
}

func TestAgenda(t *testing.T) {
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s, err := NewSeries("lea", "sam", Weekly, start)
	require.NoError(t, err)
	day := 24 * time.Hour
	old1, _ := s.Raise(Member, "Promotion timeline", start.Add(-2*day))
	old2, _ := s.Raise(Lead, "Feedback on the RFC review", start.Add(-day))
	covered, _ := s.Raise(Member, "On-call rota", start.Add(-day))
	_, err = s.Hold(start, "Talked about the rota.", covered.ID)
	require.NoError(t, err)
	act, _ := s.AddAction(Lead, "Ask HR about the promotion calendar", start.Add(3*day))
	_, _ = s.AddAction(Member, "Draft the RFC", start.Add(30*day))
	newLead, _ := s.Raise(Lead, "Hiring panel", start.Add(2*day))
	newMember, _ := s.Raise(Member, "Conference budget", start.Add(4*day))
	_, _ = s.Raise(Member, "Raised in the future", start.Add(30*day))

	now := start.Add(6 * day)
	agenda := s.Agenda(now)
	var got []uuid.UUID
	var kinds []EntryKind
	for _, e := range agenda {
		got = append(got, e.ID)
		kinds = append(kinds, e.Kind)
	}
	assert.Equal(t, []uuid.UUID{old1.ID, old2.ID, act.ID, newMember.ID, newLead.ID}, got)
	assert.Equal(t, []EntryKind{CarryOver, CarryOver, OverdueAction, NewItem, NewItem}, kinds)
	assert.Equal(t, 1, agenda[0].CarriedOver)

	require.NoError(t, s.Done(act.ID, now))
	assert.Len(t, s.Agenda(now), 4, "done actions leave the agenda")
	assert.ErrorIs(t, s.Done(uuid.New(), now), leadkit.ErrNotFound)

	_, err = s.Hold(now, "", uuid.New())
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
	_, err = s.Hold(start, "", newMember.ID)
	assert.ErrorIs(t, err, leadkit.ErrInvalid, "cannot cover an item raised later")

	before := Series{Lead: "a", Member: "b"}
	assert.Empty(t, before.Agenda(now))
	_, err = s.Raise(0, "x", now)
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
	_, err = s.AddAction(Lead, "  ", now)
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
}

// roundTrip checks that every value of an enum writes its String as text
// and reads back as itself, and that the unset value is refused.
func roundTrip[T interface {
	~uint8
	String() string
	MarshalText() ([]byte, error)
}, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, values ...T) {
	t.Helper()
	for _, v := range values {
		text, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, v.String(), string(text))
		var back T
		require.NoError(t, P(&back).UnmarshalText(text))
		assert.Equal(t, v, back)
		require.NoError(t, P(&back).UnmarshalText([]byte(strings.ToUpper(string(text)))), "any letter case")
		assert.Equal(t, v, back)
	}
	_, err := T(0).MarshalText()
	assert.Error(t, err, "the unset value is not written")
	var back T
	assert.Error(t, P(&back).UnmarshalText([]byte("no such value")))
}

func TestEnumsText(t *testing.T) {
	roundTrip(t, Lead, Member)
	roundTrip(t, Weekly, Biweekly, Monthly)
	roundTrip(t, CarryOver, OverdueAction, NewItem)
	roundTrip(t, WorkProblem, Technical, Career, PersonalSensitive)
	roundTrip(t, JustListen, WantsHelp)
	roundTrip(t, Listen, Coach, Delegate, Refer)
	roundTrip(t, Shared, Private)
	assert.Equal(t, "Cadence(0)", Cadence(0).String())
	var c Cadence
	assert.Error(t, c.UnmarshalText([]byte("daily")), "a series does not meet daily")
}
