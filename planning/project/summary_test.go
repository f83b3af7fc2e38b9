package project

import (
	"bytes"
	"errors"
	"testing"

	"github.com/leadkit/leadkit/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSummaryStatus(t *testing.T) {
	p := checkoutPlan()
	s := p.Forecast(nil, day(2026, 3, 30), Options{}).Summary()
	assert.Equal(t, AtRisk, s.Status)
	assert.Equal(t, []string{`Dana has more work planned than one person can do in the week of 2026-03-30 (streams api, web).`}, s.HelpNeeded)

	s = p.Forecast(nil, day(2026, 4, 6), Options{}).Summary()
	assert.Equal(t, OffTrack, s.Status, "a week later nothing has moved")

	p.Streams = nil
	for i := range p.Steps {
		p.Steps[i].Stream = ""
	}
	s = p.Forecast(nil, day(2026, 3, 30), Options{}).Summary()
	assert.Equal(t, []string{`Dana has more work planned than one person can do in the week of 2026-03-30.`}, s.HelpNeeded,
		"no empty list of streams")

	s = Plan{Name: "Empty"}.Forecast(nil, day(2026, 4, 6), Options{}).Summary()
	assert.Equal(t, Status(0), s.Status)
}

func TestSummaryMarkdown(t *testing.T) {
	p := checkoutPlan()
	p.Milestones = append(p.Milestones, Milestone{ID: "launch", Name: "Launch | public", Steps: []string{"copy"}})
	updates := []Update{
		{Step: "schema", Date: day(2026, 3, 31), Done: 2, Remaining: 0},
		{Step: "endpoint", Date: day(2026, 4, 6), Done: 4, Remaining: 5},
	}
	var buf bytes.Buffer
	require.NoError(t, p.Forecast(updates, day(2026, 4, 7), Options{}).Summary().WriteMarkdown(&buf))
	golden.Assert(t, "summary.md", buf.Bytes())
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestSummaryMarkdownWriteError(t *testing.T) {
	err := checkoutPlan().Forecast(nil, day(2026, 3, 30), Options{}).Summary().WriteMarkdown(failingWriter{})
	assert.EqualError(t, err, "disk full")
}

func TestStatusText(t *testing.T) {
	for _, s := range []Status{OnTrack, AtRisk, OffTrack, Done} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Status
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	var s Status
	require.NoError(t, s.UnmarshalText([]byte("Off Track")))
	assert.Equal(t, OffTrack, s)
	assert.Error(t, s.UnmarshalText([]byte("late")))
	_, err := Status(0).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "unknown", Status(0).Words())
	assert.Equal(t, "on-track", OnTrack.String())
}
