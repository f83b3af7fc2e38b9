package planning_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/leadkit/leadkit/planning"
)

// BenchmarkTriage triages 100,000 tasks. Target: under 20 ms, with a fixed
// number of allocations (the four quadrant slices).
func BenchmarkTriage(b *testing.B) {
	tasks := make([]planning.Task, 100_000)
	for i := range tasks {
		tasks[i] = planning.Task{Title: fmt.Sprintf("task %d", i), Important: i%3 != 0, Urgent: i%5 < 2, Estimate: time.Hour}
	}
	b.ReportAllocs()
	for b.Loop() {
		m := planning.Triage(tasks)
		if m.Len() != len(tasks) {
			b.Fatal("lost tasks")
		}
	}
}

// BenchmarkPlanWeek plans a realistic week of 60 tasks.
func BenchmarkPlanWeek(b *testing.B) {
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	tasks := make([]planning.Task, 60)
	for i := range tasks {
		tasks[i] = planning.Task{Title: fmt.Sprintf("task %d", i), Important: i%3 != 0, Urgent: i%5 < 2, Estimate: time.Duration(30+i%4*30) * time.Minute}
	}
	b.ReportAllocs()
	for b.Loop() {
		planning.PlanWeek(tasks, planning.Capacity{}, now)
	}
}
