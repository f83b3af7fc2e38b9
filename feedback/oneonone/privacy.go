package oneonone

import (
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit/internal/enum"
)

// PrivateNote is a note one participant keeps for themselves: personal
// details, feedback to circle back on, insights. It is a type of its own,
// kept apart from [Series], so that no export of a series can carry it.
type PrivateNote struct {
	ID     uuid.UUID `json:"id"`
	Series uuid.UUID `json:"series"`
	// Meeting is the meeting the note is about, if any.
	Meeting uuid.UUID `json:"meeting,omitzero"`
	// Author is the participant who wrote the note and the only person who
	// may read it.
	Author string    `json:"author"`
	At     time.Time `json:"at"`
	Text   string    `json:"text"`
}

// Content is the kind of content a [Record] holds. The zero value is unset,
// and nobody may see a record of unset content.
type Content uint8

// The contents of a one-on-one.
const (
	// Shared content is the agenda, the shared notes and the action items.
	Shared Content = iota + 1
	// Private content is a participant's private note.
	Private
)

var contentNames = enum.Names[Content]{Type: "Content", First: 1, Text: []string{"shared", "private"}}

// String returns "shared" or "private", and "Content(N)" otherwise.
func (c Content) String() string { return contentNames.String(c) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// content.
func (c Content) MarshalText() ([]byte, error) {
	return contentNames.Marshal(c)
}

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (c *Content) UnmarshalText(text []byte) error {
	return contentNames.Unmarshal(text, c)
}

// Record describes a piece of one-on-one content for the privacy policy:
// what it is, who wrote it, and whose one-on-one it belongs to.
type Record struct {
	Content Content
	// Author wrote the content; it decides who reads a private note.
	Author string
	// Lead and Member are the participants.
	Lead, Member string
	// Managers are the participants' managers.
	Managers []string
}

// Visible is the privacy policy of one-on-ones: it reports whether viewer
// may see r. The participants see the shared content; their managers see
// the shared content too, never private notes; a private note is seen by
// its author alone, and only while the author is a participant; nobody else
// sees anything. Unset content, an empty viewer and an empty author are
// refused: the policy fails closed.
func Visible(viewer string, r Record) bool {
	if viewer == "" || r.Lead == "" || r.Member == "" {
		return false
	}
	participant := viewer == r.Lead || viewer == r.Member
	switch r.Content {
	case Shared:
		return participant || slices.Contains(r.Managers, viewer)
	case Private:
		return participant && viewer == r.Author
	}
	return false
}

// Record returns the policy record of the series' shared content.
func (s Series) Record() Record {
	return Record{Content: Shared, Lead: s.Lead, Member: s.Member, Managers: s.Managers}
}

// Record returns the policy record of n, a note of series s.
func (n PrivateNote) Record(s Series) Record {
	return Record{Content: Private, Author: n.Author, Lead: s.Lead, Member: s.Member, Managers: s.Managers}
}

// View is what one viewer may see of a series.
type View struct {
	// Series is the shared record; it is nil when the viewer may not see it.
	Series *Series `json:"series,omitempty"`
	// Private holds the viewer's own private notes of the series.
	Private []PrivateNote `json:"private,omitempty"`
}

// ViewFor returns what viewer may see of s and notes, deciding every
// record with [Visible]: a participant gets the shared record and their own
// private notes, a manager the shared record only, anyone else nothing.
// Notes of other series are left out.
func ViewFor(viewer string, s Series, notes []PrivateNote) View {
	var v View
	if Visible(viewer, s.Record()) {
		v.Series = s.clone()
	}
	for _, n := range notes {
		if n.Series == s.ID && Visible(viewer, n.Record(s)) {
			v.Private = append(v.Private, n)
		}
	}
	return v
}

// clone returns a deep copy of s, so that a view handed out cannot change
// the series it was made from.
func (s Series) clone() *Series {
	c := s
	c.Managers = slices.Clone(s.Managers)
	c.Items = slices.Clone(s.Items)
	c.Actions = slices.Clone(s.Actions)
	c.Meetings = slices.Clone(s.Meetings)
	for i := range c.Meetings {
		c.Meetings[i].Covered = slices.Clone(c.Meetings[i].Covered)
	}
	return &c
}
