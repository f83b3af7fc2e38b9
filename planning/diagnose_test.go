package planning_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
)

// list builds a task list with the given number of tasks per quadrant, all
// estimated.
func list(do, schedule, delegate, eliminate int) []planning.Task {
	var ts []planning.Task
	add := func(n int, imp, urg bool) {
		for range n {
			ts = append(ts, planning.Task{Title: "t", Important: imp, Urgent: urg, Estimate: 3600e9})
		}
	}
	add(do, true, true)
	add(schedule, true, false)
	add(delegate, false, true)
	add(eliminate, false, false)
	return ts
}

func codes(fs leadkit.Findings) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Code+"@"+f.Field)
	}
	return out
}

func TestDiagnose(t *testing.T) {
	tests := []struct {
		name  string
		tasks []planning.Task
		opts  planning.DiagnoseOptions
		want  []string
	}{
		{name: "empty", tasks: nil, want: []string{"eisenhower.empty@"}},
		{name: "balanced", tasks: list(2, 3, 1, 1), want: []string{}},
		{name: "only top two", tasks: list(2, 3, 0, 0),
			want: []string{"eisenhower.only_top_quadrants@matrix"}},
		{name: "firefighting and starved", tasks: list(4, 0, 1, 1),
			want: []string{"eisenhower.firefighting@do", "eisenhower.schedule_neglected@schedule"}},
		{name: "exactly half is not firefighting", tasks: list(3, 1, 1, 1), want: []string{}},
		{name: "distraction", tasks: list(1, 2, 4, 0),
			want: []string{"eisenhower.distraction@delegate", "eisenhower.quadrant_empty@eliminate"}},
		{name: "avoidance", tasks: list(1, 2, 1, 3),
			want: []string{"eisenhower.avoidance@eliminate"}},
		{name: "all four problems at once", tasks: list(0, 0, 3, 3),
			want: []string{"eisenhower.schedule_neglected@schedule", "eisenhower.distraction@delegate", "eisenhower.avoidance@eliminate", "eisenhower.quadrant_empty@do"}},
		{name: "too few to judge balance", tasks: list(2, 0, 0, 0),
			want: []string{"eisenhower.quadrant_empty@schedule", "eisenhower.quadrant_empty@delegate", "eisenhower.quadrant_empty@eliminate"}},
		{name: "custom threshold", tasks: list(2, 2, 1, 1), opts: planning.DiagnoseOptions{FirefightingShare: 0.3},
			want: []string{"eisenhower.firefighting@do"}},
		{name: "NaN threshold means default", tasks: list(3, 1, 1, 1), opts: planning.DiagnoseOptions{FirefightingShare: math.NaN()},
			want: []string{}},
		{name: "min tasks lowered", tasks: list(2, 0, 0, 0), opts: planning.DiagnoseOptions{MinTasks: 1},
			want: []string{"eisenhower.only_top_quadrants@matrix", "eisenhower.firefighting@do", "eisenhower.schedule_neglected@schedule"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := planning.Triage(tc.tasks).Diagnose(tc.opts)
			assert.Equal(t, tc.want, codes(fs))
			for _, f := range fs {
				assert.True(t, leadkit.ValidCode(f.Code), f.Code)
				assert.True(t, f.Severity.Valid())
				assert.NotEmpty(t, f.Message)
				assert.NotEmpty(t, f.Hint)
			}
			assert.NoError(t, fs.Err(), "diagnostics are advice, never errors")
		})
	}
}

func TestDiagnoseQuotesShareAndMissingEstimates(t *testing.T) {
	tasks := list(4, 0, 1, 1)
	tasks = append(tasks,
		planning.Task{Title: "Write the \"Q3\" plan", Important: true},
		planning.Task{Title: "Prep demo", Important: true, Urgent: true},
	)
	fs := planning.Triage(tasks).Diagnose(planning.DiagnoseOptions{})
	assert.Equal(t, []string{"eisenhower.firefighting@do", "eisenhower.estimate_missing@estimate"}, codes(fs))
	assert.Contains(t, fs[0].Message, "5 (62%) of 8 tasks")
	assert.Contains(t, fs[1].Message, `"Prep demo", "Write the \"Q3\" plan"`)
}
