package planning_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/planning"
)

func TestReviewWeek(t *testing.T) {
	var tasks []planning.Task
	for _, title := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"} {
		tasks = append(tasks, task(title, planning.Schedule, time.Hour))
	}
	plan := planning.PlanWeek(tasks, planning.Capacity{}, monday)
	ids := func(n int) []uuid.UUID {
		out := make([]uuid.UUID, n)
		for i := range n {
			out[i] = tasks[i].ID
		}
		return out
	}
	tests := []struct {
		name  string
		done  []uuid.UUID
		opts  planning.ReviewOptions
		ratio float64
		want  []string
	}{
		{name: "half is a solid start", done: ids(5), ratio: 0.5, want: []string{"weekreview.solid@plan"}},
		{name: "low", done: ids(3), ratio: 0.3, want: []string{"weekreview.low@plan"}},
		{name: "nothing done", done: nil, ratio: 0, want: []string{"weekreview.low@plan"}},
		{name: "a ratio equal to LowRatio is not low", done: ids(5), opts: planning.ReviewOptions{LowRatio: 0.5}, ratio: 0.5, want: []string{"weekreview.solid@plan"}},
		{name: "all done", done: ids(10), ratio: 1, want: []string{"weekreview.all_done@plan"}},
		{name: "90% is still solid", done: ids(9), ratio: 0.9, want: []string{"weekreview.solid@plan"}},
		{name: "unplanned work and duplicates", done: append(ids(6), ids(6)[0], uuid.New(), uuid.New()), ratio: 0.6,
			want: []string{"weekreview.solid@plan", "weekreview.unplanned@done"}},
		{name: "custom low ratio", done: ids(5), opts: planning.ReviewOptions{LowRatio: 0.6}, ratio: 0.5, want: []string{"weekreview.low@plan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := planning.ReviewWeek(plan, tc.done, tc.opts)
			assert.Equal(t, 10, r.Planned)
			assert.InDelta(t, tc.ratio, r.Ratio, 1e-9)
			assert.Equal(t, tc.want, codes(r.Findings))
			assert.Len(t, r.Missed, r.Planned-r.Done)
		})
	}

	empty := planning.ReviewWeek(planning.WeekPlan{}, []uuid.UUID{uuid.New()}, planning.ReviewOptions{})
	assert.Equal(t, []string{"weekreview.nothing_planned@plan", "weekreview.unplanned@done"}, codes(empty.Findings))
	assert.Zero(t, empty.Ratio)
	assert.Len(t, planning.ReviewQuestions, 4)
}

func TestReviewWeekTasksWithoutID(t *testing.T) {
	tasks := []planning.Task{{Title: "a", Important: true, Estimate: time.Hour}, {Title: "b", Important: true, Estimate: time.Hour}}
	plan := planning.PlanWeek(tasks, planning.Capacity{}, monday)
	require.Len(t, plan.Scheduled, 2)
	r := planning.ReviewWeek(plan, []uuid.UUID{uuid.Nil}, planning.ReviewOptions{})
	assert.Zero(t, r.Done, "the nil ID names no task, let alone every task without an ID")
	assert.Zero(t, r.Unplanned)
	assert.Equal(t, []string{"weekreview.low@plan"}, codes(r.Findings))
}
