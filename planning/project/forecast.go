package project

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// Update is a dated progress report on one step.
type Update struct {
	// Step is the ID of the step.
	Step string `json:"step"`
	// Date is the day of the report.
	Date time.Time `json:"date"`
	// Done is the work spent on the step so far, in person-days.
	Done float64 `json:"done,omitempty"`
	// Remaining is the work left, in person-days; 0 means finished.
	Remaining float64 `json:"remaining"`
}

// Options tune [Plan.Forecast]. The zero value means the defaults; the spec
// gives no numbers for any of them.
type Options struct {
	// WeekCapacity is the work one person can do in a week, in
	// person-days; zero means 5, one full-time working week.
	WeekCapacity float64 `json:"week_capacity,omitempty"`
	// Slack is the least room, in working days, between a milestone's
	// projected finish and its target for it to count as on track rather
	// than at risk; zero means 2.
	Slack float64 `json:"slack,omitempty"`
	// StaleAfter is how many calendar days an unfinished step's last update
	// may age before it counts as stale; zero means 7, a weekly update.
	StaleAfter int `json:"stale_after,omitempty"`
}

func (o Options) withDefaults() Options {
	if o.WeekCapacity <= 0 || math.IsNaN(o.WeekCapacity) {
		o.WeekCapacity = 5
	}
	if o.Slack <= 0 || math.IsNaN(o.Slack) {
		o.Slack = 2
	}
	if o.StaleAfter <= 0 {
		o.StaleAfter = 7
	}
	return o
}

// Forecast is where a plan is heading, as of a date.
type Forecast struct {
	// Plan and Owner repeat the plan's name and owner.
	Plan  string `json:"plan"`
	Owner string `json:"owner,omitempty"`
	// AsOf is the day of the forecast.
	AsOf time.Time `json:"as_of"`
	// Finish is the projected last day of work, or zero when all is done
	// or nothing can be scheduled.
	Finish time.Time `json:"finish,omitzero"`
	// Steps are the steps' projections, in plan order.
	Steps []StepForecast `json:"steps"`
	// Milestones are the milestones' projections, in plan order.
	Milestones []MilestoneForecast `json:"milestones,omitempty"`
	// Streams are the streams' projections, in plan order.
	Streams []StreamForecast `json:"streams,omitempty"`
	// Overloads are the weeks in which a person has more work planned than
	// one week holds, by person and then week.
	Overloads []Overload `json:"overloads,omitempty"`
	// Findings are the forecast's findings: bad updates, slips,
	// overloads and stale updates.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// StepForecast is the projection of one step.
type StepForecast struct {
	// ID is the step's ID.
	ID string `json:"id"`
	// Start and Finish are the projected first and last working days; both
	// are zero when the step is done or cannot be scheduled.
	Start  time.Time `json:"start,omitzero"`
	Finish time.Time `json:"finish,omitzero"`
	// Remaining is the work left, in person-days.
	Remaining float64 `json:"remaining"`
	// Done reports a step finished by an update.
	Done bool `json:"done,omitempty"`
	// Blocked reports a step that cannot be scheduled because it is in or
	// after a dependency cycle.
	Blocked bool `json:"blocked,omitempty"`
}

// MilestoneForecast is the projection of one milestone.
type MilestoneForecast struct {
	// ID and Name repeat the milestone's.
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Target is the milestone's due date.
	Target time.Time `json:"target,omitzero"`
	// Projected is the projected day its last step finishes (for a done
	// milestone, the day the last step was reported done).
	Projected time.Time `json:"projected,omitzero"`
	// SlipDays is Projected minus Target in calendar days: positive when
	// late, negative when early.
	SlipDays int `json:"slip_days"`
	// Status says how it stands.
	Status Status `json:"status,omitempty"`
	// CriticalPath are the IDs of the unfinished steps that drive its
	// finish, in order of execution: the steps to look at when it slips.
	CriticalPath []string `json:"critical_path,omitempty"`
	// Reasons say in plain sentences why it has its status.
	Reasons []string `json:"reasons,omitempty"`
}

// StreamForecast is the projection of one stream.
type StreamForecast struct {
	// ID and Name repeat the stream's.
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Target is the stream's target date, if it has one.
	Target time.Time `json:"target,omitzero"`
	// Projected is the projected last working day of its steps.
	Projected time.Time `json:"projected,omitzero"`
	// SlipDays is Projected minus Target in calendar days, when both are
	// set.
	SlipDays int `json:"slip_days"`
	// Status says how it stands; unknown without a target or without
	// steps.
	Status Status `json:"status,omitempty"`
}

// Overload is a week in which one person has more work planned, across
// steps and streams, than one week holds.
type Overload struct {
	// Person is the overloaded step owner.
	Person string `json:"person"`
	// Week is the Monday of the week.
	Week time.Time `json:"week"`
	// Load is the work planned for the person that week, in person-days.
	Load float64 `json:"load"`
	// Capacity is what a week holds ([Options.WeekCapacity]).
	Capacity float64 `json:"capacity"`
	// Streams are the IDs of the streams the work belongs to, sorted.
	Streams []string `json:"streams,omitempty"`
	// Steps are the IDs of the steps that overlap that week, in plan order.
	Steps []string `json:"steps"`
}

// The codes of the forecast's findings.
const (
	codeUpdateStep      = "project.update.step.unknown"
	codeUpdateInvalid   = "project.update.invalid"
	codeUpdateFuture    = "project.update.future"
	codeUpdateStale     = "project.update.stale"
	codeMilestoneSlip   = "project.milestone.slip"
	codeStreamSlip      = "project.stream.slip"
	codeOverallocated   = "project.person.overallocated"
	codeMilestoneAtRisk = "project.milestone.at_risk"
)

// Forecast projects the plan from the progress updates, as of asOf: each
// unfinished step starts when its dependencies finish (not before asOf or
// the plan's Start) and takes its remaining work, from its latest update or
// else its estimate, in working days (Monday to Friday). From that it gives
// each milestone and stream a projected finish, its slip against the target
// in calendar days and, for milestones, the critical path that drives the
// finish and a [Status] with reasons. It reports people planned for more
// than a week's work in a week across steps and streams. It runs in time
// linear in steps + dependencies + updates (plus the weeks each step spans).
//
// Forecast assumes a plan that passes [Plan.Validate]: dependencies on
// unknown steps are ignored, and steps in or after a cycle are not scheduled
// (their milestones get the unknown status).
func (p Plan) Forecast(updates []Update, asOf time.Time, opt Options) Forecast {
	opt = opt.withDefaults()
	g := buildGraph(p.Steps)
	n := len(p.Steps)
	f := Forecast{Plan: p.Name, Owner: p.Owner, AsOf: date(asOf)}
	addf := func(code, field string, sev leadkit.Severity, hint, format string, args ...any) {
		f.Findings = append(f.Findings, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: fmt.Sprintf(format, args...), Hint: hint})
	}

	// The latest valid update of each step wins; on the same day, the later
	// one in the input.
	latest := make([]int32, n)
	for i := range latest {
		latest[i] = -1
	}
	for k, u := range updates {
		field := "updates[" + strconv.Itoa(k) + "]"
		i, ok := g.index[u.Step]
		switch {
		case !ok:
			addf(codeUpdateStep, field+".step", leadkit.Error, "Name the ID of one of the plan's steps.",
				"Update %d is about the unknown step %q.", k, u.Step)
			continue
		case u.Date.IsZero() || !validWork(u.Remaining) || !validWork(u.Done):
			addf(codeUpdateInvalid, field, leadkit.Error, "Give the date, and done and remaining work as person-days from 0.",
				"Update %d on step %q has date %s, done %v and remaining %v.", k, u.Step, dateText(u.Date), u.Done, u.Remaining)
			continue
		case onEarlierDay(asOf, u.Date):
			addf(codeUpdateFuture, field+".date", leadkit.Warning, "Check the date; the forecast still uses the update.",
				"Update %d on step %q is dated %s, after the forecast date %s.", k, u.Step, dateText(u.Date), dateText(asOf))
		}
		if j := latest[i]; j < 0 || !onEarlierDay(u.Date, updates[j].Date) {
			latest[i] = int32(k)
		}
	}
	remaining := make([]float64, n)
	done := make([]bool, n)
	for i, s := range p.Steps {
		remaining[i] = s.Estimate
		if j := latest[i]; j >= 0 {
			remaining[i] = updates[j].Remaining
			done[i] = updates[j].Remaining == 0
		}
	}
	origin := workday(asOf)
	if !p.Start.IsZero() {
		origin = max(origin, workday(p.Start))
	}
	sched := p.schedule(g, remaining, done, origin)

	// Steps, and the stale updates of steps under way.
	f.Steps = make([]StepForecast, n)
	end := math.Inf(-1)
	stale := make([]bool, n)
	for i, s := range p.Steps {
		sf := StepForecast{ID: s.ID, Remaining: remaining[i], Done: done[i], Blocked: !g.ordered[i]}
		if g.ordered[i] && !done[i] {
			sf.Start = dateOf(int(math.Floor(sched.start[i] + eps)))
			sf.Finish = finishDate(sched.finish[i])
			if sched.finish[i] > sched.start[i]+eps {
				end = max(end, sched.finish[i])
			} else {
				sf.Finish = sf.Start
			}
		}
		if j := latest[i]; j >= 0 && !done[i] && daysBetween(updates[j].Date, asOf) > opt.StaleAfter {
			stale[i] = true
			addf(codeUpdateStale, "steps["+strconv.Itoa(i)+"]", leadkit.Info, "Ask the owner for a short update: what moved, what is blocked.",
				"Step %q was last updated on %s, more than %d days ago.", s.ID, dateText(updates[j].Date), opt.StaleAfter)
		}
		f.Steps[i] = sf
	}
	if !math.IsInf(end, -1) {
		f.Finish = finishDate(end)
	}

	var overloaded []bool
	f.Overloads, overloaded = p.overloads(g, &sched, opt.WeekCapacity)
	for _, o := range personFirstOverloads(f.Overloads) {
		weeks := 0
		for _, x := range f.Overloads {
			if x.Person == o.Person {
				weeks++
			}
		}
		streams := "stream"
		if len(o.Streams) != 1 {
			streams = "streams"
		}
		addf(codeOverallocated, "steps", leadkit.Warning,
			"Sequence the work, hand a step to someone else, or put one stream in maintenance mode for now.",
			"%s has %s person-days planned in the week of %s, more than the %s a week holds, across %s %s (steps %s)%s.",
			strconv.Quote(o.Person), number(o.Load), dateText(o.Week), number(o.Capacity), streams, quoteList(o.Streams),
			quoteList(o.Steps), moreWeeks(weeks))
	}

	for i, m := range p.Milestones {
		mf := p.milestoneForecast(g, &sched, m, updates, latest, stale, overloaded, opt)
		if mf.Status == OffTrack {
			addf(codeMilestoneSlip, "milestones["+strconv.Itoa(i)+"]", leadkit.Warning,
				"Make the slip visible now, then revisit the plan together: shift the date, trim scope, or do part by hand.",
				"Milestone %s is projected for %s, %d %s after its target %s; %s.", m.label(i), dateText(mf.Projected),
				mf.SlipDays, dayWord(mf.SlipDays), dateText(mf.Target), describeIDs("the slip is driven by", mf.CriticalPath))
		} else if mf.Status == AtRisk {
			addf(codeMilestoneAtRisk, "milestones["+strconv.Itoa(i)+"]", leadkit.Info,
				"Watch its critical path and tell stakeholders early if it slips.",
				"Milestone %s is at risk: %s", m.label(i), strings.Join(mf.Reasons, " "))
		}
		f.Milestones = append(f.Milestones, mf)
	}
	for i, s := range p.Streams {
		sf := StreamForecast{ID: s.ID, Name: s.Name, Target: s.Target}
		last, allDone, blocked, steps := math.Inf(-1), true, false, 0
		for j, st := range p.Steps {
			if st.Stream != s.ID {
				continue
			}
			steps++
			switch {
			case !g.ordered[j]:
				blocked = true
			case !done[j]:
				allDone = false
				if sched.finish[j] > sched.start[j]+eps {
					last = max(last, sched.finish[j])
				}
			}
		}
		switch {
		case blocked || steps == 0: // unknown: nothing to measure
		case allDone:
			sf.Status = Done
		case !math.IsInf(last, -1):
			sf.Projected = finishDate(last)
			if !s.Target.IsZero() {
				sf.SlipDays = daysBetween(s.Target, sf.Projected)
				sf.Status = OnTrack
				if sf.SlipDays > 0 {
					sf.Status = OffTrack
					addf(codeStreamSlip, "streams["+strconv.Itoa(i)+"]", leadkit.Warning,
						"Revisit the stream's scope or date, or move people from a stream in maintenance mode.",
						"Stream %s is projected to finish on %s, %d %s after its target %s.", s.label(i), dateText(sf.Projected),
						sf.SlipDays, dayWord(sf.SlipDays), dateText(s.Target))
				}
			}
		}
		f.Streams = append(f.Streams, sf)
	}
	return f
}

// milestoneForecast projects one milestone.
func (p Plan) milestoneForecast(g *graph, s *schedule, m Milestone, updates []Update, latest []int32, stale, overloaded []bool, opt Options) MilestoneForecast {
	mf := MilestoneForecast{ID: m.ID, Name: m.Name, Target: m.Target}
	if len(m.Steps) == 0 {
		mf.Reasons = []string{"It has no steps."}
		return mf
	}
	allDone := true
	var lastDone time.Time
	for _, id := range m.Steps {
		i, ok := g.index[id]
		if !ok {
			mf.Reasons = []string{fmt.Sprintf("It names the unknown step %q.", id)}
			return mf
		}
		if !g.ordered[i] {
			mf.Reasons = []string{fmt.Sprintf("Step %q is in or after a dependency cycle, so it cannot be scheduled.", id)}
			return mf
		}
		if !s.done[i] {
			allDone = false
		} else if d := updates[latest[i]].Date; d.After(lastDone) {
			lastDone = d
		}
	}
	if allDone {
		mf.Status, mf.Projected = Done, date(lastDone)
		if !m.Target.IsZero() {
			mf.SlipDays = daysBetween(m.Target, mf.Projected)
		}
		return mf
	}
	end, last, _ := s.finishOf(g, m.Steps)
	mf.Projected = finishDate(end)
	chain := s.chain(g, last)
	for _, i := range chain {
		mf.CriticalPath = append(mf.CriticalPath, p.Steps[i].ID)
	}
	if m.Target.IsZero() {
		mf.Reasons = []string{"It has no target date to measure against."}
		return mf
	}
	mf.SlipDays = daysBetween(m.Target, mf.Projected)
	slack := deadline(m.Target) - end
	var warnings []string
	for _, i := range chain {
		st := p.Steps[i]
		if j := latest[i]; j >= 0 && updates[j].Done+updates[j].Remaining > st.Estimate+eps && validEstimate(st.Estimate) {
			warnings = append(warnings, fmt.Sprintf("Step %q grew from %s to %s person-days.", st.ID, number(st.Estimate), number(updates[j].Done+updates[j].Remaining)))
		}
		if stale[i] {
			warnings = append(warnings, fmt.Sprintf("Step %q has had no update for more than %d days.", st.ID, opt.StaleAfter))
		}
		if overloaded[i] {
			warnings = append(warnings, fmt.Sprintf("Step %q's owner %q is over-allocated while it runs.", st.ID, st.Owner))
		}
	}
	switch {
	case mf.SlipDays > 0:
		mf.Status = OffTrack
		mf.Reasons = append([]string{fmt.Sprintf("It is projected for %s, %d %s after its target %s; %s.",
			dateText(mf.Projected), mf.SlipDays, dayWord(mf.SlipDays), dateText(m.Target), describeIDs("the critical path is", mf.CriticalPath))}, warnings...)
	case slack < opt.Slack-eps:
		mf.Status = AtRisk
		mf.Reasons = append([]string{fmt.Sprintf("It is projected for %s with only %s working %s of slack before its target %s.",
			dateText(mf.Projected), number(slack), plural(slack, "day", "days"), dateText(m.Target))}, warnings...)
	case len(warnings) > 0:
		mf.Status = AtRisk
		mf.Reasons = warnings
	default:
		mf.Status = OnTrack
		mf.Reasons = []string{fmt.Sprintf("It is projected for %s, %s working %s before its target %s.",
			dateText(mf.Projected), number(slack), plural(slack, "day", "days"), dateText(m.Target))}
	}
	return mf
}

// overloads returns the weeks in which a person has more than capacity of
// work planned, assuming each owner works on each of their scheduled steps
// full time, and marks the steps that run in such a week.
func (p Plan) overloads(g *graph, s *schedule, capacity float64) ([]Overload, []bool) {
	people := make(map[string]int32)
	var names []string
	owner := make([]int32, len(p.Steps))
	for i, st := range p.Steps {
		owner[i] = -1
		name := strings.TrimSpace(st.Owner)
		if name == "" || !g.ordered[i] || s.done[i] || s.finish[i] <= s.start[i]+eps {
			continue
		}
		id, ok := people[name]
		if !ok {
			id = int32(len(names))
			people[name] = id
			names = append(names, name)
		}
		owner[i] = id
	}
	key := func(person int32, week int) int64 { return int64(person)<<32 | int64(uint32(int32(week))) }
	// weeksOf calls visit with each week step i runs in and its work there.
	weeksOf := func(i int, visit func(week int, work float64)) {
		a, b := s.start[i], s.finish[i]
		for w := int(math.Floor(a/5 + eps)); float64(w*5) < b-eps; w++ {
			if work := min(b, float64(w*5+5)) - max(a, float64(w*5)); work > eps {
				visit(w, work)
			}
		}
	}
	load := make(map[int64]float64)
	for i := range p.Steps {
		if owner[i] >= 0 {
			weeksOf(i, func(w int, work float64) { load[key(owner[i], w)] += work })
		}
	}
	over := make(map[int64]*Overload)
	marked := make([]bool, len(p.Steps))
	for i, st := range p.Steps {
		if owner[i] < 0 {
			continue
		}
		weeksOf(i, func(w int, _ float64) {
			k := key(owner[i], w)
			if load[k] <= capacity+eps {
				return
			}
			marked[i] = true
			o := over[k]
			if o == nil {
				o = &Overload{Person: names[owner[i]], Week: dateOf(w * 5), Load: roundWork(load[k]), Capacity: capacity}
				over[k] = o
			}
			o.Steps = append(o.Steps, st.ID)
			if st.Stream != "" && !slices.Contains(o.Streams, st.Stream) {
				o.Streams = append(o.Streams, st.Stream)
			}
		})
	}
	out := make([]Overload, 0, len(over))
	for _, o := range over {
		slices.Sort(o.Streams)
		out = append(out, *o)
	}
	slices.SortFunc(out, func(a, b Overload) int {
		if c := cmp.Compare(a.Person, b.Person); c != 0 {
			return c
		}
		return a.Week.Compare(b.Week)
	})
	return out, marked
}

// personFirstOverloads returns the first overloaded week of each person, in
// the order of overloads (by person).
func personFirstOverloads(overloads []Overload) []Overload {
	var out []Overload
	for i, o := range overloads {
		if i == 0 || overloads[i-1].Person != o.Person {
			out = append(out, o)
		}
	}
	return out
}

func moreWeeks(weeks int) string {
	switch weeks {
	case 1:
		return ""
	case 2:
		return ", and in one more week"
	}
	return fmt.Sprintf(", and in %d more weeks", weeks-1)
}

// validWork reports whether w is a usable amount of work, 0 included.
func validWork(w float64) bool { return !math.IsNaN(w) && w >= 0 && w <= maxEstimate }

// onEarlierDay reports whether a's date is before b's date, each in its own
// location.
func onEarlierDay(a, b time.Time) bool { return date(a).Before(date(b)) }

func dateText(t time.Time) string {
	if t.IsZero() {
		return "none"
	}
	return date(t).Format(time.DateOnly)
}

// roundWork rounds a sum of fractional days to a millionth.
func roundWork(w float64) float64 { return math.Round(w*1e6) / 1e6 }

// number formats an amount of work without trailing zeros: 2, 2.5.
func number(f float64) string { return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64) }

func dayWord(n int) string {
	if n == 1 || n == -1 {
		return "day"
	}
	return "days"
}

func plural(f float64, one, many string) string {
	if f == 1 {
		return one
	}
	return many
}

// quoteList quotes and joins IDs: "a", "b" and "c".
func quoteList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = strconv.Quote(id)
	}
	switch len(q) {
	case 0:
		return "none"
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// describeIDs phrases a critical path: "the slip is driven by "a" → "b"".
func describeIDs(lead string, ids []string) string {
	if len(ids) == 0 {
		return lead + " no unfinished step"
	}
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = strconv.Quote(id)
	}
	return lead + " " + strings.Join(q, " → ")
}
