package planning

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
)

// Capacity describes the working time a week plan may fill. The zero value
// means the defaults, which follow the spec's step 3 ("plan your week"):
// Monday to Friday, 09:00 to 17:00, a lunch break from 12:00 to 13:00, and a
// fifth of each day's free time kept as a buffer for unplanned work.
type Capacity struct {
	// Workdays are the days that have working hours. Default Monday to
	// Friday.
	Workdays []time.Weekday `json:"workdays,omitempty"`
	// DayStart and DayEnd bound each working day. Both zero means 09:00 to
	// 17:00.
	DayStart Clock `json:"day_start,omitempty"`
	DayEnd   Clock `json:"day_end,omitempty"`
	// Breaks are kept free every working day. Nil means a lunch break from
	// 12:00 to 13:00; set NoBreaks to plan without any.
	Breaks []Slot `json:"breaks,omitempty"`
	// NoBreaks plans without breaks, which PlanWeek reports as a warning.
	NoBreaks bool `json:"no_breaks,omitempty"`
	// Booked lists time already taken, such as meetings.
	Booked []Interval `json:"booked,omitempty"`
	// Buffer is the share of each day's free time kept for unplanned work,
	// at the end of the day. Zero means 0.2; it must be below 1. Set
	// NoBuffer to keep none.
	Buffer float64 `json:"buffer,omitempty"`
	// NoBuffer plans without a buffer, which PlanWeek reports as a warning.
	NoBuffer bool `json:"no_buffer,omitempty"`
	// MinBlock is the shortest block of time worth placing part of a task
	// in; a shorter gap is used only to finish a task. Default 30 minutes.
	MinBlock time.Duration `json:"min_block,omitempty"`
}

// The defaults of Capacity.
const (
	DefaultBuffer   = 0.2
	DefaultMinBlock = 30 * time.Minute
)

var (
	defaultWorkdays = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
	defaultBreaks   = []Slot{{Start: At(12, 0), End: At(13, 0)}}
)

// resolve fills in the defaults and reports settings that cannot be planned
// with.
func (c Capacity) resolve() (Capacity, leadkit.Findings) {
	var fs leadkit.Findings
	if c.Workdays == nil {
		c.Workdays = defaultWorkdays
	}
	if c.DayStart == 0 && c.DayEnd == 0 {
		c.DayStart, c.DayEnd = At(9, 0), At(17, 0)
	}
	if c.DayEnd <= c.DayStart || c.DayEnd > 24*60 {
		fs = append(fs, leadkit.Finding{
			Code: "weekplan.capacity.invalid", Field: "capacity.day_end", Severity: leadkit.Error,
			Message: fmt.Sprintf("The working day ends at %s, not after it starts at %s.", c.DayEnd, c.DayStart),
			Hint:    "Set day_end after day_start, for example 09:00 to 17:00.",
		})
	}
	switch {
	case c.NoBreaks:
		c.Breaks = nil
		fs = append(fs, leadkit.Finding{
			Code: "weekplan.no_breaks", Field: "capacity.breaks", Severity: leadkit.Warning,
			Message: "The plan has no breaks.",
			Hint:    "Always keep breaks in the plan; a week without them does not survive contact with reality.",
		})
	case c.Breaks == nil:
		c.Breaks = defaultBreaks
	}
	switch {
	case c.NoBuffer:
		c.Buffer = 0
		fs = append(fs, leadkit.Finding{
			Code: "weekplan.no_buffer", Field: "capacity.buffer", Severity: leadkit.Warning,
			Message: "The plan keeps no buffer for unplanned work.",
			Hint:    "Disruptions are certain; keep about a fifth of each day free.",
		})
	case c.Buffer == 0:
		c.Buffer = DefaultBuffer
	case !(c.Buffer > 0 && c.Buffer < 1):
		fs = append(fs, leadkit.Finding{
			Code: "weekplan.capacity.invalid", Field: "capacity.buffer", Severity: leadkit.Error,
			Message: fmt.Sprintf("The buffer share %v is not between 0 and 1.", c.Buffer),
			Hint:    "Use a share such as 0.2 for a fifth of each day.",
		})
	}
	if c.MinBlock <= 0 {
		c.MinBlock = DefaultMinBlock
	}
	return c, fs
}

// Block is a span of the week given to one task. A task may get several
// blocks.
type Block struct {
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	TaskID   uuid.UUID `json:"task_id,omitzero"`
	Title    string    `json:"title"`
	Quadrant Quadrant  `json:"quadrant"`
}

// WeekPlan is the result of [PlanWeek].
type WeekPlan struct {
	// Start and End bound the planned week: the seven days from now.
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Blocks are the placed pieces of work, in time order.
	Blocks []Block `json:"blocks"`
	// Scheduled are the tasks that got blocks, highest priority first.
	Scheduled []Task `json:"scheduled"`
	// Overflow are the Do and Schedule tasks that did not fit.
	Overflow []Task `json:"overflow,omitempty"`
	// Unestimated are the Do and Schedule tasks without an estimate, which
	// cannot be placed.
	Unestimated []Task `json:"unestimated,omitempty"`
	// Handoff are the Delegate tasks and Drop the Eliminate tasks; neither is
	// placed.
	Handoff []Task `json:"handoff,omitempty"`
	Drop    []Task `json:"drop,omitempty"`
	// Available is the working time left after breaks and booked time;
	// Buffer the part of it kept free; Planned the part given to tasks.
	Available time.Duration `json:"available"`
	Buffer    time.Duration `json:"buffer"`
	Planned   time.Duration `json:"planned"`
	// Findings reports what did not fit, late and overdue tasks, and the
	// tasks to delegate or drop.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// Free returns the plannable time no task uses yet.
func (p WeekPlan) Free() time.Duration { return p.Available - p.Buffer - p.Planned }

// PlanWeek places Do work, then Schedule work, into the working hours of the
// seven days from now, keeping breaks, booked time and the buffer free.
// Within a quadrant, earlier due dates go first, then input order. A task is
// placed whole or not at all, in one or more blocks from the earliest free
// time; what does not fit is reported so that it can be removed or
// delegated. Delegate and Eliminate tasks are never placed: the findings
// suggest handing them off or dropping them.
func PlanWeek(tasks []Task, c Capacity, now time.Time) WeekPlan {
	c, fs := c.resolve()
	plan := WeekPlan{Start: now, End: now.AddDate(0, 0, 7)}
	if fs.Err() != nil {
		plan.Findings = fs
		return plan
	}
	free := freeTime(c, plan.Start, plan.End)
	free, plan.Available, plan.Buffer = keepBuffer(free, c.Buffer)

	order := make([]int, 0, len(tasks))
	for i, t := range tasks {
		switch q := Classify(t); {
		case q == Delegate:
			plan.Handoff = append(plan.Handoff, t)
		case q == Eliminate:
			plan.Drop = append(plan.Drop, t)
		case t.Estimate <= 0:
			plan.Unestimated = append(plan.Unestimated, t)
			fs = append(fs, leadkit.Finding{
				Code: "weekplan.estimate_missing", Field: field(i), Severity: leadkit.Warning,
				Message: fmt.Sprintf("%q has no estimate, so it cannot be placed in the week.", t.Title),
				Hint:    "Estimate it, even roughly, and plan again.",
			})
		default:
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return comparePriority(tasks[a], tasks[b]) })

	var overflowNeed time.Duration
	var overflowIdx []int
	for _, i := range order {
		t := tasks[i]
		blocks, rest, ok := place(free, t, c.MinBlock)
		if !ok {
			plan.Overflow = append(plan.Overflow, t)
			overflowNeed += t.Estimate
			overflowIdx = append(overflowIdx, i)
			continue
		}
		free = rest
		plan.Scheduled = append(plan.Scheduled, t)
		plan.Planned += t.Estimate
		plan.Blocks = append(plan.Blocks, blocks...)
		if end := blocks[len(blocks)-1].End; !t.Due.IsZero() && end.After(t.deadline()) && !t.deadline().Before(now) {
			fs = append(fs, leadkit.Finding{
				Code: "weekplan.late", Field: field(i), Severity: leadkit.Warning,
				Message: fmt.Sprintf("%q finishes at %s, after it is due at %s.", t.Title, end.Format(time.DateTime), t.dueText()),
				Hint:    "Renegotiate the due date, delegate other work, or move it ahead of less urgent work.",
			})
		}
	}
	slices.SortStableFunc(plan.Blocks, func(a, b Block) int { return a.Start.Compare(b.Start) })

	if len(plan.Overflow) > 0 {
		fs = append(fs, leadkit.Finding{
			Code: "weekplan.overcommitted", Field: "tasks", Severity: leadkit.Warning,
			Message: fmt.Sprintf("%d task(s) needing %s do not fit; the week has %s of plannable time after breaks, meetings and buffer.",
				len(plan.Overflow), hours(overflowNeed), hours(plan.Available-plan.Buffer)),
			Hint: "Remove or delegate work rather than cutting breaks or buffer; prioritize by value, not by whoever is loudest.",
		})
		for k, i := range overflowIdx {
			t := plan.Overflow[k]
			fs = append(fs, leadkit.Finding{
				Code: "weekplan.overflow", Field: field(i), Severity: leadkit.Warning,
				Message: fmt.Sprintf("%q (%s, %s) does not fit in the week.", t.Title, Classify(t).Label(), hours(t.Estimate)),
				Hint:    "Remove it, delegate it, or move it to next week.",
			})
		}
	}
	for i, t := range tasks {
		if !t.Due.IsZero() && t.deadline().Before(now) && Classify(t) != Eliminate {
			fs = append(fs, leadkit.Finding{
				Code: "weekplan.overdue", Field: field(i), Severity: leadkit.Warning,
				Message: fmt.Sprintf("%q was due at %s, before the plan starts.", t.Title, t.dueText()),
				Hint:    "Agree a new date with whoever is waiting, or drop it openly.",
			})
		}
	}
	for i, t := range tasks {
		switch Classify(t) {
		case Delegate:
			fs = append(fs, leadkit.Finding{
				Code: "weekplan.delegate", Field: field(i), Severity: leadkit.Info,
				Message: fmt.Sprintf("%q is urgent but not important: delegate it instead of planning it.", t.Title),
				Hint:    "Hand it to someone for whom it is a chance to grow, with the context they need.",
			})
		case Eliminate:
			fs = append(fs, leadkit.Finding{
				Code: "weekplan.eliminate", Field: field(i), Severity: leadkit.Info,
				Message: fmt.Sprintf("%q is neither urgent nor important: drop it.", t.Title),
				Hint:    "Ask what happens if you don't do it; if the honest answer is \"probably nothing\", let it go.",
			})
		}
	}
	plan.Findings = fs
	return plan
}

// comparePriority orders tasks by quadrant, then earlier due date (no due
// date last).
func comparePriority(a, b Task) int {
	if c := cmp.Compare(Classify(a), Classify(b)); c != 0 {
		return c
	}
	switch {
	case a.Due.IsZero() && b.Due.IsZero():
		return 0
	case a.Due.IsZero():
		return 1
	case b.Due.IsZero():
		return -1
	}
	return a.Due.Compare(b.Due)
}

func field(i int) string { return fmt.Sprintf("tasks[%d]", i) }

// hours formats a duration as "12h", "45m" or "1h30m".
func hours(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := d/time.Hour, (d%time.Hour)/time.Minute
	switch {
	case m == 0:
		return fmt.Sprintf("%dh", h)
	case h == 0:
		return fmt.Sprintf("%dm", m)
	}
	return fmt.Sprintf("%dh%02dm", h, m)
}

// freeTime returns the working intervals between from and to, minus breaks
// and booked time, in time order.
func freeTime(c Capacity, from, to time.Time) []Interval {
	loc := from.Location()
	workday := make(map[time.Weekday]bool, len(c.Workdays))
	for _, d := range c.Workdays {
		workday[d] = true
	}
	var free []Interval
	for day := 0; day <= 7; day++ {
		date := from.AddDate(0, 0, day)
		if !workday[date.Weekday()] {
			continue
		}
		spans := []Interval{{Start: c.DayStart.on(date, loc), End: c.DayEnd.on(date, loc)}}
		spans = subtract(spans, Interval{Start: time.Time{}, End: from})
		spans = subtract(spans, Interval{Start: to, End: to.AddDate(1, 0, 0)})
		for _, b := range c.Breaks {
			spans = subtract(spans, Interval{Start: b.Start.on(date, loc), End: b.End.on(date, loc)})
		}
		for _, b := range c.Booked {
			// In the plan's zone, so that free time left after a meeting
			// booked in another zone stays on the right day.
			spans = subtract(spans, Interval{Start: b.Start.In(loc), End: b.End.In(loc)})
		}
		free = append(free, spans...)
	}
	return free
}

// subtract removes cut from every span.
func subtract(spans []Interval, cut Interval) []Interval {
	if !cut.End.After(cut.Start) {
		return spans
	}
	out := spans[:0:0]
	for _, s := range spans {
		if !cut.Start.Before(s.End) || !cut.End.After(s.Start) {
			out = append(out, s)
			continue
		}
		if cut.Start.After(s.Start) {
			out = append(out, Interval{Start: s.Start, End: cut.Start})
		}
		if cut.End.Before(s.End) {
			out = append(out, Interval{Start: cut.End, End: s.End})
		}
	}
	return out
}

// keepBuffer removes the last share of each day's free time and returns
// what is left to plan, the total free time and the buffer kept.
func keepBuffer(free []Interval, share float64) (plannable []Interval, available, buffer time.Duration) {
	for start := 0; start < len(free); {
		end := start
		y, m, d := free[start].Start.Date()
		var day time.Duration
		for end < len(free) {
			y2, m2, d2 := free[end].Start.Date()
			if y2 != y || m2 != m || d2 != d {
				break
			}
			day += free[end].Duration()
			end++
		}
		keep := time.Duration(math.Round(float64(day)*share/float64(time.Minute))) * time.Minute
		available += day
		buffer += keep
		// Take the buffer from the end of the day.
		for i := end - 1; i >= start && keep > 0; i-- {
			iv := free[i]
			cut := min(keep, iv.Duration())
			iv.End = iv.End.Add(-cut)
			keep -= cut
			free[i] = iv
		}
		for i := start; i < end; i++ {
			if free[i].Duration() > 0 {
				plannable = append(plannable, free[i])
			}
		}
		start = end
	}
	return plannable, available, buffer
}

// place gives t blocks from the earliest free time, using gaps shorter than
// minBlock only to finish the task. It returns the blocks and the free time
// left, or ok false when the task does not fit.
func place(free []Interval, t Task, minBlock time.Duration) (blocks []Block, rest []Interval, ok bool) {
	need := t.Estimate
	rest = make([]Interval, 0, len(free))
	for i, iv := range free {
		d := iv.Duration()
		if need == 0 || (d < minBlock && d < need) {
			rest = append(rest, iv)
			continue
		}
		take := min(d, need)
		blocks = append(blocks, Block{Start: iv.Start, End: iv.Start.Add(take), TaskID: t.ID, Title: t.Title, Quadrant: Classify(t)})
		need -= take
		if take < d {
			rest = append(rest, Interval{Start: iv.Start.Add(take), End: iv.End})
		}
		if need == 0 {
			rest = append(rest, free[i+1:]...)
			return blocks, rest, true
		}
	}
	return nil, free, false
}
