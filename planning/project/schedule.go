package project

import (
	"math"
	"slices"
	"time"
)

// eps absorbs rounding in sums of fractional working days.
const eps = 1e-9

// schedule places every orderable step in working-day time: a step starts
// when its last dependency finishes (and not before origin) and takes as
// many working days as it has work left, its owner working on it full time.
// It is the critical-path method without levelling people's load; the
// forecast reports overloaded people instead of hiding them in the dates.
type schedule struct {
	origin        float64
	start, finish []float64
	driver        []int32 // the dependency whose finish set the step's start, or -1
	done          []bool
}

// schedule computes the plan's schedule from origin. remaining[i] is the work
// left on step i, or nil for the estimates; done[i], when done is not nil,
// marks finished steps, which sit at the origin and constrain nothing.
func (p Plan) schedule(g *graph, remaining []float64, done []bool, origin int) schedule {
	n := len(p.Steps)
	s := schedule{
		origin: float64(origin),
		start:  make([]float64, n), finish: make([]float64, n),
		driver: make([]int32, n), done: make([]bool, n),
	}
	for _, i := range g.order {
		if done != nil && done[i] {
			s.done[i] = true
			s.start[i], s.finish[i], s.driver[i] = s.origin, s.origin, -1
			continue
		}
		left := p.Steps[i].Estimate
		if remaining != nil {
			left = remaining[i]
		}
		if !validEstimate(left) {
			left = 0 // an invalid estimate is reported by Validate
		}
		at, drv := s.origin, int32(-1)
		for _, d := range g.preds(i) {
			if f := s.finish[d]; f > at+eps {
				at, drv = f, d
			}
		}
		s.start[i], s.finish[i], s.driver[i] = at, at+left, drv
	}
	return s
}

// finishOf returns the latest finish among the named steps and the step
// that has it; ok is false when a step is unknown or cannot be scheduled
// because it is in or after a dependency cycle.
func (s *schedule) finishOf(g *graph, ids []string) (end float64, last int32, ok bool) {
	end, last = math.Inf(-1), -1
	for _, id := range ids {
		i, known := g.index[id]
		if !known || !g.ordered[i] {
			return 0, -1, false
		}
		if s.finish[i] > end+eps || last < 0 {
			end, last = s.finish[i], i
		}
	}
	return end, last, last >= 0
}

// chain returns the critical path that ends at step last: following each
// step's driver back to a step that could start at the origin, in order of
// execution. Finished steps are left out.
func (s *schedule) chain(g *graph, last int32) []int32 {
	var out []int32
	for i := last; i >= 0; i = s.driver[i] {
		if !s.done[i] {
			out = append(out, i)
		}
	}
	slices.Reverse(out)
	return out
}

// finishDate is the calendar date of the working day in which a step ending
// at working time end finishes.
func finishDate(end float64) time.Time {
	return dateOf(int(math.Ceil(end-eps)) - 1)
}
