package oneonone

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/codedoc"
)

func codes(fs leadkit.Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func TestCheck(t *testing.T) {
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	week := 7 * 24 * time.Hour
	healthy := func() Series {
		s, err := NewSeries("lea", "sam", Biweekly, start)
		require.NoError(t, err)
		item, _ := s.Raise(Member, "Growth plan", start.Add(-time.Hour))
		_, _ = s.Hold(start, "", item.ID)
		return s
	}
	now := start.Add(week)
	assert.Empty(t, Check(healthy(), now))

	tests := []struct {
		name   string
		change func(*Series)
		want   []string
	}{
		{"no participants", func(s *Series) { s.Member = "" }, []string{CodeParticipantsMissing}},
		{"same person", func(s *Series) { s.Member = "LEA" }, []string{CodeParticipantsSame}},
		{"no cadence", func(s *Series) { s.Cadence = 0 }, []string{CodeCadenceMissing}},
		{"no start", func(s *Series) { s.Start = time.Time{} }, []string{CodeStartMissing}},
		{"too short", func(s *Series) { s.Length = 20 * time.Minute }, []string{CodeLengthTooShort}},
		{"30 minutes is fine", func(s *Series) { s.Length = 30 * time.Minute }, nil},
		{"lead drives the agenda", func(s *Series) {
			for i := range 3 {
				_, _ = s.Raise(Lead, "status", start.Add(time.Duration(i+1)*time.Hour))
			}
		}, []string{CodeAgendaLeadDriven}},
		{"member cancels twice", func(s *Series) {
			_, _ = s.Cancel(start.Add(-2*week), Member, "busy")
			_, _ = s.Cancel(start.Add(-4*week), Member, "busy")
		}, []string{CodeCancellationsFrequent}},
		{"cancellations outside the window do not count", func(s *Series) {
			_, _ = s.Cancel(start.Add(-10*week), Lead, "")
			_, _ = s.Cancel(start.Add(-8*week), Lead, "")
			for i := range 4 {
				_, _ = s.Hold(start.Add(-time.Duration(i+1)*week), "")
			}
		}, nil},
		{"overdue action", func(s *Series) { _, _ = s.AddAction(Lead, "Book the training", start.Add(24*time.Hour)) }, []string{CodeActionOverdue}},
		{"stale item", func(s *Series) {
			_, _ = s.Raise(Member, "Conference budget", start.Add(time.Hour))
			for i := range 3 {
				_, _ = s.Hold(start.Add(time.Duration(i+1)*24*time.Hour), "")
			}
		}, []string{CodeItemStale}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := healthy()
			tc.change(&s)
			fs := Check(s, now)
			assert.Equal(t, tc.want, codes(fs))
			for _, f := range fs {
				assert.True(t, leadkit.ValidCode(f.Code), f.Code)
				assert.NotEmpty(t, f.Message)
			}
		})
	}
	fields := func(s Series) []string {
		var out []string
		for _, f := range Check(s, now) {
			out = append(out, f.Code+" "+f.Field)
		}
		return out
	}
	noMember, noLead, spaced, stale := healthy(), healthy(), healthy(), healthy()
	noMember.Member = " "
	noLead.Lead = ""
	spaced.Lead, spaced.Member = " lea", "LEA "
	_, _ = stale.Raise(Member, "Conference budget", start.Add(time.Hour))
	for i := range 3 {
		_, _ = stale.Hold(start.Add(time.Duration(i+1)*24*time.Hour), "")
	}
	assert.Equal(t, []string{CodeParticipantsMissing + " member"}, fields(noMember))
	assert.Equal(t, []string{CodeParticipantsMissing + " lead"}, fields(noLead))
	assert.Equal(t, []string{CodeParticipantsSame + " member"}, fields(spaced), "surrounding spaces do not make another person")
	assert.Equal(t, []string{CodeItemStale + " items[1]"}, fields(stale))

	cancelledByLead := healthy()
	_, _ = cancelledByLead.Cancel(start.Add(-2*week), Lead, "")
	_, _ = cancelledByLead.Cancel(start.Add(-4*week), Lead, "")
	fs := Check(cancelledByLead, now)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Hint, "destroys trust")
}

func TestCodesDocumented(t *testing.T) {
	codedoc.Check(t, ".", []string{"oneonone"})
}
