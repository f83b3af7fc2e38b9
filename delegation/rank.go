package delegation

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// WorkStyle is how a person likes to work, or what a task calls for. The
// zero WorkStyle is unknown.
type WorkStyle uint8

// The working styles (spec: "Working-style fit?").
const (
	// Communicator: volunteers clarifications, writes follow-ups, runs
	// retros, checks in on people.
	Communicator WorkStyle = iota + 1
	// DeepTechnical: lights up on complex problems, jumps into debugging,
	// leads during incidents.
	DeepTechnical
	// Mixed: both.
	Mixed
)

var workStyleNames = enum.Names[WorkStyle]{Type: "WorkStyle", First: Communicator,
	Text:    []string{"communicator", "deep_technical", "mixed"},
	Aliases: map[string]WorkStyle{"deep technical": DeepTechnical, "deep-technical": DeepTechnical, "technical": DeepTechnical}}

// String returns "communicator", "deep_technical" or "mixed".
func (w WorkStyle) String() string { return workStyleNames.String(w) }

// MarshalText implements [encoding.TextMarshaler].
func (w WorkStyle) MarshalText() ([]byte, error) { return workStyleNames.Marshal(w) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (w *WorkStyle) UnmarshalText(text []byte) error { return workStyleNames.Unmarshal(text, w) }

// Interest is whether a person wants a task. The zero Interest is unknown:
// ask, don't assume.
type Interest uint8

// The interests, from the least.
const (
	NotInterested Interest = iota + 1
	Interested
	Volunteered // asked for the task
)

var interestNames = enum.Names[Interest]{Type: "Interest", First: NotInterested,
	Text: []string{"not_interested", "interested", "volunteered"}, Aliases: map[string]Interest{"no": NotInterested, "yes": Interested}}

// String returns "not_interested", "interested" or "volunteered".
func (i Interest) String() string { return interestNames.String(i) }

// MarshalText implements [encoding.TextMarshaler].
func (i Interest) MarshalText() ([]byte, error) { return interestNames.Marshal(i) }

// UnmarshalText implements [encoding.TextUnmarshaler]; "yes" and "no" are
// accepted too.
func (i *Interest) UnmarshalText(text []byte) error { return interestNames.Unmarshal(text, i) }

// Load is a person's current workload. The zero Load is unknown: ask how the
// task would fit.
type Load uint8

// The loads, from the lightest.
const (
	Light Load = iota + 1
	Normal
	Full
	Overloaded
)

var loadNames = enum.Names[Load]{Type: "Load", First: Light, Text: []string{"light", "normal", "full", "overloaded"}}

// String returns "light", "normal", "full" or "overloaded".
func (l Load) String() string { return loadNames.String(l) }

// MarshalText implements [encoding.TextMarshaler].
func (l Load) MarshalText() ([]byte, error) { return loadNames.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Load) UnmarshalText(text []byte) error { return loadNames.Unmarshal(text, l) }

// Person is someone the lead could delegate a task to.
type Person struct {
	Name     string   `json:"name"`
	Interest Interest `json:"interest,omitempty"`
	// KnowsTask marks someone who has done this task before.
	KnowsTask bool      `json:"knows_task,omitempty"`
	Load      Load      `json:"load,omitempty"`
	Style     WorkStyle `json:"style,omitempty"`
	// Stretch marks a deliberate working-style mismatch as a growth stretch:
	// a strong IC leading a cross-team initiative.
	Stretch bool `json:"stretch,omitempty"`
	// RecentDelegations counts the tasks delegated to them lately.
	RecentDelegations int `json:"recent_delegations,omitempty"`
	// GrowthGoals are the skills they want to build.
	GrowthGoals []string `json:"growth_goals,omitempty"`
	// Lead marks the tech lead: never a valid pick.
	Lead bool `json:"lead,omitempty"`
}

// Ranked is one person's place for a task, with the explanation.
type Ranked struct {
	Person string  `json:"person"`
	Score  float64 `json:"score"`
	// Reasons explain the score, one criterion each, in the spec's order:
	// interest, knowledge, workload, working style, rotation.
	Reasons []string `json:"reasons"`
}

// RankOptions weighs the criteria of [RankOptions.Rank]. The zero value means
// the defaults; the spec orders the criteria interest, knowledge, workload,
// working style and calls them a trade-off, not a checklist, so the default
// weights fall in that order: 4, 3, 3, 1, and 1 for rotation.
type RankOptions struct {
	Interest, Knowledge, Workload, Style, Rotation float64
}

func (o RankOptions) withDefaults() RankOptions {
	return RankOptions{Interest: orDefault(o.Interest, 4), Knowledge: orDefault(o.Knowledge, 3),
		Workload: orDefault(o.Workload, 3), Style: orDefault(o.Style, 1), Rotation: orDefault(o.Rotation, 1)}
}

// Rank orders people for a task with the default [RankOptions].
func Rank(task Task, people []Person) ([]Ranked, leadkit.Findings) {
	return RankOptions{}.Rank(task, people)
}

// Rank scores each person for the task and returns them best first, each
// with the reasons for the score. The lead is left out: handing a task to
// oneself is not delegation. Equal scores go to whoever had fewer recent
// delegations (rotation), then to the input order.
//
// Scoring, in the spec's terms: interest counts most (motivation often beats
// experience); knowledge counts fully for urgent or high-impact work, and
// for low-risk work without urgency a keen person who does not yet know the
// task gains instead (don't always pick the most qualified); a full or
// overloaded person loses, an overloaded one heavily; a working style that
// fits the task gains, and a mismatch costs only without a stretch; more
// recent delegations than the team's median cost (rotate).
//
// Findings: delegation.rank.empty (Error) with no one to pick;
// delegation.pick.overloaded (Error when overloaded, Warning when full) and
// delegation.pick.uninterested (Warning) about the top pick;
// delegation.pick.workload_unknown (Info) when the top pick's load is
// unknown; delegation.pick.same_person (Warning) when the top pick has had
// more delegations than the team's median; delegation.rank.bottleneck
// (Warning) when nobody but the lead knows an urgent or high-impact task;
// delegation.rank.no_volunteer (Info) when nobody is interested;
// delegation.rank.tie (Info) when the top two score the same.
func (o RankOptions) Rank(task Task, people []Person) ([]Ranked, leadkit.Findings) {
	o = o.withDefaults()
	var fs leadkit.Findings
	team := make([]Person, 0, len(people))
	for _, p := range people {
		if !p.Lead {
			team = append(team, p)
		}
	}
	if len(team) == 0 {
		return nil, leadkit.Findings{{Code: "delegation.rank.empty", Field: "people", Severity: leadkit.Error,
			Message: fmt.Sprintf("There is no one to delegate %q to besides the lead.", task.Name),
			Hint:    "Add the team members you could ask; delegating to yourself is not delegation."}}
	}
	median := medianDelegations(team)
	type entry struct {
		Ranked
		recent, index int
	}
	es := make([]entry, len(team))
	anyKnows, anyInterested := false, false
	for i, p := range team {
		r := Ranked{Person: p.Name}
		add := func(points float64, reason string) {
			r.Score += points
			r.Reasons = append(r.Reasons, fmt.Sprintf("%s (%+g)", reason, points))
		}
		wantsSkill := task.Skill != "" && slices.ContainsFunc(p.GrowthGoals, func(g string) bool { return strings.EqualFold(g, task.Skill) })
		switch p.Interest {
		case Volunteered:
			add(o.Interest, "volunteered")
		case Interested:
			add(o.Interest*0.75, "interested")
		case NotInterested:
			add(-o.Interest, "not interested: never force ownership")
		default:
			if wantsSkill {
				add(o.Interest*0.5, fmt.Sprintf("interest unknown, but %q is a growth goal: ask", task.Skill))
			} else {
				add(0, "interest unknown: ask, don't assume")
			}
		}
		if wantsSkill && p.Interest != 0 {
			add(o.Interest*0.25, fmt.Sprintf("%q is a growth goal", task.Skill))
		}
		pressing := task.Urgent || task.HighImpact
		switch {
		case pressing && p.KnowsTask:
			add(o.Knowledge, "knows the task, which is urgent or high-impact")
		case pressing:
			add(-o.Knowledge, "does not know the task, which is urgent or high-impact")
		case task.Risk <= LowRisk && !p.KnowsTask && p.Interest >= Interested:
			add(o.Knowledge*0.5, "would learn it on low-risk work without urgency")
		case p.KnowsTask:
			add(o.Knowledge*0.25, "knows the task (low stakes: not a must)")
		default:
			add(0, "does not know the task yet")
		}
		if p.KnowsTask {
			anyKnows = true
		}
		if p.Interest >= Interested {
			anyInterested = true
		}
		switch p.Load {
		case Light:
			add(o.Workload*0.5, "light workload")
		case Normal:
			add(0, "normal workload")
		case Full:
			add(-o.Workload, "full workload: ask how it fits")
		case Overloaded:
			add(-o.Workload*3, "overloaded: delegation must not overload someone")
		default:
			add(0, "workload unknown: ask how it fits")
		}
		switch {
		case task.Style == 0 || p.Style == 0:
		case p.Style == task.Style || p.Style == Mixed:
			add(o.Style, fmt.Sprintf("working style fits (%s)", p.Style))
		case p.Stretch:
			add(0, fmt.Sprintf("working style differs (%s), taken as a growth stretch", p.Style))
		default:
			add(-o.Style, fmt.Sprintf("working style differs (%s, task wants %s)", p.Style, task.Style))
		}
		if float64(p.RecentDelegations) > median {
			add(-o.Rotation, fmt.Sprintf("%d recent delegations, above the team median of %g: rotate", p.RecentDelegations, median))
		}
		es[i] = entry{r, p.RecentDelegations, i}
	}
	slices.SortStableFunc(es, func(a, b entry) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.recent, b.recent); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})
	out := make([]Ranked, len(es))
	for i, e := range es {
		out[i] = e.Ranked
	}
	top := team[es[0].index]
	if top.Load == Overloaded || top.Load == Full {
		sev := leadkit.Warning
		if top.Load == Overloaded {
			sev = leadkit.Error
		}
		fs = append(fs, leadkit.Finding{Code: "delegation.pick.overloaded", Field: "people", Severity: sev,
			Message: fmt.Sprintf("The best pick for %q, %s, has a %s workload.", task.Name, top.Name, top.Load),
			Hint:    "Ask how it fits their load, take something else off their plate, or pick someone else."})
	}
	if top.Load == 0 {
		fs = append(fs, leadkit.Finding{Code: "delegation.pick.workload_unknown", Field: "people", Severity: leadkit.Info,
			Message: fmt.Sprintf("The workload of the best pick for %q, %s, is unknown.", task.Name, top.Name),
			Hint:    "Ask how the task fits their current load; some people say yes to everything."})
	}
	if top.Interest == NotInterested {
		fs = append(fs, leadkit.Finding{Code: "delegation.pick.uninterested", Field: "people", Severity: leadkit.Warning,
			Message: fmt.Sprintf("The best pick for %q, %s, is not interested in it.", task.Name, top.Name),
			Hint:    "Never force ownership: connect the task to their growth goals, offer pairing, or ask someone else."})
	}
	if float64(top.RecentDelegations) > median {
		fs = append(fs, leadkit.Finding{Code: "delegation.pick.same_person", Field: "people", Severity: leadkit.Warning,
			Message: fmt.Sprintf("The best pick for %q, %s, already had %d recent delegations, more than the team's median of %g.", task.Name, top.Name, top.RecentDelegations, median),
			Hint:    "Rotate: always delegating to the same person frustrates them and builds a silo."})
	}
	if !anyKnows && (task.Urgent || task.HighImpact) {
		fs = append(fs, leadkit.Finding{Code: "delegation.rank.bottleneck", Field: "task", Severity: leadkit.Warning,
			Message: fmt.Sprintf("Nobody but the lead knows the urgent or high-impact task %q: the lead is a bottleneck.", task.Name),
			Hint:    "Plan a pairing handover: pair on it, have them document it, let them drive next time while you stay in the background."})
	}
	if !anyInterested {
		fs = append(fs, leadkit.Finding{Code: "delegation.rank.no_volunteer", Field: "people", Severity: leadkit.Info,
			Message: fmt.Sprintf("Nobody is known to be interested in %q.", task.Name),
			Hint:    "Ask a strong fit directly, connect the task to someone's growth goals, or say openly that you need help; if the team keeps refusing, raise it in a retrospective."})
	}
	if len(out) > 1 && out[0].Score == out[1].Score {
		fs = append(fs, leadkit.Finding{Code: "delegation.rank.tie", Field: "people", Severity: leadkit.Info,
			Message: fmt.Sprintf("%s and %s are equally good picks for %q.", out[0].Person, out[1].Person, task.Name),
			Hint:    "Rotate the task between them, or pair them on it."})
	}
	return out, fs
}

// medianDelegations returns the median of the team's recent delegations.
func medianDelegations(team []Person) float64 {
	ns := make([]int, len(team))
	for i, p := range team {
		ns[i] = p.RecentDelegations
	}
	slices.Sort(ns)
	m := len(ns) / 2
	if len(ns)%2 == 1 {
		return float64(ns[m])
	}
	return float64(ns[m-1]+ns[m]) / 2
}
