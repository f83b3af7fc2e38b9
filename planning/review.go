package planning

import (
	"fmt"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
)

// ReviewOptions holds the thresholds of [ReviewWeek]. The zero value means
// the defaults; a ratio outside (0, 1] also means its default.
type ReviewOptions struct {
	// LowRatio is the done ratio below which the week went off plan.
	// Default 0.35.
	LowRatio float64
	// HighRatio is the done ratio above which the plan may have been too
	// small or padded. Default 0.9.
	HighRatio float64
}

// The defaults of ReviewOptions. The spec's guidance is that about half of
// the plan done is a solid start, so the "solid" band is wide around 0.5.
const (
	DefaultLowRatio  = 0.35
	DefaultHighRatio = 0.9
)

// ReviewQuestions are the spec's end-of-week questions (step 4, "review and
// adjust"); their answers feed the next week's plan.
var ReviewQuestions = []string{
	"Which urgent issues derailed the plan, and were they avoidable?",
	"What got deprioritized, and why: was it unimportant, or displaced?",
	"Were the estimates off, were breaks missing, or was too much planned?",
	"What will you do differently when planning next week?",
}

// WeekReview compares a week plan with what got done.
type WeekReview struct {
	// Planned and Done count the plan's scheduled tasks and those of them
	// done; Ratio is Done/Planned (0 when nothing was planned).
	Planned int     `json:"planned"`
	Done    int     `json:"done"`
	Ratio   float64 `json:"ratio"`
	// Missed are the scheduled tasks not done, in plan order.
	Missed []Task `json:"missed,omitempty"`
	// Unplanned counts done tasks that were not in the plan.
	Unplanned int `json:"unplanned,omitempty"`
	// Findings carry the spec's guidance on the ratio.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// ReviewWeek compares the plan's scheduled tasks with the IDs of the tasks
// done during the week. Doing about half of the plan is a solid start, not a
// failure. A task is matched by its ID, so a scheduled task without one
// (uuid.Nil) counts as missed, and uuid.Nil among the done IDs is ignored.
func ReviewWeek(plan WeekPlan, done []uuid.UUID, opts ReviewOptions) WeekReview {
	low, high := opts.LowRatio, opts.HighRatio
	if !(low > 0 && low <= 1) {
		low = DefaultLowRatio
	}
	if !(high > 0 && high <= 1) {
		high = DefaultHighRatio
	}
	doneSet := make(map[uuid.UUID]bool, len(done))
	for _, id := range done {
		if id != uuid.Nil {
			doneSet[id] = true
		}
	}
	r := WeekReview{Planned: len(plan.Scheduled)}
	planned := make(map[uuid.UUID]bool, len(plan.Scheduled))
	for _, t := range plan.Scheduled {
		planned[t.ID] = true
		if doneSet[t.ID] {
			r.Done++
		} else {
			r.Missed = append(r.Missed, t)
		}
	}
	for id := range doneSet {
		if !planned[id] {
			r.Unplanned++
		}
	}
	if r.Planned == 0 {
		r.Findings = append(r.Findings, leadkit.Finding{
			Code: "weekreview.nothing_planned", Field: "plan", Severity: leadkit.Info,
			Message: "Nothing was planned this week, so there is nothing to compare.",
			Hint:    "Pull next week's key tasks from the matrix into calendar slots.",
		})
	} else {
		r.Ratio = float64(r.Done) / float64(r.Planned)
		pct := int(r.Ratio*100 + 0.5)
		switch {
		case r.Ratio < low:
			r.Findings = append(r.Findings, leadkit.Finding{
				Code: "weekreview.low", Field: "plan", Severity: leadkit.Warning,
				Message: fmt.Sprintf("%d of %d planned tasks (%d%%) got done: the week went off plan.", r.Done, r.Planned, pct),
				Hint:    "Look at what displaced the plan and whether it was avoidable; plan less or keep more buffer next week.",
			})
		case r.Ratio > high:
			r.Findings = append(r.Findings, leadkit.Finding{
				Code: "weekreview.all_done", Field: "plan", Severity: leadkit.Info,
				Message: fmt.Sprintf("%d of %d planned tasks (%d%%) got done.", r.Done, r.Planned, pct),
				Hint:    "Check whether the plan was too small or the estimates padded; there may be room for more important work.",
			})
		default:
			r.Findings = append(r.Findings, leadkit.Finding{
				Code: "weekreview.solid", Field: "plan", Severity: leadkit.Info,
				Message: fmt.Sprintf("%d of %d planned tasks (%d%%) got done: about half is a solid start.", r.Done, r.Planned, pct),
				Hint:    "Carry the missed tasks into next week's triage rather than simply rolling them over.",
			})
		}
	}
	if r.Unplanned > 0 {
		r.Findings = append(r.Findings, leadkit.Finding{
			Code: "weekreview.unplanned", Field: "done", Severity: leadkit.Info,
			Message: fmt.Sprintf("%d done task(s) were not in the plan.", r.Unplanned),
			Hint:    "Ask which urgent issues derailed the plan and whether they were avoidable.",
		})
	}
	return r
}
