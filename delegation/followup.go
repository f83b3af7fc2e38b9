package delegation

import (
	"fmt"
	"time"

	"github.com/leadkit/leadkit"
)

// FollowUpOptions holds the check-in intervals of [FollowUpOptions.Schedule]
// and [FollowUpOptions.Check]. The zero value means the defaults, which
// follow the spec's "Telling: frequent/daily, Selling: per milestone,
// Participating: as needed, Delegating: occasional".
type FollowUpOptions struct {
	// Every maps a style to the days between check-ins. A missing or
	// non-positive entry means the default: 1 for Telling, 3 for Selling, 7
	// for Participating, 14 for Delegating.
	Every map[Style]int
	// Horizon is how many days ahead Schedule plans an open-ended
	// delegation. Zero means 90.
	Horizon int
}

// defaultEvery are the default days between check-ins, by style.
var defaultEvery = [...]int{Telling: 1, Selling: 3, Participating: 7, Delegating: 14}

// every returns the days between check-ins for s.
func (o FollowUpOptions) every(s Style) int {
	if d := o.Every[s]; d > 0 {
		return d
	}
	if s.Valid() {
		return defaultEvery[s]
	}
	return defaultEvery[Telling]
}

func (o FollowUpOptions) horizon() int { return orDefault(o.Horizon, 90) }

// maxScheduled bounds the dates Schedule returns.
const maxScheduled = 400

// Schedule plans d's check-ins with the default [FollowUpOptions].
func Schedule(d Delegation) []time.Time { return FollowUpOptions{}.Schedule(d) }

// Schedule returns the dates (midnight, in the start's location) on which the
// lead checks in on d: every few days by d's style from the day after the
// start, up to the deadline, which is always the last date (the follow-up
// after completion). Check-ins more often than weekly skip weekends. An
// open-ended delegation is planned over the Horizon. It returns nil when d
// has no start or a deadline before its start.
func (o FollowUpOptions) Schedule(d Delegation) []time.Time {
	if d.Start.IsZero() {
		return nil
	}
	start := midnight(d.Start)
	end := start.AddDate(0, 0, o.horizon())
	if !d.Deadline.IsZero() {
		end = midnight(d.Deadline.In(start.Location()))
	}
	if end.Before(start) {
		return nil
	}
	every := o.every(d.Style)
	var out []time.Time
	for day := start.AddDate(0, 0, every); day.Before(end) && len(out) < maxScheduled-1; day = day.AddDate(0, 0, every) {
		day = o.workday(day, every)
		if !day.Before(end) {
			break
		}
		out = append(out, day)
	}
	return append(out, end)
}

// workday moves a Saturday or Sunday to the Monday after, for check-ins more
// often than weekly.
func (o FollowUpOptions) workday(day time.Time, every int) time.Time {
	if every >= 7 {
		return day
	}
	switch day.Weekday() {
	case time.Saturday:
		return day.AddDate(0, 0, 2)
	case time.Sunday:
		return day.AddDate(0, 0, 1)
	}
	return day
}

// CheckFollowUp checks d's check-ins as of now with the default
// [FollowUpOptions].
func CheckFollowUp(d Delegation, now time.Time) leadkit.Findings {
	return FollowUpOptions{}.Check(d, now)
}

// Check reports a broken feedback loop on d as of now:
// delegation.checkin.overdue (Warning; Error once three check-ins are
// missed) when the last check-in, or the start, is further back than the
// style's interval, with weekends not counted for check-ins more often than
// weekly; delegation.followup.missing (Warning) when the deadline has passed
// with no check-in on or after it, because a delegation ends with a
// follow-up on the result and the process whatever the outcome;
// delegation.style.invalid and delegation.start.missing (Error) when d lacks
// them.
func (o FollowUpOptions) Check(d Delegation, now time.Time) leadkit.Findings {
	var fs leadkit.Findings
	if !d.Style.Valid() {
		fs = append(fs, invalidStyle(d.Style))
	}
	if d.Start.IsZero() {
		return append(fs, leadkit.Finding{Code: "delegation.start.missing", Field: "start", Severity: leadkit.Error,
			Message: "The delegation has no start date.",
			Hint:    "Record the day the task was handed over."})
	}
	loc := d.Start.Location()
	today := midnight(now.In(loc))
	start := midnight(d.Start)
	if today.Before(start) {
		return fs
	}
	last := start
	lastText := "the handover on " + start.Format(time.DateOnly)
	if t := latest(d); !t.IsZero() && !midnight(t.In(loc)).Before(start) {
		last = midnight(t.In(loc))
		lastText = "the last check-in on " + last.Format(time.DateOnly)
	}
	deadline := time.Time{}
	if !d.Deadline.IsZero() {
		deadline = midnight(d.Deadline.In(loc))
	}
	if !deadline.IsZero() && today.After(deadline) {
		if last.Before(deadline) {
			fs = append(fs, leadkit.Finding{Code: "delegation.followup.missing", Field: "check_ins", Severity: leadkit.Warning,
				Message: fmt.Sprintf("The task %q was due on %s and has had no follow-up since.", d.Task, deadline.Format(time.DateOnly)),
				Hint:    "Follow up whatever the outcome: what went well, what was hard, what to do differently, and how you could have supported them better."})
		}
		return fs
	}
	every := o.every(d.Style)
	gap := o.elapsed(last, today, every)
	if gap > every {
		sev := leadkit.Warning
		if gap >= 3*every {
			sev = leadkit.Error
		}
		fs = append(fs, leadkit.Finding{Code: "delegation.checkin.overdue", Field: "check_ins", Severity: sev,
			Message: fmt.Sprintf("It is %d days since %s; in %s style the lead checks in every %d days.", gap, lastText, d.Style, every),
			Hint:    "Check in now: ask how it is going, what blocks it and what help they need."})
	}
	return fs
}

// elapsed counts the days from a to b, leaving out weekend days for
// intervals shorter than a week.
func (o FollowUpOptions) elapsed(a, b time.Time, every int) int {
	if every >= 7 {
		return int(b.Sub(a).Hours()/24 + 0.5)
	}
	n := 0
	for d := a; d.Before(b) && n < 10000; d = d.AddDate(0, 0, 1) {
		next := d.AddDate(0, 0, 1)
		if wd := next.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}
