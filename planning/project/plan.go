package project

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// Plan is a project plan: one owner, the workstreams, the steps with their
// estimates and dependencies, and the milestones stakeholders care about.
type Plan struct {
	// Name names the project.
	Name string `json:"name"`
	// Owner is the one point of contact who tracks progress, keeps people
	// informed and reacts to slips.
	Owner string `json:"owner"`
	// Start is the first day work can start; the zero time means "as of
	// the forecast".
	Start time.Time `json:"start,omitzero"`
	// Streams are the parallel workstreams.
	Streams []Stream `json:"streams,omitempty"`
	// Steps are the concrete tasks.
	Steps []Step `json:"steps"`
	// Milestones are the checkpoints, each reached when its steps are done.
	Milestones []Milestone `json:"milestones,omitempty"`
}

// Stream is a workstream: a product, a team or a track of work that runs
// beside the others and may share people with them.
type Stream struct {
	// ID identifies the stream; steps name it.
	ID string `json:"id"`
	// Name names the stream for people; it may be empty.
	Name string `json:"name,omitempty"`
	// Owner leads the stream.
	Owner string `json:"owner,omitempty"`
	// Target is when the stream should be finished; it may be zero.
	Target time.Time `json:"target,omitzero"`
}

// Step is a concrete, sprint-sized task ("build the refund endpoint", not
// "implement feature").
type Step struct {
	// ID identifies the step; dependencies and milestones name it.
	ID string `json:"id"`
	// Title says what the work is.
	Title string `json:"title"`
	// Stream is the ID of the step's stream.
	Stream string `json:"stream,omitempty"`
	// Owner is the person doing the work.
	Owner string `json:"owner,omitempty"`
	// Estimate is the work in person-days, above 0. The forecast assumes the
	// owner works on the step full time, so it also takes that many
	// working days.
	Estimate float64 `json:"estimate"`
	// DependsOn are the IDs of the steps that must finish before this one
	// can start.
	DependsOn []string `json:"depends_on,omitempty"`
}

// Milestone is a checkpoint: reached when all its steps are done.
type Milestone struct {
	// ID identifies the milestone.
	ID string `json:"id"`
	// Name names it for stakeholders ("first internal demo").
	Name string `json:"name,omitempty"`
	// Target is the date it is due.
	Target time.Time `json:"target,omitzero"`
	// Steps are the IDs of the steps it needs; their dependencies count
	// too, without being listed.
	Steps []string `json:"steps,omitempty"`
}

// label names the milestone at position i in messages: by its name, else
// its ID, else its position.
func (m Milestone) label(i int) string { return nameOr(m.Name, m.ID, i) }

// label names the stream at position i in messages, as Milestone.label does.
func (s Stream) label(i int) string { return nameOr(s.Name, s.ID, i) }

func nameOr(name, id string, i int) string {
	switch {
	case name != "":
		return strconv.Quote(name)
	case id != "":
		return strconv.Quote(id)
	}
	return strconv.Itoa(i)
}

// maxEstimate bounds a step's estimate: forty years of working days.
const maxEstimate = 10_000

// maxCycleFindings bounds how many dependency cycles Validate lists.
const maxCycleFindings = 20

// The codes of the plan's findings.
const (
	codeOwnerMissing       = "project.owner.missing"
	codeOwnerShared        = "project.owner.shared"
	codeStepsMissing       = "project.steps.missing"
	codeStepIDMissing      = "project.step.id.missing"
	codeStepIDDuplicate    = "project.step.id.duplicate"
	codeStepTitleMissing   = "project.step.title.missing"
	codeStepTitleVague     = "project.step.title.vague"
	codeStepOwnerMissing   = "project.step.owner.missing"
	codeStepEstimate       = "project.step.estimate.invalid"
	codeStepStreamUnknown  = "project.step.stream.unknown"
	codeStepStreamMissing  = "project.step.stream.missing"
	codeDependencyUnknown  = "project.dependency.unknown"
	codeDependencyCycle    = "project.dependency.cycle"
	codeStreamIDMissing    = "project.stream.id.missing"
	codeStreamIDDuplicate  = "project.stream.id.duplicate"
	codeStreamOwnerMissing = "project.stream.owner.missing"
	codeMilestonesMissing  = "project.milestones.missing"
	codeMilestoneID        = "project.milestone.id.missing"
	codeMilestoneIDDup     = "project.milestone.id.duplicate"
	codeMilestoneNoSteps   = "project.milestone.steps.missing"
	codeMilestoneStep      = "project.milestone.step.unknown"
	codeMilestoneTarget    = "project.milestone.target.missing"
	codeMilestoneTooEarly  = "project.milestone.infeasible"
)

// sharedOwner matches an owner field that names several people: "Ana and
// Ben", "Ana, Ben", "Ana/Ben", "Ana & Ben", "PM + EM".
var sharedOwner = regexp.MustCompile(`(?i)\s(and|&|\+)\s|[,;/]`)

// vagueTitle matches step titles that name no concrete piece of work.
var vagueTitle = regexp.MustCompile(`(?i)^\s*(implement (the )?feature|misc(ellaneous)?|various|stuff|tbd|todo|work on\b.*|other|general work)\s*\.?\s*$`)

// Validate checks the plan's structure: one owner; steps with IDs, titles,
// owners, estimates and known streams; dependencies on known steps and
// without cycles (each cycle is reported with its steps); milestones with
// targets and known steps; and, when the plan has a Start, milestones due
// before their steps can finish even if every estimate holds. Findings come
// in plan order: the plan, streams, steps, cycles, milestones.
func (p Plan) Validate() leadkit.Findings {
	var fs leadkit.Findings
	add := func(code, field string, sev leadkit.Severity, msg, hint string) {
		fs = append(fs, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: msg, Hint: hint})
	}
	switch owner := strings.TrimSpace(p.Owner); {
	case owner == "":
		add(codeOwnerMissing, "owner", leadkit.Error, "The plan has no owner.",
			"Name exactly one point of contact who tracks progress and reacts to slips; shared ownership means nobody owns it.")
	case sharedOwner.MatchString(owner):
		add(codeOwnerShared, "owner", leadkit.Warning, fmt.Sprintf("The plan's owner %q names more than one person.", owner),
			"Name exactly one owner; the others can own streams.")
	}

	streams := make(map[string]bool, len(p.Streams))
	for i, s := range p.Streams {
		field := "streams[" + strconv.Itoa(i) + "]"
		switch {
		case s.ID == "":
			add(codeStreamIDMissing, field+".id", leadkit.Error, fmt.Sprintf("Stream %d has no ID.", i), "Give every stream an ID that steps can name.")
		case streams[s.ID]:
			add(codeStreamIDDuplicate, field+".id", leadkit.Error, fmt.Sprintf("Stream ID %q is used twice.", s.ID), "Give every stream its own ID.")
		}
		streams[s.ID] = true
		if strings.TrimSpace(s.Owner) == "" {
			add(codeStreamOwnerMissing, field+".owner", leadkit.Warning, fmt.Sprintf("Stream %s has no owner.", s.label(i)),
				"Clarify up front who owns each stream: its features, support and maintenance.")
		}
	}

	if len(p.Steps) == 0 {
		add(codeStepsMissing, "steps", leadkit.Error, "The plan has no steps.",
			"Break the work into concrete, sprint-sized steps with estimates.")
	}
	g := buildGraph(p.Steps)
	for i, s := range p.Steps {
		field := "steps[" + strconv.Itoa(i) + "]"
		step := "Step " + strconv.Quote(s.ID)
		if s.ID == "" {
			step = "Step " + strconv.Itoa(i) // its position, as "has no ID" says
		}
		switch {
		case s.ID == "":
			add(codeStepIDMissing, field+".id", leadkit.Error, fmt.Sprintf("Step %d has no ID.", i), "Give every step an ID that dependencies and milestones can name.")
		case g.index[s.ID] != int32(i):
			add(codeStepIDDuplicate, field+".id", leadkit.Error, fmt.Sprintf("Step ID %q is used by steps %d and %d.", s.ID, g.index[s.ID], i), "Give every step its own ID.")
		}
		switch {
		case strings.TrimSpace(s.Title) == "":
			add(codeStepTitleMissing, field+".title", leadkit.Warning, fmt.Sprintf("%s has no title.", step), "Say what the work is, concretely.")
		case vagueTitle.MatchString(s.Title):
			add(codeStepTitleVague, field+".title", leadkit.Warning, fmt.Sprintf("%s is titled %q, which names no concrete work.", step, s.Title),
				`Name the piece of work, such as "build the refund endpoint" or "create the invoice list component".`)
		}
		if strings.TrimSpace(s.Owner) == "" {
			add(codeStepOwnerMissing, field+".owner", leadkit.Warning, fmt.Sprintf("%s has no owner.", step), "Name the person doing the work.")
		}
		if !validEstimate(s.Estimate) {
			add(codeStepEstimate, field+".estimate", leadkit.Error,
				fmt.Sprintf("%s has estimate %v; it needs a number of person-days above 0.", step, s.Estimate),
				"Estimate the work in person-days, including the cost of switching context.")
		}
		switch {
		case s.Stream != "" && !streams[s.Stream]:
			add(codeStepStreamUnknown, field+".stream", leadkit.Error, fmt.Sprintf("%s names the unknown stream %q.", step, s.Stream), "Name one of the plan's streams.")
		case s.Stream == "" && len(p.Streams) > 0:
			add(codeStepStreamMissing, field+".stream", leadkit.Warning, fmt.Sprintf("%s belongs to no stream.", step), "Name the stream the step belongs to.")
		}
		for _, d := range s.DependsOn {
			if _, ok := g.index[d]; !ok {
				add(codeDependencyUnknown, field+".depends_on", leadkit.Error, fmt.Sprintf("%s depends on the unknown step %q.", step, d), "Name the ID of an existing step.")
			}
		}
	}
	for _, c := range g.cycles(maxCycleFindings) {
		names := make([]string, 0, len(c)+1)
		for _, i := range c {
			names = append(names, strconv.Quote(p.Steps[i].ID))
		}
		names = append(names, names[0])
		add(codeDependencyCycle, "steps["+strconv.Itoa(int(c[0]))+"].depends_on", leadkit.Error,
			fmt.Sprintf("Steps depend on each other in a cycle: %s (each needs the next).", strings.Join(names, " → ")),
			"Break the cycle: split a step, or drop a dependency that is not real.")
	}

	if len(p.Milestones) == 0 && len(p.Steps) > 0 {
		add(codeMilestonesMissing, "milestones", leadkit.Warning, "The plan has no milestones.",
			"Add checkpoints stakeholders care about, such as the first internal demo, to reflect and readjust.")
	}
	var earliest *schedule
	if !p.Start.IsZero() {
		s := p.schedule(g, nil, nil, workday(p.Start))
		earliest = &s
	}
	mids := make(map[string]bool, len(p.Milestones))
	for i, m := range p.Milestones {
		field := "milestones[" + strconv.Itoa(i) + "]"
		switch {
		case m.ID == "":
			add(codeMilestoneID, field+".id", leadkit.Error, fmt.Sprintf("Milestone %d has no ID.", i), "Give every milestone an ID.")
		case mids[m.ID]:
			add(codeMilestoneIDDup, field+".id", leadkit.Error, fmt.Sprintf("Milestone ID %q is used twice.", m.ID), "Give every milestone its own ID.")
		}
		mids[m.ID] = true
		if m.Target.IsZero() {
			add(codeMilestoneTarget, field+".target", leadkit.Warning, fmt.Sprintf("Milestone %s has no target date.", m.label(i)),
				"There is always a timeline: ask for the date, and the reason for it.")
		}
		if len(m.Steps) == 0 {
			add(codeMilestoneNoSteps, field+".steps", leadkit.Warning, fmt.Sprintf("Milestone %s has no steps.", m.label(i)),
				"List the steps that must be done to reach it.")
		}
		known := true
		for _, id := range m.Steps {
			if _, ok := g.index[id]; !ok {
				known = false
				add(codeMilestoneStep, field+".steps", leadkit.Error, fmt.Sprintf("Milestone %s names the unknown step %q.", m.label(i), id), "Name the ID of an existing step.")
			}
		}
		if earliest == nil || !known || m.Target.IsZero() || len(m.Steps) == 0 {
			continue
		}
		end, last, ok := earliest.finishOf(g, m.Steps)
		if !ok || end <= deadline(m.Target)+eps {
			continue
		}
		add(codeMilestoneTooEarly, field+".target", leadkit.Error,
			fmt.Sprintf("Milestone %s is due %s, but even if every estimate holds its steps finish %s (%s).",
				m.label(i), date(m.Target).Format(time.DateOnly), finishDate(end).Format(time.DateOnly),
				describeChain(p.Steps, earliest.chain(g, last))),
			"Move the date, trim the scope, or do part of it by hand for now.")
	}
	return fs
}

// validEstimate reports whether e is a usable number of person-days.
func validEstimate(e float64) bool {
	return !math.IsNaN(e) && e > 0 && e <= maxEstimate
}

// describeChain names a chain of steps for messages: "critical path: a → b".
func describeChain(steps []Step, chain []int32) string {
	names := make([]string, len(chain))
	for i, c := range chain {
		names[i] = strconv.Quote(steps[c].ID)
	}
	return "critical path: " + strings.Join(names, " → ")
}
