package planning

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit/internal/enum"
)

// Verdict is the answer [Evaluate] suggests for a new request. The zero
// value is invalid.
type Verdict uint8

// The verdicts.
const (
	// Fits: the request fits in the plan's free time.
	Fits Verdict = iota + 1
	// Trade: the request fits only if the listed lower-priority work moves;
	// agree that trade with the requester before saying yes.
	Trade
	// Redirect: the request is urgent but not important; point it to
	// someone else.
	Redirect
	// Decline: the request is not important and not urgent, or does not fit
	// even by displacing all lower-priority work.
	Decline
	// Clarify: the request has no estimate; ask for the effort and the real
	// deadline first.
	Clarify
)

var verdictNames = enum.Names[Verdict]{Type: "Verdict", First: Fits, Text: []string{"fits", "trade", "redirect", "decline", "clarify"}}

// String returns the verdict's name, such as "trade".
func (v Verdict) String() string { return verdictNames.String(v) }

// MarshalText implements encoding.TextMarshaler.
func (v Verdict) MarshalText() ([]byte, error) { return verdictNames.Marshal(v) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *Verdict) UnmarshalText(text []byte) error { return verdictNames.Unmarshal(text, v) }

// Evaluation is what a new request would do to the current week plan.
type Evaluation struct {
	Quadrant Quadrant `json:"quadrant"`
	Verdict  Verdict  `json:"verdict"`
	// Shortfall is how much time the plan lacks for the request.
	Shortfall time.Duration `json:"shortfall,omitempty"`
	// Displaces lists the planned tasks, lowest priority first, that would
	// have to move to make room.
	Displaces []Task `json:"displaces,omitempty"`
	// Answer is what to tell the requester now: never yes on the spot.
	Answer string `json:"answer"`
}

// Evaluate applies the "never say yes on the spot" rule: it checks a new
// request against the current plan and says what accepting it would displace.
// It compares totals of free time, not the shape of the calendar, so an
// accepted request may still need its blocks moved by hand.
func Evaluate(plan WeekPlan, request Task) Evaluation {
	e := Evaluation{Quadrant: Classify(request)}
	switch {
	case e.Quadrant == Eliminate:
		e.Verdict = Decline
		e.Answer = fmt.Sprintf("Decline %q: it is neither urgent nor important.", request.Title)
		return e
	case e.Quadrant == Delegate:
		e.Verdict = Redirect
		e.Answer = fmt.Sprintf("Point %q to someone else: it is urgent but does not need you.", request.Title)
		return e
	case request.Estimate <= 0:
		e.Verdict = Clarify
		e.Answer = fmt.Sprintf("Let me think about %q: how much work is it, and when do you really need it?", request.Title)
		return e
	}
	free := plan.Free()
	if request.Estimate <= free {
		e.Verdict = Fits
		e.Answer = fmt.Sprintf("%q fits in this week's free time (%s of %s); confirm after checking the calendar.", request.Title, hours(request.Estimate), hours(free))
		return e
	}
	e.Shortfall = request.Estimate - max(free, 0)
	var freed time.Duration
	for i := len(plan.Scheduled) - 1; i >= 0 && freed < e.Shortfall; i-- {
		t := plan.Scheduled[i]
		if comparePriority(t, request) <= 0 {
			break // everything left is at least as important as the request
		}
		e.Displaces = append(e.Displaces, t)
		freed += t.Estimate
	}
	if freed < e.Shortfall {
		e.Verdict = Decline
		e.Displaces = nil
		e.Answer = fmt.Sprintf("Not this week: %q needs %s more than the plan has, and only more important work could make room.", request.Title, hours(e.Shortfall))
		return e
	}
	e.Verdict = Trade
	titles := make([]string, len(e.Displaces))
	for i, t := range e.Displaces {
		titles[i] = strconv.Quote(t.Title)
	}
	e.Answer = fmt.Sprintf("Let me think about %q: to fit it, %s would have to move. Can we agree on that trade?", request.Title, strings.Join(titles, ", "))
	return e
}
