package project

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// benchPlan builds a plan of n steps in 10 streams shared by 50 people, each
// step depending on three earlier ones (3n dependencies), with a milestone
// every 200 steps and a progress update on every fourth step.
func benchPlan(n int) (Plan, []Update) {
	rng := rand.New(rand.NewPCG(3, 5))
	p := Plan{Name: "bench", Owner: "Dana", Start: day(2026, 1, 5)}
	for s := range 10 {
		p.Streams = append(p.Streams, Stream{ID: "s" + strconv.Itoa(s), Owner: "o"})
	}
	p.Steps = make([]Step, n)
	for i := range p.Steps {
		st := Step{ID: "step-" + strconv.Itoa(i), Title: "step", Stream: "s" + strconv.Itoa(i%10),
			Owner: "p" + strconv.Itoa(rng.IntN(50)), Estimate: float64(1 + rng.IntN(5))}
		if i >= 3 {
			for range 3 {
				st.DependsOn = append(st.DependsOn, p.Steps[rng.IntN(i)].ID)
			}
		}
		p.Steps[i] = st
	}
	for m := 0; m < n; m += 200 {
		p.Milestones = append(p.Milestones, Milestone{ID: "m" + strconv.Itoa(m), Target: day(2026, 6, 1), Steps: []string{p.Steps[m+199].ID}})
	}
	var updates []Update
	for i := 0; i < n; i += 4 {
		updates = append(updates, Update{Step: p.Steps[i].ID, Date: day(2026, 2, 2), Done: 1, Remaining: float64(rng.IntN(3))})
	}
	return p, updates
}

// The target for 10k steps and 30k dependencies is under 100 ms; the 20k
// case shows the time growing linearly.
func BenchmarkForecast10kSteps30kDeps(b *testing.B) { benchForecast(b, 10_000) }
func BenchmarkForecast20kSteps60kDeps(b *testing.B) { benchForecast(b, 20_000) }

func benchForecast(b *testing.B, n int) {
	p, updates := benchPlan(n)
	b.ReportAllocs()
	for b.Loop() {
		p.Forecast(updates, day(2026, 2, 2), Options{})
	}
}

func BenchmarkValidate10kSteps30kDeps(b *testing.B) {
	p, _ := benchPlan(10_000)
	b.ReportAllocs()
	for b.Loop() {
		p.Validate()
	}
}
