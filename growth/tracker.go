package growth

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// DefaultStallWeeks is how many weeks without an entry make a step
// stalled when Tracker.StallWeeks is zero: two weeks, the middle of the
// spec's weekly, biweekly or monthly tracking rhythms.
const DefaultStallWeeks = 2

// Tracker is the spec's progress tracker: the steps towards a goal, each
// with its timeline and dated status notes.
type Tracker struct {
	// Goal is the goal the steps serve.
	Goal string `json:"goal,omitempty"`
	// Start is when tracking began; a step without entries is measured
	// from it.
	Start time.Time `json:"start,omitzero"`
	// StallWeeks is how many whole weeks without an entry make a step
	// stalled. Zero means DefaultStallWeeks.
	StallWeeks int `json:"stall_weeks,omitempty"`
	// Steps are the tracked steps.
	Steps []TrackedStep `json:"steps"`
}

// TrackedStep is one row of the tracker.
type TrackedStep struct {
	// Title says what the step is: "Pair with 3 different teammates".
	Title string `json:"title"`
	// Due is the day the step is due; it is overdue from the next midnight.
	Due time.Time `json:"due,omitzero"`
	// Target is an optional count that completes the step (3 pairings);
	// entries report progress towards it in Count.
	Target int `json:"target,omitempty"`
	// Entries are the dated status notes, in any order.
	Entries []Entry `json:"entries,omitempty"`
}

// Entry is a dated status note on a step: "Jun 3: 1 of 3 done".
type Entry struct {
	Date time.Time `json:"date"`
	// Status is the step's status as of Date; unset for a plain note.
	Status Status `json:"status,omitempty"`
	// Count is the progress towards the step's Target as of Date.
	Count int    `json:"count,omitempty"`
	Note  string `json:"note,omitempty"`
}

// Status is the status an entry records.
type Status uint8

// The statuses; text forms "in_progress", "blocked", "done".
const (
	InProgress Status = iota + 1
	Blocked
	Done
)

var statusNames = enum.Names[Status]{Type: "Status", First: 1, Text: []string{"in_progress", "blocked", "done"}}

// String returns the text form, such as "in_progress".
func (s Status) String() string { return statusNames.String(s) }

// MarshalText implements [encoding.TextMarshaler]; the unset Status is an
// error.
func (s Status) MarshalText() ([]byte, error) { return statusNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(text []byte) error { return statusNames.Unmarshal(text, s) }

// State is where a step stands at a review.
type State uint8

// The states of a reviewed step; text forms "on_track", "stalled",
// "overdue", "done".
const (
	// OnTrack: not done, not due yet, and recently updated.
	OnTrack State = iota + 1
	// Stalled: no entry for StallWeeks weeks, or the latest entry says
	// blocked.
	Stalled
	// Overdue: not done and past its due day.
	Overdue
	// StepDone: the latest entry says done, or its count reached the
	// target.
	StepDone
)

var stateNames = enum.Names[State]{Type: "State", First: 1, Text: []string{"on_track", "stalled", "overdue", "done"}}

// String returns the text form, such as "on_track".
func (s State) String() string { return stateNames.String(s) }

// MarshalText implements [encoding.TextMarshaler]; the unset State is an
// error.
func (s State) MarshalText() ([]byte, error) { return stateNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *State) UnmarshalText(text []byte) error { return stateNames.Unmarshal(text, s) }

// StepReview is one step's standing at a review.
type StepReview struct {
	Step  string `json:"step"`
	State State  `json:"state"`
	// LastEntry is the date of the latest entry up to the review.
	LastEntry time.Time `json:"last_entry,omitzero"`
	// QuietWeeks counts the whole weeks since the latest entry (or since
	// the tracker's start, for a step without entries).
	QuietWeeks int `json:"quiet_weeks,omitempty"`
	// Count and Target give the progress of a step with a target.
	Count  int `json:"count,omitempty"`
	Target int `json:"target,omitempty"`
	// Note is the latest entry's note.
	Note string `json:"note,omitempty"`
}

// Review is the result of [Tracker.Review].
type Review struct {
	Date  time.Time    `json:"date"`
	Steps []StepReview `json:"steps"`
	// Adjust is set when most steps have slipped (stalled or overdue):
	// the plan needs adjusting rather than more willpower.
	Adjust bool `json:"adjust,omitempty"`
	// Suggestion says what to do when Adjust is set.
	Suggestion string           `json:"suggestion,omitempty"`
	Findings   leadkit.Findings `json:"findings,omitempty"`
}

// Count returns how many steps are in state s.
func (r Review) Count(s State) int {
	n := 0
	for _, st := range r.Steps {
		if st.State == s {
			n++
		}
	}
	return n
}

// NewTracker returns a tracker for a plan's steps: each step's due date is
// its own or, failing that, its latest milestone's.
func NewTracker(p Plan) Tracker {
	t := Tracker{Goal: p.Goal.Objective, Start: p.Timeline.Start, Steps: make([]TrackedStep, len(p.Steps))}
	for i, s := range p.Steps {
		due := s.Due
		if due.IsZero() {
			for _, m := range s.Milestones {
				if m.Due.After(due) {
					due = m.Due
				}
			}
		}
		t.Steps[i] = TrackedStep{Title: s.Title, Due: due}
	}
	return t
}

// Review reports, as of now, which steps are on track, stalled, overdue or
// done, and suggests adjusting the plan when more than half of the steps
// have slipped. Entries dated after now are not counted.
func (t Tracker) Review(now time.Time) Review {
	r := Review{Date: now, Steps: make([]StepReview, len(t.Steps))}
	stall := t.StallWeeks
	if stall < 0 {
		addFinding(&r.Findings, "growth.tracker.stall_weeks.invalid", "stall_weeks", leadkit.Error,
			fmt.Sprintf("StallWeeks is %d; it must not be negative, so the default of %d is used.", stall, DefaultStallWeeks),
			"Leave it at zero for the default, or give a number of weeks.")
	}
	if stall <= 0 {
		stall = DefaultStallWeeks
	}
	if len(t.Steps) == 0 {
		addFinding(&r.Findings, "growth.tracker.steps_missing", "steps", leadkit.Error, "The tracker has no steps.",
			"Track each step of the growth plan, with its timeline and dated notes.")
	}
	week := 7 * 24 * time.Hour
	var latest time.Time
	slipped, open := 0, 0
	noStart := false
	for i, s := range t.Steps {
		field := fmt.Sprintf("steps[%d]", i)
		name := cmp.Or(strings.TrimSpace(s.Title), fmt.Sprintf("step %d", i+1))
		sr := StepReview{Step: s.Title, Target: s.Target}
		if s.Due.IsZero() {
			addFinding(&r.Findings, "growth.tracker.step.undated", field+".due", leadkit.Warning, fmt.Sprintf("Step %q has no timeline.", name),
				"Give every step a rough due date, so that slipping shows.")
		}

		entries := make([]Entry, 0, len(s.Entries))
		for j, e := range s.Entries {
			switch {
			case e.Date.IsZero():
				addFinding(&r.Findings, "growth.tracker.entry.undated", fmt.Sprintf("%s.entries[%d].date", field, j), leadkit.Warning,
					fmt.Sprintf("An entry of step %q has no date and is not counted.", name), "Date every entry: progress is a line over time.")
			case e.Date.After(now):
				addFinding(&r.Findings, "growth.tracker.entry.future", fmt.Sprintf("%s.entries[%d].date", field, j), leadkit.Warning,
					fmt.Sprintf("An entry of step %q is dated %s, after the review; it is not counted.", name, day(e.Date)),
					"Record entries when things happen, not ahead of time.")
			default:
				entries = append(entries, e)
			}
		}
		slices.SortStableFunc(entries, func(a, b Entry) int { return a.Date.Compare(b.Date) })

		ref := t.Start
		blocked := false
		if n := len(entries); n > 0 {
			last := entries[n-1]
			sr.LastEntry, sr.Note, ref = last.Date, last.Note, last.Date
			blocked = last.Status == Blocked
			for _, e := range slices.Backward(entries) { // the latest count given
				if e.Count != 0 {
					sr.Count = e.Count
					break
				}
			}
			if last.Date.After(latest) {
				latest = last.Date
			}
			if last.Status == Done || (s.Target > 0 && sr.Count >= s.Target) {
				sr.State = StepDone
			}
		}
		if !ref.IsZero() {
			sr.QuietWeeks = max(0, int(now.Sub(ref)/week)) // a start still ahead is no quiet time
		}

		switch {
		case sr.State == StepDone:
		case !s.Due.IsZero() && !now.Before(dayAfter(s.Due)):
			sr.State = Overdue
			addFinding(&r.Findings, "growth.tracker.step.overdue", field+".due", leadkit.Warning,
				fmt.Sprintf("Step %q was due on %s and is not done.", name, day(s.Due)),
				"Finish it, or move its date and say why in a note.")
		case blocked:
			sr.State = Stalled
			addFinding(&r.Findings, "growth.tracker.step.blocked", field, leadkit.Warning,
				fmt.Sprintf("Step %q is blocked.", name),
				"Ask your support network to help remove the blocker, or change the step.")
		case ref.IsZero():
			sr.State = OnTrack
			noStart = true
		case sr.QuietWeeks >= stall:
			sr.State = Stalled
			addFinding(&r.Findings, "growth.tracker.step.stalled", field, leadkit.Warning,
				fmt.Sprintf("Step %q has had no entry for %d weeks.", name, sr.QuietWeeks),
				"Take one small action on it this week and note it, or drop the step.")
		default:
			sr.State = OnTrack
		}
		if sr.State != StepDone {
			open++
		}
		if sr.State == Stalled || sr.State == Overdue {
			slipped++
		}
		r.Steps[i] = sr
	}
	if noStart {
		addFinding(&r.Findings, "growth.tracker.start_missing", "start", leadkit.Warning,
			"Some steps have no entries and the tracker has no start date, so whether they stalled cannot be judged.",
			"Set the tracker's start date.")
	}
	if open > 0 && !latest.IsZero() && int(now.Sub(latest)/week) >= stall {
		addFinding(&r.Findings, "growth.tracker.lapsed", "steps", leadkit.Warning,
			fmt.Sprintf("Nothing has been tracked since %s.", day(latest)),
			"Pick a rhythm (weekly, biweekly or monthly) and keep it; consistency matters more than frequency.")
	}
	if len(t.Steps) > 0 && 2*slipped > len(t.Steps) {
		r.Adjust = true
		r.Suggestion = fmt.Sprintf("%d of %d steps have slipped: adjust the plan instead of pushing on. Shrink the steps, move the dates, or drop what no longer serves the goal, and ask your support network for help.", slipped, len(t.Steps))
		addFinding(&r.Findings, "growth.tracker.adjust", "steps", leadkit.Warning, fmt.Sprintf("Most steps have slipped (%d of %d).", slipped, len(t.Steps)),
			"Adjust the plan: smaller steps, realistic dates, and help from your support network.")
	}
	return r
}

// dayAfter returns the midnight that ends t's day, in t's location.
func dayAfter(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location())
}
