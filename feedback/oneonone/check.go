package oneonone

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// The finding codes of [Check].
const (
	CodeParticipantsMissing   = "oneonone.participants.missing"
	CodeParticipantsSame      = "oneonone.participants.same"
	CodeCadenceMissing        = "oneonone.cadence.missing"
	CodeStartMissing          = "oneonone.start.missing"
	CodeLengthTooShort        = "oneonone.length.too_short"
	CodeAgendaLeadDriven      = "oneonone.agenda.lead_driven"
	CodeCancellationsFrequent = "oneonone.cancellations.frequent"
	CodeActionOverdue         = "oneonone.action.overdue"
	CodeItemStale             = "oneonone.item.stale"
)

// Thresholds of [Check]. The spec gives "don't go below 30 minutes" and
// "e.g. >= 2 of last 4" for cancellations; the others are ours.
const (
	// CancellationWindow and CancellationLimit: this many cancellations by
	// one side among the last meetings is a pattern.
	CancellationWindow = 4
	CancellationLimit  = 2
	// StaleAfter is how many held meetings may pass an item over before it
	// is reported: a raised concern needs closure, even a negative one.
	StaleAfter = 3
	// agendaWindow is how many recent items decide who drives the agenda.
	agendaWindow = 6
)

// Check reports what undermines a series, as of now: missing participants,
// cadence or start; meetings shorter than 30 minutes; an agenda the lead
// drives; frequent cancellations by one side; overdue action items; and
// items passed over in three or more meetings.
func Check(s Series, now time.Time) leadkit.Findings {
	var out leadkit.Findings
	lead, member := strings.TrimSpace(s.Lead), strings.TrimSpace(s.Member)
	switch {
	case lead == "" || member == "":
		field := "lead"
		if lead != "" {
			field = "member"
		}
		out = append(out, leadkit.Finding{Code: CodeParticipantsMissing, Field: field, Severity: leadkit.Error,
			Message: "The series needs both a lead and a member.", Hint: "Name both participants."})
	case strings.EqualFold(lead, member):
		out = append(out, leadkit.Finding{Code: CodeParticipantsSame, Field: "member", Severity: leadkit.Error,
			Message: fmt.Sprintf("Lead and member are both %q.", s.Lead), Hint: "A one-on-one has two different people."})
	}
	if !cadenceNames.Valid(s.Cadence) {
		out = append(out, leadkit.Finding{Code: CodeCadenceMissing, Field: "cadence", Severity: leadkit.Error,
			Message: "The series has no cadence; sporadic check-ins don't work.",
			Hint:    "Agree weekly, biweekly or monthly; every two weeks is the usual default."})
	}
	if s.Start.IsZero() {
		out = append(out, leadkit.Finding{Code: CodeStartMissing, Field: "start", Severity: leadkit.Error,
			Message: "The series has no first meeting.", Hint: "Put a recurring invite in both calendars."})
	}
	if s.Length != 0 && s.Length < DefaultLength {
		out = append(out, leadkit.Finding{Code: CodeLengthTooShort, Field: "length", Severity: leadkit.Warning,
			Message: fmt.Sprintf("Meetings of %v are too short to go deep.", s.Length),
			Hint:    "Keep at least 30 minutes; meet less often rather than shorter."})
	}
	items := slices.Clone(s.Items)
	slices.SortStableFunc(items, func(a, b AgendaItem) int { return a.RaisedAt.Compare(b.RaisedAt) })
	if recent := items[max(0, len(items)-agendaWindow):]; len(recent) >= 3 {
		lead := 0
		for _, it := range recent {
			if it.RaisedBy == Lead {
				lead++
			}
		}
		if 2*lead > len(recent) {
			out = append(out, leadkit.Finding{Code: CodeAgendaLeadDriven, Field: "items", Severity: leadkit.Warning,
				Message: fmt.Sprintf("The lead raised %d of the last %d agenda items.", lead, len(recent)),
				Hint:    "Let the member drive the agenda; keep your topics as a backup for quiet weeks."})
		}
	}
	out = cancellations(out, s, now)
	for i, a := range s.Actions {
		if a.DoneAt.IsZero() && !a.Due.IsZero() && a.Due.Before(now) {
			out = append(out, leadkit.Finding{Code: CodeActionOverdue, Field: fmt.Sprintf("actions[%d]", i), Severity: leadkit.Warning,
				Message: fmt.Sprintf("Action %q (%s) was due %s.", a.Text, a.Owner, a.Due.Format(time.DateOnly)),
				Hint:    "Close it or agree a new date; unfinished promises erode trust."})
		}
	}
	for _, e := range s.Agenda(now) {
		if e.Kind == CarryOver && e.CarriedOver >= StaleAfter {
			k := slices.IndexFunc(s.Items, func(it AgendaItem) bool { return it.ID == e.ID })
			out = append(out, leadkit.Finding{Code: CodeItemStale, Field: fmt.Sprintf("items[%d]", k), Severity: leadkit.Warning,
				Message: fmt.Sprintf("Item %q has been carried over %d meetings.", e.Text, e.CarriedOver),
				Hint:    "Cover it next time, or close the loop and say why nothing can be done."})
		}
	}
	return out
}

func cancellations(out leadkit.Findings, s Series, now time.Time) leadkit.Findings {
	var past []Meeting
	for _, m := range s.Meetings {
		if !m.At.After(now) {
			past = append(past, m)
		}
	}
	slices.SortStableFunc(past, func(a, b Meeting) int { return a.At.Compare(b.At) })
	past = past[max(0, len(past)-CancellationWindow):]
	for _, p := range []Party{Lead, Member} {
		n := 0
		for _, m := range past {
			if m.Canceled && m.CanceledBy == p {
				n++
			}
		}
		if n < CancellationLimit {
			continue
		}
		hint := "Ask why, curious rather than frustrated; look for outside pressure (reorgs, overloaded calendars) and restate the value of consistency."
		if p == Lead {
			hint = "Cancelling one-on-ones destroys trust faster than almost anything: own it and keep the next ones."
		}
		out = append(out, leadkit.Finding{Code: CodeCancellationsFrequent, Field: "meetings", Severity: leadkit.Warning,
			Message: fmt.Sprintf("The %s cancelled %d of the last %d meetings.", p, n, len(past)), Hint: hint})
	}
	return out
}
