package growth

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/delegation"
	"github.com/leadkit/leadkit/internal/enum"
)

// Plan is a personal growth plan with the spec's five parts: a clear goal,
// the steps to get there with their milestones, a timeline, a support
// network, and the opportunities and resources to use.
type Plan struct {
	// ID identifies a stored plan; it may be zero.
	ID uuid.UUID `json:"id,omitzero"`
	// Goal is what success looks like, written so that delegation's SMARTT
	// check can judge it: "Lead the team's planning and stakeholder updates
	// on my own", measured by a deliverable or a number.
	Goal delegation.Goal `json:"goal"`
	// Why is the reason behind the goal; the spec asks for it because a
	// promotion may not be the only or best route to it.
	Why Motivation `json:"why,omitempty"`
	// Steps are what must become true to reach the goal, in order.
	Steps []Step `json:"steps,omitempty"`
	// Timeline is the plan's span; the steps' dates place them on it.
	Timeline Timeline `json:"timeline,omitzero"`
	// Support is the network of people who help.
	Support []Supporter `json:"support,omitempty"`
	// Opportunities are the chances and resources to learn from.
	Opportunities []Opportunity `json:"opportunities,omitempty"`
}

// Step is one step of a plan.
type Step struct {
	// Title says what to do: "Shadow the current tech lead in planning".
	Title string `json:"title"`
	// Skill optionally names the skill the step grows.
	Skill string `json:"skill,omitempty"`
	// Due is when the step should be done; zero when only its milestones
	// are dated.
	Due time.Time `json:"due,omitzero"`
	// Milestones are the step's progress markers.
	Milestones []Milestone `json:"milestones,omitempty"`
	// DependsOn names the people (or other steps) the step relies on.
	DependsOn []string `json:"depends_on,omitempty"`
}

// Milestone is a dated progress marker of a step.
type Milestone struct {
	Title string    `json:"title"`
	Due   time.Time `json:"due,omitzero"`
}

// Timeline is the span of a plan.
type Timeline struct {
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
}

// Supporter is a person in the support network.
type Supporter struct {
	Name string      `json:"name"`
	Role SupportRole `json:"role,omitempty"`
	// Ask is what to ask of them: "monthly check-in on my blind spots".
	Ask string `json:"ask,omitempty"`
}

// Opportunity is a chance or resource to grow from.
type Opportunity struct {
	Kind        OpportunityKind `json:"kind,omitempty"`
	Description string          `json:"description"`
}

// Motivation is why a growth goal matters to you.
type Motivation uint8

// The motivations the spec names; text forms are the lower-case names.
const (
	Recognition Motivation = iota + 1
	Influence
	Salary
	Visibility
	OtherMotivation
)

var motivationNames = enum.Names[Motivation]{Type: "Motivation", First: 1, Text: []string{"recognition", "influence", "salary", "visibility", "other"}}

// String returns the text form, such as "influence".
func (m Motivation) String() string { return motivationNames.String(m) }

// MarshalText implements [encoding.TextMarshaler]; the unset Motivation is
// an error.
func (m Motivation) MarshalText() ([]byte, error) { return motivationNames.Marshal(m) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *Motivation) UnmarshalText(text []byte) error { return motivationNames.Unmarshal(text, m) }

// SupportRole is what a supporter is to you.
type SupportRole uint8

// The support roles of the spec: the manager (opportunities, growth areas),
// the current tech lead (shadowing, handing over rituals), mentors and peers
// (an outside view) and a coach (reflection). Text forms: "manager",
// "current_tl", "mentor", "peer", "coach".
const (
	Manager SupportRole = iota + 1
	CurrentTL
	Mentor
	Peer
	Coach
)

var supportRoleNames = enum.Names[SupportRole]{Type: "SupportRole", First: 1, Text: []string{"manager", "current_tl", "mentor", "peer", "coach"}}

// String returns the text form, such as "current_tl".
func (r SupportRole) String() string { return supportRoleNames.String(r) }

// MarshalText implements [encoding.TextMarshaler]; the unset SupportRole is
// an error.
func (r SupportRole) MarshalText() ([]byte, error) { return supportRoleNames.Marshal(r) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *SupportRole) UnmarshalText(text []byte) error { return supportRoleNames.Unmarshal(text, r) }

// OpportunityKind says where an opportunity comes from.
type OpportunityKind uint8

// The kinds of opportunity in the spec: in the current role (lead a retro,
// mentor a junior), outside daily work (shadow reviews, guilds, talks) and
// formal learning (courses, books, coaching from a learning budget). Text
// forms: "on_the_job", "outside_work", "formal".
const (
	OnTheJob OpportunityKind = iota + 1
	OutsideWork
	Formal
)

var opportunityKindNames = enum.Names[OpportunityKind]{Type: "OpportunityKind", First: 1, Text: []string{"on_the_job", "outside_work", "formal"}}

// String returns the text form, such as "on_the_job".
func (k OpportunityKind) String() string { return opportunityKindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; the unset
// OpportunityKind is an error.
func (k OpportunityKind) MarshalText() ([]byte, error) { return opportunityKindNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *OpportunityKind) UnmarshalText(text []byte) error {
	return opportunityKindNames.Unmarshal(text, k)
}

// CheckPlan checks a growth plan as of now. The goal goes through
// [delegation.CheckGoal], whose smartt.* findings come back with their
// fields under "goal."; a goal without a deadline takes the timeline's end
// as one, and a goal without a stated relevance takes the plan's Why. The plan's own findings cover missing parts, steps without dates,
// dates outside the timeline, and steps that rely on people outside the
// support network.
func CheckPlan(p Plan, now time.Time) leadkit.Findings {
	var fs leadkit.Findings

	goal := p.Goal
	if goal.Deadline.IsZero() {
		goal.Deadline = p.Timeline.End
	}
	if strings.TrimSpace(goal.Relevance) == "" && p.Why != 0 {
		goal.Relevance = p.Why.String()
	}
	for _, f := range delegation.CheckGoal(goal, now) {
		f.Field = "goal." + f.Field
		fs = append(fs, f)
	}

	start, end := p.Timeline.Start, p.Timeline.End
	switch {
	case end.IsZero():
		addFinding(&fs, "growth.plan.timeline.missing", "timeline.end", leadkit.Warning, "The plan has no end date.",
			"Give the plan a rough end, such as the end of the quarter; a rough guess beats none.")
	case !start.IsZero() && end.Before(start):
		addFinding(&fs, "growth.plan.timeline.reversed", "timeline", leadkit.Error,
			fmt.Sprintf("The plan ends on %s, before it starts on %s.", day(end), day(start)),
			"Swap or correct the dates.")
		start, end = time.Time{}, time.Time{}
	}

	if len(p.Steps) == 0 {
		addFinding(&fs, "growth.plan.steps_missing", "steps", leadkit.Error, "The plan has no steps.",
			"List what must become true to reach the goal, in steps that fit within a week or a month.")
	}
	known := make(map[string]bool)
	for _, s := range p.Support {
		known[personKey(s.Name)] = true
	}
	for _, s := range p.Steps {
		known[personKey(s.Title)] = true
		for _, m := range s.Milestones {
			known[personKey(m.Title)] = true
		}
	}
	for i, s := range p.Steps {
		field := fmt.Sprintf("steps[%d]", i)
		name := s.Title
		if strings.TrimSpace(name) == "" {
			addFinding(&fs, "growth.plan.step.untitled", field+".title", leadkit.Error, fmt.Sprintf("Step %d has no title.", i+1),
				"Say what the step is, as an action: \"shadow the current tech lead in planning\".")
			name = fmt.Sprintf("step %d", i+1)
		}
		dated := !s.Due.IsZero()
		checkDate := func(due time.Time, field, what string) {
			switch {
			case !end.IsZero() && afterDay(due, end):
				addFinding(&fs, "growth.plan.milestone.after_end", field, leadkit.Error,
					fmt.Sprintf("%s is due on %s, after the plan ends on %s.", what, day(due), day(end)),
					"Move the date into the plan, or extend the plan's timeline.")
			case !start.IsZero() && afterDay(start, due):
				addFinding(&fs, "growth.plan.milestone.before_start", field, leadkit.Warning,
					fmt.Sprintf("%s is due on %s, before the plan starts on %s.", what, day(due), day(start)),
					"Move the date into the plan, or start the plan earlier.")
			}
		}
		if dated {
			checkDate(s.Due, field+".due", fmt.Sprintf("Step %q", name))
		}
		for j, m := range s.Milestones {
			if m.Due.IsZero() {
				continue
			}
			dated = true
			checkDate(m.Due, fmt.Sprintf("%s.milestones[%d].due", field, j), fmt.Sprintf("Milestone %q of step %q", m.Title, name))
			if !s.Due.IsZero() && afterDay(m.Due, s.Due) {
				addFinding(&fs, "growth.plan.milestone.after_step", fmt.Sprintf("%s.milestones[%d].due", field, j), leadkit.Warning,
					fmt.Sprintf("Milestone %q is due on %s, after its step %q on %s.", m.Title, day(m.Due), name, day(s.Due)),
					"A milestone marks progress towards its step; date it before the step is due.")
			}
		}
		if !dated {
			addFinding(&fs, "growth.plan.step.undated", field+".due", leadkit.Warning, fmt.Sprintf("Step %q has no date.", name),
				"Give each step a rough timeframe, using natural checkpoints such as a review or the end of a project.")
		}
		for j, d := range s.DependsOn {
			if !known[personKey(d)] {
				addFinding(&fs, "growth.plan.step.dependency_unsupported", fmt.Sprintf("%s.depends_on[%d]", field, j), leadkit.Warning,
					fmt.Sprintf("Step %q relies on %q, who is not in the support network.", name, d),
					"Add them to the support network with what you will ask of them, and allow for their lead time.")
			}
		}
	}

	if len(p.Support) == 0 {
		addFinding(&fs, "growth.plan.support.missing", "support", leadkit.Warning, "No one is in the support network.",
			"Name who can help: your manager, the current tech lead, a mentor or peer, a coach; share the goal and ask for regular check-ins.")
	}
	for i, s := range p.Support {
		if strings.TrimSpace(s.Name) == "" {
			addFinding(&fs, "growth.plan.supporter.unnamed", fmt.Sprintf("support[%d].name", i), leadkit.Warning,
				fmt.Sprintf("Supporter %d has no name.", i+1), "Name a person, not a role: support comes from people.")
		}
	}
	if len(p.Opportunities) == 0 {
		addFinding(&fs, "growth.plan.opportunities.missing", "opportunities", leadkit.Warning, "The plan lists no opportunities or resources.",
			"Look for chances in the current role (lead a retro, mentor a junior), outside daily work (guilds, talks) and formal learning (a course from the learning budget).")
	}
	return fs
}

// personKey folds a name for matching: letter case and surrounding space
// do not count.
func personKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// afterDay reports whether a falls on a later calendar day than b, both
// read in b's location: a step due at 15:00 on the plan's last day is not
// late.
func afterDay(a, b time.Time) bool {
	ay, am, ad := a.In(b.Location()).Date()
	by, bm, bd := b.Date()
	return time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC).After(time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC))
}

// day formats t as a date: "2026-03-31".
func day(t time.Time) string { return t.Format(time.DateOnly) }
