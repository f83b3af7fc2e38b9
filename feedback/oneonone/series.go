package oneonone

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Party is one side of a one-on-one. The zero value is unset and invalid.
type Party uint8

// The two sides.
const (
	// Lead is the tech lead or manager who runs the series.
	Lead Party = iota + 1
	// Member is the team member the series is for.
	Member
)

var partyNames = enum.Names[Party]{Type: "Party", First: 1, Text: []string{"lead", "member"}}

// String returns "lead" or "member", and "Party(N)" otherwise.
func (p Party) String() string { return partyNames.String(p) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// party.
func (p Party) MarshalText() ([]byte, error) { return partyNames.Marshal(p) }

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (p *Party) UnmarshalText(text []byte) error {
	return partyNames.Unmarshal(text, p)
}

// Cadence is how often a series meets. The zero value is unset and invalid.
type Cadence uint8

// The cadences. The spec's recommended default is biweekly, 30 minutes.
const (
	Weekly Cadence = iota + 1
	Biweekly
	Monthly
)

var cadenceNames = enum.Names[Cadence]{Type: "Cadence", First: 1, Text: []string{"weekly", "biweekly", "monthly"}}

// String returns the cadence's name, and "Cadence(N)" otherwise.
func (c Cadence) String() string { return cadenceNames.String(c) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// cadence.
func (c Cadence) MarshalText() ([]byte, error) {
	return cadenceNames.Marshal(c)
}

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (c *Cadence) UnmarshalText(text []byte) error {
	return cadenceNames.Unmarshal(text, c)
}

// Series is a recurring one-on-one between a lead and a team member: its
// schedule, the agenda items either side raised, the meetings held or
// cancelled with their shared notes, and the action items. Everything in a
// Series is shared between the participants; private notes are a separate
// type, [PrivateNote], so that no export of a Series can carry them.
type Series struct {
	ID     uuid.UUID `json:"id"`
	Lead   string    `json:"lead"`
	Member string    `json:"member"`
	// Managers are the participants' managers. They may read the shared
	// record (agenda, shared notes, actions), never private notes.
	Managers []string `json:"managers,omitempty"`
	Cadence  Cadence  `json:"cadence"`
	// Start is the first meeting; it fixes the weekday, the time of day and
	// the time zone of every later one.
	Start time.Time `json:"start"`
	// Length is the planned duration; zero means the default of 30 minutes.
	Length   time.Duration `json:"length,omitempty"`
	Meetings []Meeting     `json:"meetings,omitempty"`
	Items    []AgendaItem  `json:"items,omitempty"`
	Actions  []Action      `json:"actions,omitempty"`
}

// DefaultLength is the spec's recommended length of a one-on-one, and its
// floor: "don't go below 30 minutes".
const DefaultLength = 30 * time.Minute

// Meeting is one occurrence of a series, held or cancelled.
type Meeting struct {
	ID uuid.UUID `json:"id"`
	At time.Time `json:"at"`
	// Canceled marks a meeting that did not happen; CanceledBy and Reason
	// say who cancelled it and why.
	Canceled   bool   `json:"canceled,omitempty"`
	CanceledBy Party  `json:"canceled_by,omitempty"`
	Reason     string `json:"reason,omitempty"`
	// Notes are the shared notes, visible to both participants.
	Notes string `json:"notes,omitempty"`
	// Covered lists the agenda items discussed.
	Covered []uuid.UUID `json:"covered,omitempty"`
}

// AgendaItem is a topic one side wants to talk about. It stays open, and is
// carried over to the next meeting, until a meeting covers it.
type AgendaItem struct {
	ID        uuid.UUID `json:"id"`
	RaisedBy  Party     `json:"raised_by"`
	Text      string    `json:"text"`
	RaisedAt  time.Time `json:"raised_at"`
	CoveredAt time.Time `json:"covered_at,omitzero"`
}

// Action is an action item with an owner and a due date.
type Action struct {
	ID     uuid.UUID `json:"id"`
	Owner  Party     `json:"owner"`
	Text   string    `json:"text"`
	Due    time.Time `json:"due,omitzero"`
	DoneAt time.Time `json:"done_at,omitzero"`
}

// NewSeries returns a series between lead and member meeting at cadence from
// start, with a new ID. It returns an error wrapping [leadkit.ErrInvalid]
// when a participant is missing, both are the same person, the cadence is
// unset or start is zero.
func NewSeries(lead, member string, cadence Cadence, start time.Time) (Series, error) {
	s := Series{ID: leadkit.NewID(), Lead: strings.TrimSpace(lead), Member: strings.TrimSpace(member), Cadence: cadence, Start: start}
	switch {
	case s.Lead == "" || s.Member == "":
		return Series{}, fmt.Errorf("oneonone: a series needs a lead and a member: %w", leadkit.ErrInvalid)
	case strings.EqualFold(s.Lead, s.Member):
		return Series{}, fmt.Errorf("oneonone: lead and member are both %q: %w", s.Lead, leadkit.ErrInvalid)
	case !cadenceNames.Valid(cadence):
		return Series{}, fmt.Errorf("oneonone: cadence %v is not weekly, biweekly or monthly: %w", cadence, leadkit.ErrInvalid)
	case start.IsZero():
		return Series{}, fmt.Errorf("oneonone: a series needs a first meeting time: %w", leadkit.ErrInvalid)
	}
	return s, nil
}

// Raise adds an agenda item raised by one side at a time.
func (s *Series) Raise(by Party, text string, at time.Time) (AgendaItem, error) {
	text = strings.TrimSpace(text)
	if !partyNames.Valid(by) || text == "" {
		return AgendaItem{}, fmt.Errorf("oneonone: an agenda item needs a side (lead or member) and a text: %w", leadkit.ErrInvalid)
	}
	item := AgendaItem{ID: leadkit.NewID(), RaisedBy: by, Text: text, RaisedAt: at}
	s.Items = append(s.Items, item)
	return item, nil
}

// Hold records a meeting held at a time, with its shared notes and the
// agenda items it covered. Items it does not cover stay open and are carried
// over. It returns an error wrapping [leadkit.ErrNotFound] for an unknown
// item and one wrapping [leadkit.ErrInvalid] for an item raised after the
// meeting.
func (s *Series) Hold(at time.Time, notes string, covered ...uuid.UUID) (Meeting, error) {
	for _, id := range covered {
		k := slices.IndexFunc(s.Items, func(it AgendaItem) bool { return it.ID == id })
		switch {
		case k < 0:
			return Meeting{}, fmt.Errorf("oneonone: agenda item %s: %w", id, leadkit.ErrNotFound)
		case s.Items[k].RaisedAt.After(at):
			return Meeting{}, fmt.Errorf("oneonone: agenda item %q was raised after the meeting: %w", s.Items[k].Text, leadkit.ErrInvalid)
		}
	}
	for _, id := range covered {
		k := slices.IndexFunc(s.Items, func(it AgendaItem) bool { return it.ID == id })
		if s.Items[k].CoveredAt.IsZero() {
			s.Items[k].CoveredAt = at
		}
	}
	m := Meeting{ID: leadkit.NewID(), At: at, Notes: notes, Covered: slices.Clone(covered)}
	s.Meetings = append(s.Meetings, m)
	return m, nil
}

// Cancel records a meeting that did not happen.
func (s *Series) Cancel(at time.Time, by Party, reason string) (Meeting, error) {
	if !partyNames.Valid(by) {
		return Meeting{}, fmt.Errorf("oneonone: say which side cancelled: %w", leadkit.ErrInvalid)
	}
	m := Meeting{ID: leadkit.NewID(), At: at, Canceled: true, CanceledBy: by, Reason: reason}
	s.Meetings = append(s.Meetings, m)
	return m, nil
}

// AddAction adds an action item for one side, due at a time.
func (s *Series) AddAction(owner Party, text string, due time.Time) (Action, error) {
	text = strings.TrimSpace(text)
	if !partyNames.Valid(owner) || text == "" {
		return Action{}, fmt.Errorf("oneonone: an action needs an owner (lead or member) and a text: %w", leadkit.ErrInvalid)
	}
	a := Action{ID: leadkit.NewID(), Owner: owner, Text: text, Due: due}
	s.Actions = append(s.Actions, a)
	return a, nil
}

// Done marks an action done at a time. It returns an error wrapping
// [leadkit.ErrNotFound] for an unknown action.
func (s *Series) Done(id uuid.UUID, at time.Time) error {
	k := slices.IndexFunc(s.Actions, func(a Action) bool { return a.ID == id })
	if k < 0 {
		return fmt.Errorf("oneonone: action %s: %w", id, leadkit.ErrNotFound)
	}
	s.Actions[k].DoneAt = at
	return nil
}

// Next returns the first scheduled meeting at or after now that has not been
// cancelled, in the time zone of Start. Weekly and biweekly meetings keep
// Start's weekday and wall-clock time across daylight-saving changes;
// monthly meetings keep its day of the month, or the month's last day when
// it is shorter. A cancellation cancels the meeting scheduled on its day
// (in Start's time zone), whatever its time of day. Next returns the zero
// time for a series with no start or no cadence.
func (s Series) Next(now time.Time) time.Time {
	if s.Start.IsZero() || !cadenceNames.Valid(s.Cadence) {
		return time.Time{}
	}
	loc := s.Start.Location()
	canceled := map[int]bool{}
	for _, m := range s.Meetings {
		if m.Canceled {
			canceled[civilDays(m.At.In(loc))] = true
		}
	}
	k := 0
	if now.After(s.Start) {
		k = s.periodsBefore(now)
	}
	for {
		t := s.occurrence(k)
		if !t.Before(now) && !canceled[civilDays(t)] {
			return t
		}
		k++
	}
}

// occurrence returns the k-th scheduled meeting, the first being k = 0.
func (s Series) occurrence(k int) time.Time {
	switch s.Cadence {
	case Weekly:
		return s.Start.AddDate(0, 0, 7*k)
	case Biweekly:
		return s.Start.AddDate(0, 0, 14*k)
	}
	y, m, d := s.Start.Date()
	first := time.Date(y, m+time.Month(k), 1, s.Start.Hour(), s.Start.Minute(), s.Start.Second(), s.Start.Nanosecond(), s.Start.Location())
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}

// periodsBefore returns a k whose occurrence is at most one period before
// now, so that Next does not walk the whole history.
func (s Series) periodsBefore(now time.Time) int {
	n := now.In(s.Start.Location())
	if s.Cadence == Monthly {
		return max(0, (n.Year()-s.Start.Year())*12+int(n.Month()-s.Start.Month())-1)
	}
	days := civilDays(n) - civilDays(s.Start)
	step := 7
	if s.Cadence == Biweekly {
		step = 14
	}
	return max(0, days/step-1)
}

// civilDays counts calendar days since the epoch for t's date in its own
// time zone.
func civilDays(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// lastHeld returns the latest meeting held at or before now, and whether
// there is one.
func (s Series) lastHeld(now time.Time) (Meeting, bool) {
	var last Meeting
	found := false
	for _, m := range s.Meetings {
		if !m.Canceled && !m.At.After(now) && (!found || m.At.After(last.At)) {
			last, found = m, true
		}
	}
	return last, found
}
