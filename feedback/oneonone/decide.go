package oneonone

import "github.com/leadkit/leadkit/internal/enum"

// ProblemKind is what a problem raised in a one-on-one is about. The zero
// value is unset.
type ProblemKind uint8

// The kinds of problem.
const (
	// WorkProblem is a problem with the work itself: priorities, a blocked
	// task, a conflict.
	WorkProblem ProblemKind = iota + 1
	// Technical is a technical question.
	Technical
	// Career is a question of career direction or growth.
	Career
	// PersonalSensitive is a personal or sensitive matter: health, family,
	// wellbeing.
	PersonalSensitive
)

var problemKindNames = enum.Names[ProblemKind]{Type: "ProblemKind", First: 1, Text: []string{"work", "technical", "career", "personal"}}

// String returns the kind's name, and "ProblemKind(N)" otherwise.
func (k ProblemKind) String() string { return problemKindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// kind.
func (k ProblemKind) MarshalText() ([]byte, error) {
	return problemKindNames.Marshal(k)
}

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (k *ProblemKind) UnmarshalText(text []byte) error {
	return problemKindNames.Unmarshal(text, k)
}

// Need is the answer to "what do you need from me right now?". The zero
// value means the question has not been asked yet.
type Need uint8

// The answers.
const (
	// JustListen: a sounding board, no action.
	JustListen Need = iota + 1
	// WantsHelp: help finding a solution.
	WantsHelp
)

var needNames = enum.Names[Need]{Type: "Need", First: 1, Text: []string{"just_listen", "wants_help"}}

// String returns the need's name, and "Need(N)" otherwise.
func (n Need) String() string { return needNames.String(n) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// need.
func (n Need) MarshalText() ([]byte, error) { return needNames.Marshal(n) }

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (n *Need) UnmarshalText(text []byte) error {
	return needNames.Unmarshal(text, n)
}

// Problem is a problem someone raises in a one-on-one, as typed facts.
type Problem struct {
	Kind ProblemKind `json:"kind"`
	// Need is their answer to "what do you need from me right now?".
	Need Need `json:"need,omitempty"`
	// OutsideExpertise marks a problem beyond what the lead can help with.
	OutsideExpertise bool `json:"outside_expertise,omitempty"`
	// Expert is a subject-matter expert better placed for a technical
	// problem; Mentor is a mentor for a career question.
	Expert string `json:"expert,omitempty"`
	Mentor string `json:"mentor,omitempty"`
}

// Approach is how the lead responds to a problem. The zero value is unset.
type Approach uint8

// The approaches, from the spec's "coach, delegate, refer", plus listening
// when listening is all that is asked.
const (
	Listen Approach = iota + 1
	Coach
	Delegate
	Refer
)

var approachNames = enum.Names[Approach]{Type: "Approach", First: 1, Text: []string{"listen", "coach", "delegate", "refer"}}

// String returns the approach's name, and "Approach(N)" otherwise.
func (a Approach) String() string { return approachNames.String(a) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// approach.
func (a Approach) MarshalText() ([]byte, error) {
	return approachNames.Marshal(a)
}

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (a *Approach) UnmarshalText(text []byte) error {
	return approachNames.Unmarshal(text, a)
}

// Decision is the response to a problem.
type Decision struct {
	Approach Approach `json:"approach"`
	// To is who to route the problem to: the expert, the mentor, or the
	// professional resources for a referral.
	To string `json:"to,omitempty"`
	// Ask is the question to open with.
	Ask string `json:"ask"`
	// Why explains the decision in one sentence.
	Why string `json:"why"`
}

// ReferTo names the professional resources a referral points to; know what
// your organization offers before you need it.
const ReferTo = "professional resources: the employee assistance programme, mental-health services or HR"

// The opening questions.
const (
	AskNeed       = "What do you need from me at this moment?"
	AskPowerful   = "What might work? How would you do it with no constraints?"
	AskSupport    = "This sounds hard. How can I support you in finding the solution?"
	AskListenBack = "Thank you for telling me. Is there anything you want me to do?"
)

// Decide picks coach, delegate or refer for p, as the spec describes. A
// personal or sensitive matter is referred to professional resources. When
// the person only wants to be heard, the lead listens. A technical problem
// with an expert at hand, or a career question with a mentor, is delegated
// to them. A problem outside the lead's expertise with nobody to delegate
// to is referred. Everything else is coached: first ask what they need;
// once they want help, ask questions that hand the solution back to them.
func Decide(p Problem) Decision {
	switch {
	case p.Kind == PersonalSensitive:
		return Decision{Approach: Refer, To: ReferTo, Ask: AskListenBack,
			Why: "Personal and sensitive matters need professional support beyond the lead's role."}
	case p.Need == JustListen:
		return Decision{Approach: Listen, Ask: AskListenBack,
			Why: "They asked to be heard, not helped: don't interrupt, offer solutions or defend."}
	case p.Kind == Technical && p.Expert != "":
		return Decision{Approach: Delegate, To: p.Expert, Ask: AskSupport,
			Why: "A subject-matter expert is better placed to help with a technical problem."}
	case p.Kind == Career && p.Mentor != "":
		return Decision{Approach: Delegate, To: p.Mentor, Ask: AskSupport,
			Why: "A mentor is better placed to guide a career question."}
	case p.OutsideExpertise:
		return Decision{Approach: Refer, To: ReferTo, Ask: AskSupport,
			Why: "The problem is outside the lead's expertise and nobody better placed is at hand."}
	case p.Need == 0:
		return Decision{Approach: Coach, Ask: AskNeed,
			Why: "Coaching starts by asking what they need; it may only be a sounding board."}
	}
	return Decision{Approach: Coach, Ask: AskPowerful,
		Why: "They want help: ask questions that let them find and own the solution."}
}
