package project

import "github.com/leadkit/leadkit/internal/enum"

// Status is how a milestone, a stream or the whole plan stands against its
// target. The zero value means unknown: no target, or the work cannot be
// forecast (a dependency cycle).
type Status uint8

// The statuses, from best to worst, then done. Their text forms are
// "on-track", "at-risk", "off-track" and "done".
const (
	// OnTrack is projected to finish by its target with room to spare.
	OnTrack Status = iota + 1
	// AtRisk is projected to finish by its target, but only just, or with a
	// warning sign on its critical path: a step that grew, a stale update,
	// an overloaded owner.
	AtRisk
	// OffTrack is projected to finish after its target.
	OffTrack
	// Done has all its steps finished.
	Done
)

var statusNames = enum.Names[Status]{Type: "Status", First: OnTrack,
	Text: []string{"on-track", "at-risk", "off-track", "done"},
	Aliases: map[string]Status{
		"on track": OnTrack, "on_track": OnTrack, "ontrack": OnTrack, "at risk": AtRisk, "at_risk": AtRisk,
		"atrisk": AtRisk, "off track": OffTrack, "off_track": OffTrack, "offtrack": OffTrack,
	}}

// String returns the text form of s.
func (s Status) String() string { return statusNames.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) { return statusNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(text []byte) error { return statusNames.Unmarshal(text, s) }

// Words returns the status for people: "on track", "at risk", "off track",
// "done", or "unknown" for the zero value.
func (s Status) Words() string {
	switch s {
	case OnTrack:
		return "on track"
	case AtRisk:
		return "at risk"
	case OffTrack:
		return "off track"
	case Done:
		return "done"
	}
	return "unknown"
}

// worse reports whether s is worse news than t for a summary: off track,
// then at risk, then unknown, then on track, then done.
func (s Status) worse(t Status) bool { return s.severity() > t.severity() }

func (s Status) severity() int {
	switch s {
	case OffTrack:
		return 4
	case AtRisk:
		return 3
	case OnTrack:
		return 1
	case Done:
		return 0
	}
	return 2
}
