package delegation

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Risk is how much harm a task does when it goes wrong. The zero Risk is
// unknown.
type Risk uint8

// The risks, from the least.
const (
	LowRisk Risk = iota + 1
	MediumRisk
	HighRisk
)

var riskNames = enum.Names[Risk]{Type: "Risk", First: LowRisk, Text: []string{"low", "medium", "high"},
	Aliases: map[string]Risk{"med": MediumRisk}}

// String returns "low", "medium" or "high".
func (r Risk) String() string { return riskNames.String(r) }

// MarshalText implements [encoding.TextMarshaler]; the unknown Risk is an
// error.
func (r Risk) MarshalText() ([]byte, error) { return riskNames.Marshal(r) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *Risk) UnmarshalText(text []byte) error { return riskNames.Unmarshal(text, r) }

// Task is one of the lead's tasks as a weekly audit records it (spec: "What
// to delegate") and as [Rank] weighs people for it (spec: "Who to delegate
// to").
type Task struct {
	Name string `json:"name"`
	// NeedsLead marks work that needs the lead's unique context or authority:
	// one-on-ones with stakeholders, performance reviews, an org-wide
	// technical strategy.
	NeedsLead bool `json:"needs_lead,omitempty"`
	// OnlyLeadKnows marks a knowledge silo: nobody else can do it today.
	OnlyLeadKnows bool `json:"only_lead_knows,omitempty"`
	// Recurring marks simple, repetitive work: the place to start small.
	Recurring bool `json:"recurring,omitempty"`
	// Outgrown marks work the lead no longer wants to do, often routine for
	// them and a learning chance for someone else.
	Outgrown bool `json:"outgrown,omitempty"`
	// GrowthValue marks work someone on the team would learn from.
	GrowthValue bool `json:"growth_value,omitempty"`
	// Urgent marks a task with a close deadline.
	Urgent bool `json:"urgent,omitempty"`
	// HighImpact marks a task that must be done right with little support.
	HighImpact bool `json:"high_impact,omitempty"`
	Risk       Risk `json:"risk,omitempty"`
	// Skill names the skill area the task exercises, matched against people's
	// growth goals.
	Skill string `json:"skill,omitempty"`
	// Style is the working style the task calls for: a communicator for
	// cross-team alignment, a deep technical person for a memory-leak hunt.
	Style WorkStyle `json:"style,omitempty"`
}

// Verdict says whether to delegate a task.
type Verdict uint8

// The verdicts.
const (
	// Delegate: hand the task over.
	Delegate Verdict = iota + 1
	// Keep: the task needs the lead for now; review it periodically, since
	// even such work can be shared over time.
	Keep
)

var verdictNames = enum.Names[Verdict]{Type: "Verdict", First: Delegate, Text: []string{"delegate", "keep"}}

// String returns "delegate" or "keep".
func (v Verdict) String() string { return verdictNames.String(v) }

// MarshalText implements [encoding.TextMarshaler].
func (v Verdict) MarshalText() ([]byte, error) { return verdictNames.Marshal(v) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (v *Verdict) UnmarshalText(text []byte) error { return verdictNames.Unmarshal(text, v) }

// Advice is the verdict on one task, with the reasons for it.
type Advice struct {
	Task    Task     `json:"task"`
	Verdict Verdict  `json:"verdict"`
	Reasons []string `json:"reasons"`
	// Priority orders the tasks to delegate: 1 first. Kept tasks have 0.
	Priority int `json:"priority,omitempty"`
}

// Candidates sorts a weekly task audit into what to delegate and what to
// keep, in the order the spec suggests: start small with recurring,
// low-risk work; then tasks the lead has outgrown or dislikes; then tasks
// with growth value; then the rest. Tasks that need the lead's unique
// context or authority are kept, with a note to review them periodically.
// Ties keep the audit's order.
//
// Findings: delegation.audit.empty (Warning) for an empty audit;
// delegation.audit.bottleneck (Warning) when the lead would keep every task;
// delegation.task.silo (Warning) for each task only the lead knows, since a
// knowledge silo is a bus-factor risk whether or not it is delegated now;
// delegation.task.unnamed (Error) for a task without a name.
func Candidates(tasks []Task) ([]Advice, leadkit.Findings) {
	var fs leadkit.Findings
	if len(tasks) == 0 {
		return nil, leadkit.Findings{{Code: "delegation.audit.empty", Field: "tasks", Severity: leadkit.Warning,
			Message: "No tasks were audited.",
			Hint:    "At the end of the week, list every task you handled and mark what only you can do."}}
	}
	type ranked struct {
		Advice
		rank, index int
	}
	rs := make([]ranked, 0, len(tasks))
	kept := 0
	for i, t := range tasks {
		field := fmt.Sprintf("tasks[%d]", i)
		if t.Name == "" {
			fs = append(fs, leadkit.Finding{Code: "delegation.task.unnamed", Field: field, Severity: leadkit.Error,
				Message: fmt.Sprintf("Task %d has no name.", i+1), Hint: "Name every task in the audit."})
		}
		if t.OnlyLeadKnows {
			fs = append(fs, leadkit.Finding{Code: "delegation.task.silo", Field: field, Severity: leadkit.Warning,
				Message: fmt.Sprintf("Only the lead knows how to do %q: a knowledge silo with a bus factor of one.", t.Name),
				Hint:    "Pair with someone on it, have them document it, let them do it next time while you stay in the background."})
		}
		a, rank := advise(t)
		if a.Verdict == Keep {
			kept++
		}
		rs = append(rs, ranked{a, rank, i})
	}
	slices.SortStableFunc(rs, func(a, b ranked) int { return cmp.Compare(a.rank, b.rank) })
	out := make([]Advice, len(rs))
	prio := 0
	for i, r := range rs {
		if r.Verdict == Delegate {
			prio++
			r.Priority = prio
		}
		out[i] = r.Advice
	}
	if kept == len(tasks) {
		fs = append(fs, leadkit.Finding{Code: "delegation.audit.bottleneck", Field: "tasks", Severity: leadkit.Warning,
			Message: fmt.Sprintf("All %d audited tasks need the lead: if your absence stops them, you are a bottleneck.", len(tasks)),
			Hint:    "Look again for parts others could share: let someone join the strategy talks, or refine stories with the whole team."})
	}
	return out, fs
}

// advise decides on one task and returns the advice with its sort rank.
func advise(t Task) (Advice, int) {
	a := Advice{Task: t, Verdict: Delegate}
	if t.NeedsLead {
		a.Verdict = Keep
		a.Reasons = []string{"needs your unique context or authority", "review it periodically: parts of it could be shared over time"}
		return a, 9
	}
	rank := 4
	switch {
	case t.Recurring && t.Risk <= LowRisk: // an unknown risk counts as low for the order
		rank = 1
		a.Reasons = append(a.Reasons, "recurring and low-risk: a good first task to start small with")
	case t.Outgrown:
		rank = 2
	case t.GrowthValue:
		rank = 3
	}
	if t.Recurring && rank != 1 {
		a.Reasons = append(a.Reasons, "recurring: every occurrence costs you the task plus a refocus")
	}
	if t.Outgrown {
		a.Reasons = append(a.Reasons, "you have outgrown it: routine for you, a learning chance for someone else")
	}
	if t.GrowthValue {
		a.Reasons = append(a.Reasons, "someone on the team would grow from it")
	}
	if t.OnlyLeadKnows {
		a.Reasons = append(a.Reasons, "only you know it: hand it over by pairing and documenting, to remove a knowledge silo")
	}
	if (t.Urgent || t.HighImpact) && t.Risk == HighRisk {
		a.Reasons = append(a.Reasons, "urgent or high-impact and high-risk: give it to someone who already knows it, with support")
	} else if t.Risk == HighRisk {
		a.Reasons = append(a.Reasons, "high-risk: delegate with clear expectations and close check-ins")
	}
	if len(a.Reasons) == 0 {
		a.Reasons = []string{"does not need your unique context or authority"}
	}
	return a, rank
}
