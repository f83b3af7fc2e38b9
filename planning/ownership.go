package planning

import (
	"time"

	"github.com/leadkit/leadkit/internal/enum"
)

// ProblemKind is the kind of problem brought to the lead, as the spec's
// problem-ownership chapter groups them. The zero value is OtherProblem.
type ProblemKind uint8

// The kinds of problem.
const (
	// OtherProblem is anything not listed; it is a gray area.
	OtherProblem ProblemKind = iota
	// TeamBlocker blocks the whole team.
	TeamBlocker
	// TechnicalAlignment is about the team's technical direction.
	TechnicalAlignment
	// CrossTeamMiscommunication is a misunderstanding between functions or
	// teams.
	CrossTeamMiscommunication
	// TaskCompletion is finishing a task someone owns.
	TaskCompletion
	// FeatureOwnership is driving a feature someone owns.
	FeatureOwnership
	// PeerConflict is a conflict between two team members.
	PeerConflict
	// Personal is a personal matter of a team member.
	Personal
)

var problemKindNames = enum.Names[ProblemKind]{Type: "ProblemKind", First: OtherProblem, Text: []string{
	"other", "team_blocker", "technical_alignment", "cross_team_miscommunication",
	"task_completion", "feature_ownership", "peer_conflict", "personal",
}}

// String returns the kind's name, such as "peer_conflict".
func (k ProblemKind) String() string { return problemKindNames.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k ProblemKind) MarshalText() ([]byte, error) { return problemKindNames.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ProblemKind) UnmarshalText(text []byte) error { return problemKindNames.Unmarshal(text, k) }

// Ownership says whose problem it is. The zero value is invalid.
type Ownership uint8

// The owners.
const (
	// Mine: clearly the lead's to solve.
	Mine Ownership = iota + 1
	// Theirs: clearly the team member's, with support, not intervention.
	Theirs
	// Gray: could be either; whoever fits best takes it.
	Gray
)

var ownershipNames = enum.Names[Ownership]{Type: "Ownership", First: Mine, Text: []string{"mine", "theirs", "gray"}}

// String returns "mine", "theirs" or "gray".
func (o Ownership) String() string { return ownershipNames.String(o) }

// MarshalText implements encoding.TextMarshaler.
func (o Ownership) MarshalText() ([]byte, error) { return ownershipNames.Marshal(o) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Ownership) UnmarshalText(text []byte) error { return ownershipNames.Unmarshal(text, o) }

// ClassifyOwnership returns the default owner of a kind of problem: team
// blockers, technical alignment and cross-team miscommunication are the
// lead's; finishing a task, owning a feature and peer conflicts are the team
// member's; everything else is gray.
func ClassifyOwnership(k ProblemKind) Ownership {
	switch k {
	case TeamBlocker, TechnicalAlignment, CrossTeamMiscommunication:
		return Mine
	case TaskCompletion, FeatureOwnership, PeerConflict:
		return Theirs
	default:
		return Gray
	}
}

// Load is how busy someone is. The zero value is unknown.
type Load uint8

// The loads. Their text forms are "unknown", "light", "normal" and "heavy".
const (
	// UnknownLoad: how busy they are is not known.
	UnknownLoad Load = iota
	// LightLoad: they have room for more.
	LightLoad
	// NormalLoad: they are busy as usual.
	NormalLoad
	// HeavyLoad: they have no room for more.
	HeavyLoad
)

var loadNames = enum.Names[Load]{Type: "Load", First: UnknownLoad, Text: []string{"unknown", "light", "normal", "heavy"}}

// String returns the load's name, such as "heavy".
func (l Load) String() string { return loadNames.String(l) }

// MarshalText implements encoding.TextMarshaler.
func (l Load) MarshalText() ([]byte, error) { return loadNames.Marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Load) UnmarshalText(text []byte) error { return loadNames.Unmarshal(text, l) }

// Problem is a problem brought to the lead, described by the facts the
// spec's rules look at.
type Problem struct {
	Kind ProblemKind `json:"kind"`
	// Asked is true when the person asked for help; false when the lead is
	// about to step in unasked.
	Asked bool `json:"asked,omitempty"`
	// NeededBy is when the requester needs an answer; zero when nobody has
	// asked yet.
	NeededBy time.Time `json:"needed_by,omitzero"`
	// RequesterLoad and LeadLoad are how busy each side is, used to settle
	// gray areas.
	RequesterLoad Load `json:"requester_load,omitempty"`
	LeadLoad      Load `json:"lead_load,omitempty"`
	// GrowthOpportunity is true when solving it would help the requester
	// grow.
	GrowthOpportunity bool `json:"growth_opportunity,omitempty"`
	// OutsideExpertise is true when the problem needs expertise the lead
	// does not have (a health or legal matter, say).
	OutsideExpertise bool `json:"outside_expertise,omitempty"`
}

// Approach is the next step [Respond] suggests. The zero value is invalid.
type Approach uint8

// The approaches.
const (
	// Take: solve it yourself.
	Take Approach = iota + 1
	// Coach: ask what makes it hard and how they might approach it; do not
	// take it over.
	Coach
	// Listen: nobody asked for a solution; listen and acknowledge.
	Listen
	// Refer: point to someone better placed.
	Refer
	// AskDeadline: ask when they need an answer before acting.
	AskDeadline
	// AskDirectFeedbackFirst: in a peer conflict, ask each person to give the
	// other direct feedback before mediating.
	AskDirectFeedbackFirst
)

var approachNames = enum.Names[Approach]{Type: "Approach", First: Take, Text: []string{
	"take", "coach", "listen", "refer", "ask_deadline", "ask_direct_feedback_first",
}}

// String returns the approach's name, such as "coach".
func (a Approach) String() string { return approachNames.String(a) }

// MarshalText implements encoding.TextMarshaler.
func (a Approach) MarshalText() ([]byte, error) { return approachNames.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Approach) UnmarshalText(text []byte) error { return approachNames.Unmarshal(text, a) }

// Response is the suggested reaction to a problem.
type Response struct {
	Owner    Ownership `json:"owner"`
	Approach Approach  `json:"approach"`
	// NextStep says what to do, in one sentence.
	NextStep string `json:"next_step"`
}

// Respond answers the spec's central question, "is this problem mine to
// solve?", and suggests the next step. The rules, in order: a problem that
// needs expertise the lead lacks is referred to someone better placed; a problem nobody asked for
// help with gets listening, not solving; a peer conflict starts with direct
// feedback between the two; a problem that is theirs gets coaching; without
// a stated deadline, ask for one before acting; a gray area goes to whoever
// fits best (the requester when it helps them grow and they have room, the
// lead otherwise); the lead's own problems are taken.
func Respond(p Problem) Response {
	owner := ClassifyOwnership(p.Kind)
	r := Response{Owner: owner}
	switch {
	case p.OutsideExpertise:
		r.Approach = Refer
		r.NextStep = "Acknowledge it and point them to someone better placed to help."
	case !p.Asked:
		r.Approach = Listen
		r.NextStep = "Nobody asked you to solve it: listen, acknowledge, and ask whether they want help."
	case p.Kind == PeerConflict:
		r.Approach = AskDirectFeedbackFirst
		r.NextStep = "Do not mediate yet: ask each of them to give the other direct feedback and find a way to work together."
	case owner == Theirs:
		r.Approach = Coach
		r.NextStep = "Ask what makes it hard and how they might approach it; support them rather than take it over."
	case p.NeededBy.IsZero():
		r.Approach = AskDeadline
		r.NextStep = "Ask when they need an answer; it can often wait, or they solve it themselves."
	case owner == Gray && p.GrowthOpportunity && p.RequesterLoad != HeavyLoad:
		r.Owner = Theirs
		r.Approach = Coach
		r.NextStep = "Let them own it as a chance to grow, with your guidance."
	case owner == Gray && p.LeadLoad == HeavyLoad && p.RequesterLoad != HeavyLoad:
		r.Owner = Theirs
		r.Approach = Coach
		r.NextStep = "You are overloaded: help them plan it and let them own it."
	default:
		r.Owner = Mine
		r.Approach = Take
		r.NextStep = "It is yours to solve: decide whether it beats today's priorities and schedule it."
	}
	return r
}
