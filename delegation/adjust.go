package delegation

import (
	"fmt"
	"slices"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Outcome is how a delegated task stood at a check-in. The zero Outcome is
// unset.
type Outcome uint8

// The outcomes, from the best.
const (
	OnTrack    Outcome = iota + 1 // progressing as agreed without help
	NeededHelp                    // progressing, with the lead's help
	Blocked                       // stuck until someone acts
)

var outcomeNames = enum.Names[Outcome]{Type: "Outcome", First: OnTrack,
	Text:    []string{"on_track", "needed_help", "blocked"},
	Aliases: map[string]Outcome{"on track": OnTrack, "on-track": OnTrack, "needed help": NeededHelp, "needed-help": NeededHelp, "help": NeededHelp}}

// String returns "on_track", "needed_help" or "blocked".
func (o Outcome) String() string { return outcomeNames.String(o) }

// MarshalText implements [encoding.TextMarshaler]; the unset Outcome is an
// error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeNames.Marshal(o) }

// UnmarshalText implements [encoding.TextUnmarshaler]; "on track" and
// "needed help" are accepted too.
func (o *Outcome) UnmarshalText(text []byte) error { return outcomeNames.Unmarshal(text, o) }

// CheckIn is one dated check-in on a delegated task.
type CheckIn struct {
	Date    time.Time `json:"date"`
	Outcome Outcome   `json:"outcome"`
	// Confidence is the person's confidence on the task, 1–10; zero when not
	// asked.
	Confidence int    `json:"confidence,omitempty"`
	Note       string `json:"note,omitempty"`
}

// Delegation is a task handed to a person, with the style the lead uses and
// the check-ins so far. The lead stays accountable; the delegate is
// responsible for the work.
type Delegation struct {
	Task     string    `json:"task"`
	Delegate string    `json:"delegate"`
	Style    Style     `json:"style"`
	Start    time.Time `json:"start"`
	// Deadline is the date the task is due; zero when open-ended.
	Deadline time.Time `json:"deadline,omitzero"`
	CheckIns []CheckIn `json:"check_ins,omitempty"`
}

// Adjustment is the style [Adjust] suggests for the next stretch of a
// delegation.
type Adjustment struct {
	From   Style  `json:"from"`
	To     Style  `json:"to"`
	Reason string `json:"reason"`
}

// Changed reports whether the adjustment moves to another style.
func (a Adjustment) Changed() bool { return a.From != a.To }

// AdjustOptions holds the thresholds of [AdjustOptions.Adjust]. The zero
// value means the defaults; the spec says only "pull back gradually", so the
// numbers are leadkit's.
type AdjustOptions struct {
	// Streak is how many check-ins in a row must go well (on track, with
	// confident answers) before guidance steps down one level, and how many
	// in a row must go badly before it steps back up. Zero means 2.
	Streak int
	// ConfidentFrom is the lowest 1–10 confidence that counts as confident.
	// Zero means 7, as in [AssessOptions].
	ConfidentFrom int
}

func (o AdjustOptions) streak() int { return orDefault(o.Streak, 2) }

func (o AdjustOptions) confidentFrom() int { return highRating(o.ConfidentFrom) }

// Adjust suggests the next style for d with the default [AdjustOptions].
func Adjust(d Delegation) (Adjustment, leadkit.Findings) { return AdjustOptions{}.Adjust(d) }

// Adjust reads d's check-ins in date order and suggests moving one step
// toward less guidance after a streak of confident on-track check-ins, one
// step back after a streak of check-ins that needed help or were blocked (or
// at once when the latest is blocked while hands-off), and otherwise staying.
// It never moves two steps: gradual change is the spec's rule of thumb.
//
// Findings: delegation.style.micromanaging when the lead stays in Telling
// with a person who has been on track and confident; delegation.style.abdicating
// when the lead is hands-off while the task is off track;
// delegation.checkin.invalid for a check-in without a date or outcome or
// with a confidence outside 1–10 (it is left out); delegation.style.invalid
// when d has no valid style.
func (o AdjustOptions) Adjust(d Delegation) (Adjustment, leadkit.Findings) {
	var fs leadkit.Findings
	adj := Adjustment{From: d.Style, To: d.Style}
	if !d.Style.Valid() {
		fs = append(fs, invalidStyle(d.Style))
		adj.Reason = "There is no valid style to adjust."
		return adj, fs
	}
	history := make([]CheckIn, 0, len(d.CheckIns))
	for i, c := range d.CheckIns {
		if !valid(c) {
			fs = append(fs, leadkit.Finding{Code: "delegation.checkin.invalid", Field: fmt.Sprintf("check_ins[%d]", i),
				Severity: leadkit.Error,
				Message:  fmt.Sprintf("Check-in %d needs a date, an outcome and a confidence of 1–10 or none; it was left out.", i+1),
				Hint:     "Record the date and whether the task was on track, needed help or was blocked."})
			continue
		}
		history = append(history, c)
	}
	slices.SortStableFunc(history, func(a, b CheckIn) int { return a.Date.Compare(b.Date) })
	if len(history) == 0 {
		adj.Reason = "No check-ins yet: keep the current style until the first one."
		return adj, fs
	}
	n := o.streak()
	good := func(c CheckIn) bool {
		return c.Outcome == OnTrack && (c.Confidence == 0 || c.Confidence >= o.confidentFrom())
	}
	bad := func(c CheckIn) bool { return c.Outcome != OnTrack }
	tail := history[max(0, len(history)-n):]
	allGood := len(tail) == n && !slices.ContainsFunc(tail, func(c CheckIn) bool { return !good(c) })
	allBad := len(tail) == n && !slices.ContainsFunc(tail, func(c CheckIn) bool { return !bad(c) })
	last := history[len(history)-1]
	day := last.Date.Format(time.DateOnly)

	switch {
	case allGood && d.Style < Delegating:
		adj.To = d.Style + 1
		adj.Reason = fmt.Sprintf("The last %d check-ins (to %s) were on track with a confident delegate: step back one level to %s.", n, day, adj.To)
	case (allBad || last.Outcome == Blocked && d.Style == Delegating) && d.Style > Telling:
		adj.To = d.Style - 1
		adj.Reason = fmt.Sprintf("The task was %s on %s after a run of trouble: give one level more guidance, %s.",
			describeOutcome(last.Outcome), day, adj.To)
		if !allBad {
			adj.Reason = fmt.Sprintf("The task was blocked on %s while hands-off: give one level more guidance, %s.", day, adj.To)
		}
	default:
		adj.Reason = fmt.Sprintf("Stay with %s: the check-ins to %s show no streak of %d in either direction.", d.Style, day, n)
		if allGood {
			adj.Reason = fmt.Sprintf("Stay with %s: it is already the most hands-off style and the task is on track.", d.Style)
		}
		if allBad {
			adj.Reason = fmt.Sprintf("Stay with %s, the most guided style, and find out what blocks the task.", d.Style)
		}
	}
	if d.Style == Telling && allGood {
		fs = append(fs, leadkit.Finding{Code: "delegation.style.micromanaging", Field: "style", Severity: leadkit.Warning,
			Message: fmt.Sprintf("%s has been on track and confident for %d check-ins, yet the lead still directs every step (telling).", nameOr(d.Delegate), n),
			Hint:    "Pull back: coach (selling) rather than direct, and let them own more of the how."})
	}
	offTrack := 0
	for _, c := range tail {
		if bad(c) {
			offTrack++
		}
	}
	if d.Style == Delegating && (last.Outcome == Blocked || offTrack*2 > len(tail)) {
		fs = append(fs, leadkit.Finding{Code: "delegation.style.abdicating", Field: "style", Severity: leadkit.Warning,
			Message: fmt.Sprintf("The task is off track (%s on %s) while the lead stays hands-off (delegating).", describeOutcome(last.Outcome), day),
			Hint:    "Step in one level (participating): check in, remove blockers and agree the next steps; you stay accountable."})
	}
	return adj, fs
}

func describeOutcome(o Outcome) string {
	switch o {
	case OnTrack:
		return "on track"
	case NeededHelp:
		return "in need of help"
	}
	return "blocked"
}

func nameOr(name string) string {
	if name == "" {
		return "The delegate"
	}
	return name
}

// latest returns the latest valid check-in date of d, or the zero time.
func latest(d Delegation) time.Time {
	var t time.Time
	for _, c := range d.CheckIns {
		if valid(c) && c.Date.After(t) {
			t = c.Date
		}
	}
	return t
}

// valid reports whether c has a date, an outcome and a confidence of 1–10
// or none; other check-ins are left out of every judgement.
func valid(c CheckIn) bool {
	return !c.Date.IsZero() && outcomeNames.Valid(c.Outcome) && c.Confidence >= 0 && c.Confidence <= 10
}

// invalidStyle is the finding for a delegation without a valid style.
func invalidStyle(s Style) leadkit.Finding {
	return leadkit.Finding{Code: "delegation.style.invalid", Field: "style", Severity: leadkit.Error,
		Message: fmt.Sprintf("The delegation has no valid style (%s).", s),
		Hint:    "Pick one of telling, selling, participating or delegating, for example with Assess."}
}
