package oneonone

import (
	"cmp"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit/internal/enum"
)

// EntryKind says why an entry is on the agenda. The zero value is unset.
type EntryKind uint8

// The kinds of agenda entry, in the order the agenda lists them.
const (
	// CarryOver is an item raised before the last meeting that the meeting
	// did not cover.
	CarryOver EntryKind = iota + 1
	// OverdueAction is an open action item past its due date.
	OverdueAction
	// NewItem is an item raised since the last meeting.
	NewItem
)

var entryKindNames = enum.Names[EntryKind]{Type: "EntryKind", First: 1, Text: []string{"carry_over", "overdue_action", "new_item"}}

// String returns the kind's name, and "EntryKind(N)" otherwise.
func (k EntryKind) String() string { return entryKindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// kind.
func (k EntryKind) MarshalText() ([]byte, error) {
	return entryKindNames.Marshal(k)
}

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (k *EntryKind) UnmarshalText(text []byte) error {
	return entryKindNames.Unmarshal(text, k)
}

// Entry is one line of a built agenda.
type Entry struct {
	Kind EntryKind `json:"kind"`
	// ID is the agenda item's or the action's.
	ID   uuid.UUID `json:"id"`
	Text string    `json:"text"`
	// Party raised the item, or owns the action.
	Party Party `json:"party"`
	// Since is when the item was raised, or when the action was due.
	Since time.Time `json:"since"`
	// CarriedOver counts the held meetings that passed the item over.
	CarriedOver int `json:"carried_over,omitempty"`
}

// Agenda builds the agenda of the next meeting as of now: first the
// carry-overs (oldest first), then the overdue actions (longest overdue
// first), then the new items — the member's before the lead's, since the
// meeting is theirs to drive, each side oldest first.
func (s Series) Agenda(now time.Time) []Entry {
	last, held := s.lastHeld(now)
	var carry, overdue, fresh []Entry
	for _, it := range s.Items {
		if !it.CoveredAt.IsZero() && !it.CoveredAt.After(now) || it.RaisedAt.After(now) {
			continue
		}
		e := Entry{ID: it.ID, Text: it.Text, Party: it.RaisedBy, Since: it.RaisedAt}
		if held && it.RaisedAt.Before(last.At) {
			e.Kind = CarryOver
			for _, m := range s.Meetings {
				if !m.Canceled && !m.At.After(now) && m.At.After(it.RaisedAt) {
					e.CarriedOver++
				}
			}
			carry = append(carry, e)
			continue
		}
		e.Kind = NewItem
		fresh = append(fresh, e)
	}
	for _, a := range s.Actions {
		if a.DoneAt.IsZero() && !a.Due.IsZero() && a.Due.Before(now) {
			overdue = append(overdue, Entry{Kind: OverdueAction, ID: a.ID, Text: a.Text, Party: a.Owner, Since: a.Due})
		}
	}
	bySince := func(a, b Entry) int { return a.Since.Compare(b.Since) }
	slices.SortStableFunc(carry, bySince)
	slices.SortStableFunc(overdue, bySince)
	slices.SortStableFunc(fresh, func(a, b Entry) int {
		// Member before lead: Member sorts first.
		return cmp.Or(-cmp.Compare(a.Party, b.Party), a.Since.Compare(b.Since))
	})
	return slices.Concat(carry, overdue, fresh)
}
