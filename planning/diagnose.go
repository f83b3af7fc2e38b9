package planning

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
)

// DiagnoseOptions holds the thresholds of [Matrix.Diagnose]. The zero value
// means the defaults; a share outside (0, 1] also means its default.
type DiagnoseOptions struct {
	// MinTasks is the smallest list the balance diagnostics judge; a shorter
	// list is too small to call imbalanced. Default 4.
	MinTasks int
	// FirefightingShare is the share of tasks in Do above which the list is
	// firefighting. Default 0.5: the spec's "mostly Q1".
	FirefightingShare float64
	// DistractionShare is the share of tasks in Delegate above which the lead
	// is distracted by work that does not need them. Default 0.3.
	DistractionShare float64
	// AvoidanceShare is the share of tasks in Eliminate above which low-impact
	// work may be avoidance of something meaningful. Default 0.25.
	AvoidanceShare float64
}

// The defaults of DiagnoseOptions.
const (
	DefaultMinTasks          = 4
	DefaultFirefightingShare = 0.5
	DefaultDistractionShare  = 0.3
	DefaultAvoidanceShare    = 0.25
)

func (o DiagnoseOptions) withDefaults() DiagnoseOptions {
	if o.MinTasks <= 0 {
		o.MinTasks = DefaultMinTasks
	}
	share := func(v, def float64) float64 {
		if !(v > 0 && v <= 1) { // also catches NaN
			return def
		}
		return v
	}
	o.FirefightingShare = share(o.FirefightingShare, DefaultFirefightingShare)
	o.DistractionShare = share(o.DistractionShare, DefaultDistractionShare)
	o.AvoidanceShare = share(o.AvoidanceShare, DefaultAvoidanceShare)
	return o
}

// Diagnose reports imbalances in the matrix, as the spec's step 2 ("analyze
// the distribution and adjust") describes them. Shares count tasks, not
// estimated hours, so that unestimated tasks still count. The codes are
// listed in the package documentation.
func (m Matrix) Diagnose(opts DiagnoseOptions) leadkit.Findings {
	o := opts.withDefaults()
	total := m.Len()
	if total == 0 {
		return leadkit.Findings{{
			Code: "eisenhower.empty", Severity: leadkit.Info,
			Message: "The task list is empty, so there is nothing to triage.",
			Hint:    "Write down everything on your plate, meetings and reviews included, then triage it.",
		}}
	}
	var fs leadkit.Findings
	count := func(q Quadrant) int { return len(m.Tasks(q)) }
	share := func(q Quadrant) float64 { return float64(count(q)) / float64(total) }
	judge := total >= o.MinTasks
	explained := map[Quadrant]bool{}

	if judge && count(Delegate) == 0 && count(Eliminate) == 0 {
		explained[Delegate], explained[Eliminate] = true, true
		fs = append(fs, leadkit.Finding{
			Code: "eisenhower.only_top_quadrants", Field: "matrix", Severity: leadkit.Warning,
			Message: fmt.Sprintf("All %d tasks are in Do and Schedule: \"everything is important\" is the urgency effect at work.", total),
			Hint:    "Ask of each task: can only I do this, is it nice to have, what happens if I don't do it? Delegate or drop what fails.",
		})
	}
	if judge && share(Do) > o.FirefightingShare {
		fs = append(fs, leadkit.Finding{
			Code: "eisenhower.firefighting", Field: Do.String(), Severity: leadkit.Warning,
			Message: fmt.Sprintf("%s of %d tasks are urgent and important: you are firefighting and Schedule work is starved.", ratio(count(Do), total), total),
			Hint:    "Ask your team and stakeholders what you should be focusing on but aren't, and block time for it.",
		})
	}
	if judge && count(Schedule) == 0 {
		explained[Schedule] = true
		fs = append(fs, leadkit.Finding{
			Code: "eisenhower.schedule_neglected", Field: Schedule.String(), Severity: leadkit.Warning,
			Message: "No task is important but not urgent: planning, long-term goals and growth get no time.",
			Hint:    "Add the Q2 work that prevents tomorrow's fires: planning, strategy, mentoring, tech debt.",
		})
	}
	if judge && share(Delegate) > o.DistractionShare {
		fs = append(fs, leadkit.Finding{
			Code: "eisenhower.distraction", Field: Delegate.String(), Severity: leadkit.Warning,
			Message: fmt.Sprintf("%s of %d tasks are urgent but not important: they distract you from work only you can do.", ratio(count(Delegate), total), total),
			Hint:    "Delegate them; for someone on the team they may be a chance to grow.",
		})
	}
	if judge && share(Eliminate) > o.AvoidanceShare {
		fs = append(fs, leadkit.Finding{
			Code: "eisenhower.avoidance", Field: Eliminate.String(), Severity: leadkit.Warning,
			Message: fmt.Sprintf("%s of %d tasks are neither urgent nor important: low-impact work may be avoiding something meaningful.", ratio(count(Eliminate), total), total),
			Hint:    "Drop them, name what you are putting off, and ask for support to refocus.",
		})
	}
	for _, q := range Quadrants() {
		if count(q) == 0 && !explained[q] {
			fs = append(fs, leadkit.Finding{
				Code: "eisenhower.quadrant_empty", Field: q.String(), Severity: leadkit.Info,
				Message: fmt.Sprintf("%s (%s) is empty: a possible blind spot, or being stuck in one kind of activity.", q.Label(), q),
				Hint:    "Filling all four quadrants is not required, but trying forces an honest check of each task's value.",
			})
		}
	}
	if missing := unestimated(m); len(missing) > 0 {
		fs = append(fs, leadkit.Finding{
			Code: "eisenhower.estimate_missing", Field: "estimate", Severity: leadkit.Info,
			Message: fmt.Sprintf("%d task(s) to do or schedule have no estimate (%s), so their fit in the week cannot be checked.", len(missing), quoteSome(missing, 3)),
			Hint:    "Give each Do and Schedule task a rough estimate, even \"2h\".",
		})
	}
	return fs
}

func unestimated(m Matrix) []string {
	var titles []string
	for _, q := range []Quadrant{Do, Schedule} {
		for _, t := range m.Tasks(q) {
			if t.Estimate <= 0 {
				titles = append(titles, t.Title)
			}
		}
	}
	return titles
}

// ratio formats n of total as "7 (70%)".
func ratio(n, total int) string {
	return strconv.Itoa(n) + " (" + strconv.Itoa(n*100/total) + "%)"
}

// quoteSome quotes the first n strings and counts the rest.
func quoteSome(ss []string, n int) string {
	var b strings.Builder
	for i, s := range ss {
		if i == n {
			fmt.Fprintf(&b, " and %d more", len(ss)-n)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(s))
	}
	return b.String()
}
