package adr

import (
	"fmt"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Status is the state of a decision. The zero value means no status was
// given. Custom stands for any status outside the known set; its words are
// kept in [StatusEntry.Text].
type Status uint8

// The statuses a decision passes through. Nygard names Proposed, Accepted,
// Deprecated and Superseded; MADR adds Rejected.
const (
	Proposed Status = iota + 1
	Accepted
	Rejected
	Deprecated
	Superseded
	Custom
)

var statusNames = enum.Names[Status]{Type: "Status", First: Proposed,
	Text:    []string{"proposed", "accepted", "rejected", "deprecated", "superseded", "custom"},
	Aliases: map[string]Status{"superceded": Superseded}}

// String returns the status in lower case, as MADR writes it: "accepted".
func (s Status) String() string { return statusNames.String(s) }

// MarshalText returns the status name; the zero value is an error.
func (s Status) MarshalText() ([]byte, error) { return statusNames.Marshal(s) }

// UnmarshalText parses a status name in any letter case ("Superceded", the
// spelling adr-tools writes, included).
func (s *Status) UnmarshalText(text []byte) error { return statusNames.Unmarshal(text, s) }

// Title returns the status as the Nygard format writes it: "Accepted".
func (s Status) Title() string {
	name := s.String()
	return strings.ToUpper(name[:1]) + name[1:]
}

// statusOf classifies the words of a status paragraph by its first word, so
// "Accepted on 2024-05-01" is Accepted and "on hold" is Custom.
func statusOf(text string) Status {
	words := strings.Fields(text) // a paragraph may go on past its first line
	if len(words) == 0 {
		return Custom
	}
	var s Status
	if err := s.UnmarshalText([]byte(strings.Trim(words[0], ".,:;!"))); err != nil || s == Custom {
		return Custom
	}
	return s
}

// transitions is the table of status changes the typed API allows: a
// proposal is accepted or rejected; an accepted decision is deprecated or
// superseded; a deprecated one may still be superseded. Rejected and
// Superseded are final. A custom status may move to any known status,
// because nothing is known about what it means.
var transitions = map[Status][]Status{
	0:          {Proposed, Accepted},
	Proposed:   {Accepted, Rejected},
	Accepted:   {Deprecated, Superseded},
	Deprecated: {Superseded},
	Custom:     {Proposed, Accepted, Rejected, Deprecated, Superseded},
}

// CanTransition reports whether the table allows a decision to move from
// one status to another. Moving to Custom is never allowed: a custom status
// is only ever read from a record.
func CanTransition(from, to Status) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// TransitionError is the error for a status change outside the table. It
// matches [leadkit.ErrInvalid].
type TransitionError struct {
	Number   int    // the record
	From, To Status // the refused change
}

// Error names the record and both states.
func (e *TransitionError) Error() string {
	from := "no status"
	if e.From != 0 {
		from = e.From.String()
	}
	return fmt.Sprintf("adr: record %d cannot move from %s to %s", e.Number, from, e.To)
}

// Unwrap returns [leadkit.ErrInvalid].
func (e *TransitionError) Unwrap() error { return leadkit.ErrInvalid }
