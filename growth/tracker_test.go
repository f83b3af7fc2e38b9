package growth_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/growth"
)

// collaboration is the spec's progress tracker example (Table 2-3).
func collaboration() growth.Tracker {
	return growth.Tracker{
		Goal:  "Improve collaboration in the team",
		Start: date(2026, 5, 25),
		Steps: []growth.TrackedStep{
			{Title: "Pair with 3 different teammates", Due: date(2026, 8, 1), Target: 3,
				Entries: []growth.Entry{{Date: date(2026, 6, 3), Status: growth.InProgress, Count: 1, Note: "1 of 3 done"}}},
			{Title: "Get 2 other teammates pairing on a task", Due: date(2026, 8, 1),
				Entries: []growth.Entry{{Date: date(2026, 6, 3), Note: "scheduled for next week"}}},
			{Title: "Hold 2 knowledge-sharing sessions", Due: date(2026, 8, 1), Target: 2,
				Entries: []growth.Entry{{Date: date(2026, 6, 15), Count: 1, Note: "I gave session 1; nudged a teammate to give session 2"}}},
		},
	}
}

func states(r growth.Review) []growth.State {
	out := []growth.State{}
	for _, s := range r.Steps {
		out = append(out, s.State)
	}
	return out
}

func TestTrackerReview(t *testing.T) {
	tests := []struct {
		name   string
		now    time.Time
		change func(*growth.Tracker)
		want   []growth.State
		codes  []string
		adjust bool
	}{
		{"a week later, all on track", date(2026, 6, 16), nil,
			[]growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack}, nil, false},
		{"exactly two weeks of silence stalls", date(2026, 6, 17), nil,
			[]growth.State{growth.Stalled, growth.Stalled, growth.OnTrack},
			[]string{"growth.tracker.step.stalled", "growth.tracker.step.stalled", "growth.tracker.adjust"}, true},
		{"one day short of two weeks", date(2026, 6, 16).Add(23 * time.Hour), nil,
			[]growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack}, nil, false},
		{"due day itself is not overdue", date(2026, 7, 31).Add(-time.Hour), func(tr *growth.Tracker) {
			for i := range tr.Steps {
				tr.Steps[i].Entries = append(tr.Steps[i].Entries, growth.Entry{Date: date(2026, 7, 30), Status: growth.InProgress})
			}
		}, []growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack}, nil, false},
		{"after the due day, overdue", date(2026, 8, 2), func(tr *growth.Tracker) {
			tr.Steps[1].Entries = append(tr.Steps[1].Entries, growth.Entry{Date: date(2026, 7, 20), Status: growth.Done})
		}, []growth.State{growth.Overdue, growth.StepDone, growth.Overdue},
			[]string{"growth.tracker.step.overdue", "growth.tracker.step.overdue", "growth.tracker.adjust"}, true},
		{"nothing tracked for two weeks lapses", date(2026, 7, 1), nil,
			[]growth.State{growth.Stalled, growth.Stalled, growth.Stalled},
			[]string{"growth.tracker.step.stalled", "growth.tracker.step.stalled", "growth.tracker.step.stalled", "growth.tracker.lapsed", "growth.tracker.adjust"}, true},
		{"count reaching the target is done", date(2026, 6, 16), func(tr *growth.Tracker) {
			tr.Steps[2].Entries = append(tr.Steps[2].Entries, growth.Entry{Date: date(2026, 6, 16), Count: 2})
		}, []growth.State{growth.OnTrack, growth.OnTrack, growth.StepDone}, nil, false},
		{"blocked step is stalled", date(2026, 6, 16), func(tr *growth.Tracker) {
			tr.Steps[1].Entries = append(tr.Steps[1].Entries, growth.Entry{Date: date(2026, 6, 9), Status: growth.Blocked, Note: "nobody free"})
		}, []growth.State{growth.OnTrack, growth.Stalled, growth.OnTrack}, []string{"growth.tracker.step.blocked"}, false},
		{"reopened after done", date(2026, 6, 16), func(tr *growth.Tracker) {
			tr.Steps[0].Entries = []growth.Entry{{Date: date(2026, 6, 14), Status: growth.InProgress}, {Date: date(2026, 6, 10), Status: growth.Done}}
		}, []growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack}, nil, false},
		{"no entries, measured from the start", date(2026, 6, 16), func(tr *growth.Tracker) {
			tr.Steps[0].Entries = nil
		}, []growth.State{growth.Stalled, growth.OnTrack, growth.OnTrack}, []string{"growth.tracker.step.stalled"}, false},
		{"custom stall weeks", date(2026, 6, 17), func(tr *growth.Tracker) { tr.StallWeeks = 4 },
			[]growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack}, nil, false},
		{"huge stall weeks never stall", date(2030, 1, 1), func(tr *growth.Tracker) {
			tr.StallWeeks = 1 << 62
			for i := range tr.Steps {
				tr.Steps[i].Due = time.Time{}
			}
		}, []growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack},
			[]string{"growth.tracker.step.undated", "growth.tracker.step.undated", "growth.tracker.step.undated"}, false},
		{"future and undated entries are not counted", date(2026, 6, 16), func(tr *growth.Tracker) {
			tr.Steps[0].Entries = append(tr.Steps[0].Entries, growth.Entry{Date: date(2026, 6, 25), Status: growth.Done}, growth.Entry{Note: "sometime"})
		}, []growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack},
			[]string{"growth.tracker.entry.future", "growth.tracker.entry.undated"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := collaboration()
			if tc.change != nil {
				tc.change(&tr)
			}
			r := tr.Review(tc.now)
			assert.Equal(t, tc.want, states(r))
			assert.Equal(t, tc.codes, nilIfEmpty(codes(r.Findings)))
			assert.Equal(t, tc.adjust, r.Adjust)
			if tc.adjust {
				assert.Contains(t, r.Suggestion, "adjust the plan")
			}
			assertValidFindings(t, r.Findings)
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestTrackerReviewDetails(t *testing.T) {
	r := collaboration().Review(date(2026, 6, 16))
	assert.Equal(t, growth.StepReview{Step: "Pair with 3 different teammates", State: growth.OnTrack, LastEntry: date(2026, 6, 3),
		QuietWeeks: 1, Count: 1, Target: 3, Note: "1 of 3 done"}, r.Steps[0])
	assert.Equal(t, 0, r.Steps[2].QuietWeeks)
	assert.Equal(t, date(2026, 6, 16), r.Date)

	r = collaboration().Review(date(2026, 6, 17))
	assert.Equal(t, 2, r.Count(growth.Stalled))
	assert.Equal(t, 1, r.Count(growth.OnTrack))
}

func TestTrackerReviewHalfSlippedIsNotMost(t *testing.T) {
	tr := collaboration()
	tr.Steps = append(tr.Steps, growth.TrackedStep{Title: "Run a retro", Due: date(2026, 8, 1),
		Entries: []growth.Entry{{Date: date(2026, 6, 16), Note: "booked"}}})
	r := tr.Review(date(2026, 6, 17))
	assert.Equal(t, 2, r.Count(growth.Stalled))
	assert.False(t, r.Adjust, "two of four is half, not most")
}

func TestTrackerReviewEdgeCases(t *testing.T) {
	r := growth.Tracker{}.Review(date(2026, 6, 1))
	assert.Equal(t, []string{"growth.tracker.steps_missing"}, codes(r.Findings))
	assert.False(t, r.Adjust)

	r = growth.Tracker{StallWeeks: -1, Steps: []growth.TrackedStep{{Title: "Read a book"}}}.Review(date(2026, 6, 1))
	assert.Equal(t, []string{"growth.tracker.stall_weeks.invalid", "growth.tracker.step.undated", "growth.tracker.start_missing"}, codes(r.Findings))
	assert.Equal(t, []growth.State{growth.OnTrack}, states(r))

	tr := collaboration()
	tr.Start = date(2026, 9, 1)
	for i := range tr.Steps {
		tr.Steps[i].Entries = nil
	}
	r = tr.Review(date(2026, 6, 1))
	assert.Equal(t, []growth.State{growth.OnTrack, growth.OnTrack, growth.OnTrack}, states(r), "a plan that has not started has not stalled")
	assert.Zero(t, r.Steps[0].QuietWeeks, "no negative quiet time before the start")
}

func TestNewTracker(t *testing.T) {
	tr := growth.NewTracker(examplePlan())
	assert.Equal(t, "Take over as tech lead of the payments team", tr.Goal)
	assert.Equal(t, date(2026, 3, 16), tr.Start)
	require.Len(t, tr.Steps, 3)
	assert.Equal(t, date(2026, 3, 20), tr.Steps[0].Due)
	assert.Equal(t, date(2026, 8, 14), tr.Steps[2].Due, "the latest milestone")
}

func TestTrackerJSON(t *testing.T) {
	tr := collaboration()
	data, err := json.Marshal(tr)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"status":"in_progress"`)
	var back growth.Tracker
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, tr, back)

	review, err := json.Marshal(tr.Review(date(2026, 6, 17)))
	require.NoError(t, err)
	assert.Contains(t, string(review), `"state":"stalled"`)
}

func TestTrackerEnumsText(t *testing.T) {
	for s := growth.InProgress; s <= growth.Done; s++ {
		roundTrip(t, s, new(growth.Status))
	}
	for s := growth.OnTrack; s <= growth.StepDone; s++ {
		roundTrip(t, s, new(growth.State))
	}
	assert.Error(t, new(growth.State).UnmarshalText([]byte("late")))
}
