package stakeholder

import "github.com/leadkit/leadkit/internal/enum"

// Influence is how much a person can affect the team's work. The zero value
// is unset.
type Influence uint8

// The influence levels of the stakeholders map. Their text forms are "low"
// and "high".
const (
	// LowInfluence cannot change the team's course alone.
	LowInfluence Influence = iota + 1
	// HighInfluence can block, derail or champion the team's work.
	HighInfluence
)

var influenceNames = enum.Names[Influence]{Type: "Influence", First: LowInfluence, Text: []string{"low", "high"}}

// String returns the text form of i.
func (i Influence) String() string { return influenceNames.String(i) }

// MarshalText implements [encoding.TextMarshaler].
func (i Influence) MarshalText() ([]byte, error) { return influenceNames.Marshal(i) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (i *Influence) UnmarshalText(text []byte) error { return influenceNames.Unmarshal(text, i) }

// Commitment is where a person stands on the team's work, from supporter to
// detractor. Opposition is often not personal, and it changes. The zero value
// is unset.
type Commitment uint8

// The commitments. Their text forms are "supporter", "neutral" and
// "detractor".
const (
	// Supporter backs the work.
	Supporter Commitment = iota + 1
	// Neutral neither backs nor opposes it.
	Neutral
	// Detractor opposes it, or doubts it.
	Detractor
)

var commitmentNames = enum.Names[Commitment]{Type: "Commitment", First: Supporter, Text: []string{"supporter", "neutral", "detractor"}}

// String returns the text form of c.
func (c Commitment) String() string { return commitmentNames.String(c) }

// MarshalText implements [encoding.TextMarshaler].
func (c Commitment) MarshalText() ([]byte, error) { return commitmentNames.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Commitment) UnmarshalText(text []byte) error { return commitmentNames.Unmarshal(text, c) }

// Style is a person's DISC communication style. The zero value is unknown.
type Style uint8

// The DISC styles, in order around the circle. Their text forms are
// "dominance", "influence", "steadiness" and "conscientiousness"; the
// letters "d", "i", "s" and "c" are read too.
const (
	// Dominance is results-focused, assertive and challenge-driven: be
	// direct, focus on solutions, let them decide.
	Dominance Style = iota + 1
	// InfluenceStyle is people-oriented, enthusiastic and social: be
	// enthusiastic, tell stories, let them ask questions.
	InfluenceStyle
	// Steadiness is calm, consistent and team-oriented: be personal and
	// friendly, give time to process, avoid confrontation.
	Steadiness
	// Conscientiousness is precise, analytical and data-driven: stick to
	// facts, give time to process before responding.
	Conscientiousness
)

var styleNames = enum.Names[Style]{Type: "Style", First: Dominance,
	Text:    []string{"dominance", "influence", "steadiness", "conscientiousness"},
	Aliases: map[string]Style{"d": Dominance, "i": InfluenceStyle, "s": Steadiness, "c": Conscientiousness}}

// String returns the text form of s.
func (s Style) String() string { return styleNames.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Style) MarshalText() ([]byte, error) { return styleNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Style) UnmarshalText(text []byte) error { return styleNames.Unmarshal(text, s) }

// Friction reports whether two styles sit opposite each other on the DISC
// circle (dominance and steadiness, influence and conscientiousness): the
// pairs that clash most and call for adapting one's own style.
func Friction(a, b Style) bool {
	return (a == Dominance && b == Steadiness) || (a == Steadiness && b == Dominance) ||
		(a == InfluenceStyle && b == Conscientiousness) || (a == Conscientiousness && b == InfluenceStyle)
}

// Channel is how a message reaches a person. The zero value is unset.
type Channel uint8

// The channels. Their text forms are "one-on-one", "meeting", "call",
// "chat", "email", "document" and "demo".
const (
	OneOnOne Channel = iota + 1 // a private conversation
	Meeting                     // a group meeting or review
	Call                        // a phone or video call on the spot
	Chat                        // a chat message
	Email                       // an email
	Document                    // a written report or page to read
	Demo                        // a showcase of working software
)

var channelNames = enum.Names[Channel]{Type: "Channel", First: OneOnOne,
	Text:    []string{"one-on-one", "meeting", "call", "chat", "email", "document", "demo"},
	Aliases: map[string]Channel{"one_on_one": OneOnOne, "1:1": OneOnOne, "1-1": OneOnOne, "oneonone": OneOnOne}}

// String returns the text form of c.
func (c Channel) String() string { return channelNames.String(c) }

// MarshalText implements [encoding.TextMarshaler].
func (c Channel) MarshalText() ([]byte, error) { return channelNames.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Channel) UnmarshalText(text []byte) error { return channelNames.Unmarshal(text, c) }

// Length is how long a message is. The zero value is unset.
type Length uint8

// The lengths. Their text forms are "short", "medium" and "long".
const (
	Short  Length = iota + 1 // a few lines or minutes
	Medium                   // a page or a quarter of an hour
	Long                     // several pages or a long session
)

var lengthNames = enum.Names[Length]{Type: "Length", First: Short, Text: []string{"short", "medium", "long"}}

// String returns the text form of l.
func (l Length) String() string { return lengthNames.String(l) }

// MarshalText implements [encoding.TextMarshaler].
func (l Length) MarshalText() ([]byte, error) { return lengthNames.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Length) UnmarshalText(text []byte) error { return lengthNames.Unmarshal(text, l) }

// Detail is how deep a message goes. The zero value is unset.
type Detail uint8

// The levels of detail. Their text forms are "high-level" and "detailed".
const (
	HighLevel Detail = iota + 1 // outcomes and decisions
	Detailed                    // data, reasoning and specifics
)

var detailNames = enum.Names[Detail]{Type: "Detail", First: HighLevel, Text: []string{"high-level", "detailed"},
	Aliases: map[string]Detail{"high_level": HighLevel, "high level": HighLevel, "highlevel": HighLevel, "summary": HighLevel}}

// String returns the text form of d.
func (d Detail) String() string { return detailNames.String(d) }

// MarshalText implements [encoding.TextMarshaler].
func (d Detail) MarshalText() ([]byte, error) { return detailNames.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Detail) UnmarshalText(text []byte) error { return detailNames.Unmarshal(text, d) }

// Order is what a message leads with. The zero value is unset.
type Order uint8

// The orders. Their text forms are "results-first" and "context-first".
const (
	ResultsFirst Order = iota + 1 // the outcome or the ask, then the why
	ContextFirst                  // the background, then the outcome
)

var orderNames = enum.Names[Order]{Type: "Order", First: ResultsFirst, Text: []string{"results-first", "context-first"},
	Aliases: map[string]Order{"results_first": ResultsFirst, "resultsfirst": ResultsFirst, "context_first": ContextFirst, "contextfirst": ContextFirst}}

// String returns the text form of o.
func (o Order) String() string { return orderNames.String(o) }

// MarshalText implements [encoding.TextMarshaler].
func (o Order) MarshalText() ([]byte, error) { return orderNames.Marshal(o) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (o *Order) UnmarshalText(text []byte) error { return orderNames.Unmarshal(text, o) }

// Category is a quadrant of the stakeholders map: influence against
// commitment. The zero value means the person cannot be placed (neutral, or
// influence or commitment unset).
type Category uint8

// The four categories. Their text forms are "high-influence-detractor",
// "high-influence-supporter", "low-influence-detractor" and
// "low-influence-supporter".
const (
	// HighInfluenceDetractor can block or derail the work: manage closely.
	HighInfluenceDetractor Category = iota + 1
	// HighInfluenceSupporter is a champion: keep them informed and engaged.
	HighInfluenceSupporter
	// LowInfluenceDetractor needs monitoring until their influence grows.
	LowInfluenceDetractor
	// LowInfluenceSupporter stays in the loop: context, feedback, future
	// influence.
	LowInfluenceSupporter
)

var categoryNames = enum.Names[Category]{Type: "Category", First: HighInfluenceDetractor,
	Text: []string{"high-influence-detractor", "high-influence-supporter", "low-influence-detractor", "low-influence-supporter"}}

// String returns the text form of c.
func (c Category) String() string { return categoryNames.String(c) }

// MarshalText implements [encoding.TextMarshaler].
func (c Category) MarshalText() ([]byte, error) { return categoryNames.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Category) UnmarshalText(text []byte) error { return categoryNames.Unmarshal(text, c) }

// Engagement is the strategy for a category of stakeholder. The zero value
// is unset.
type Engagement uint8

// The engagement strategies. Their text forms are "manage-closely",
// "keep-engaged", "monitor" and "keep-in-loop".
const (
	// ManageClosely: understand their concerns and build alignment.
	ManageClosely Engagement = iota + 1
	// KeepEngaged: keep champions happy, informed and aligned.
	KeepEngaged
	// Monitor: invest little until their influence rises.
	Monitor
	// KeepInLoop: keep them informed; they may grow in influence.
	KeepInLoop
)

var engagementNames = enum.Names[Engagement]{Type: "Engagement", First: ManageClosely,
	Text: []string{"manage-closely", "keep-engaged", "monitor", "keep-in-loop"}}

// String returns the text form of e.
func (e Engagement) String() string { return engagementNames.String(e) }

// MarshalText implements [encoding.TextMarshaler].
func (e Engagement) MarshalText() ([]byte, error) { return engagementNames.Marshal(e) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (e *Engagement) UnmarshalText(text []byte) error { return engagementNames.Unmarshal(text, e) }

// Engagement returns the strategy for the category, or zero for the zero
// Category.
func (c Category) Engagement() Engagement {
	switch c {
	case HighInfluenceDetractor:
		return ManageClosely
	case HighInfluenceSupporter:
		return KeepEngaged
	case LowInfluenceDetractor:
		return Monitor
	case LowInfluenceSupporter:
		return KeepInLoop
	}
	return 0
}
