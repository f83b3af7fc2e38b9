package delegation

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// Codes of the findings [CheckGoal] returns, one per SMARTT criterion.
const (
	CodeSpecific   = "smartt.specific"
	CodeMeasurable = "smartt.measurable"
	CodeAchievable = "smartt.achievable"
	CodeRelevant   = "smartt.relevant"
	CodeTimeBound  = "smartt.time_bound"
	CodeTrackable  = "smartt.trackable"
)

// GoalOptions holds the thresholds of [GoalOptions.Check]. The zero value
// means the defaults given on each field; the spec names no numbers for
// them, so they are leadkit's own, chosen to flag only the clearly
// unrealistic.
type GoalOptions struct {
	// MaxChangePerMonth is the largest change of a measure, as a fraction of
	// its baseline per 30 days, that still counts as achievable. Zero means 1:
	// halving a build time within a month passes, a 90% cut in a week does
	// not.
	MaxChangePerMonth float64
	// MinCheckIns is how many check-ins should fit before the deadline at the
	// agreed rhythm; fewer gives a trackable warning. Zero means 2.
	MinCheckIns int
}

func (o GoalOptions) maxChangePerMonth() float64 { return orDefault(o.MaxChangePerMonth, 1) }

func (o GoalOptions) minCheckIns() int { return orDefault(o.MinCheckIns, 2) }

// orDefault returns v when it is positive, else the default d: the zero
// value of every options field means its default.
func orDefault[T int | float64](v, d T) T {
	if v > 0 {
		return v
	}
	return d
}

// CheckGoal checks g against the six SMARTT criteria as of now, with the
// default [GoalOptions]. It returns at most one finding per criterion, in
// SMARTT order: Error when the criterion is clearly not met (a vague
// objective, no number or deliverable, no deadline or a past one, no place or
// rhythm of tracking, an unrealistic rate of change), Warning when the goal's
// data cannot show it (no reason given, a target whose size cannot be weighed
// against the time). A goal that meets every criterion gets no findings.
func CheckGoal(g Goal, now time.Time) leadkit.Findings {
	return GoalOptions{}.Check(g, now)
}

// Check is [CheckGoal] with o's thresholds.
func (o GoalOptions) Check(g Goal, now time.Time) leadkit.Findings {
	var fs leadkit.Findings
	var buf [128]token
	add := func(f *leadkit.Finding) {
		if f != nil {
			fs = append(fs, *f)
		}
	}
	add(checkSpecific(g, buf[:0]))
	add(checkMeasurable(g, buf[:0]))
	add(o.checkAchievable(g, now))
	add(checkRelevant(g))
	add(checkTimeBound(g, now))
	add(o.checkTrackable(g, now, buf[:0]))
	return fs
}

func checkSpecific(g Goal, buf []token) *leadkit.Finding {
	if strings.TrimSpace(g.Objective) == "" {
		return &leadkit.Finding{Code: CodeSpecific, Field: "objective", Severity: leadkit.Error,
			Message: "The goal states no objective.",
			Hint:    "Say what result you expect, in one phrase with a verb and its object: \"reduce open tech-debt tickets\"."}
	}
	toks := tokenize(g.Objective, buf)
	if vague := vagueness(g.Objective, toks, g.Target != nil); vague != "" {
		return &leadkit.Finding{Code: CodeSpecific, Field: "objective", Severity: leadkit.Error,
			Message: fmt.Sprintf("The objective %q does not say what concrete result is expected (%s).", clip(g.Objective), vague),
			Hint:    "Name the system, artifact, metric or group the goal is about and the change you expect in it."}
	}
	return nil
}

func checkMeasurable(g Goal, buf []token) *leadkit.Finding {
	if g.Target != nil {
		if math.IsNaN(g.Target.Value) || math.IsInf(g.Target.Value, 0) {
			return &leadkit.Finding{Code: CodeMeasurable, Field: "target", Severity: leadkit.Error,
				Message: fmt.Sprintf("The target %v is not a number.", g.Target.Value),
				Hint:    "Give the target as a finite number with its unit."}
		}
		return nil
	}
	text, field := g.Measure, "measure"
	if strings.TrimSpace(text) == "" {
		text, field = g.Objective, "objective"
	}
	// A deliverable needs its verb ("write a runbook", not "the runbook
	// backlog"), which the objective holds; the measure stands in for it only
	// when there is no objective.
	gradual := gradualObjective(tokenize(g.Objective, buf))
	// A measure read out of the objective is weighed in its place there:
	// "the three biggest pain points" counts, "work on the three biggest
	// pain points" does not.
	counted := text
	if m := strings.TrimSpace(g.Measure); m != "" && strings.Contains(g.Objective, m) {
		counted = g.Objective
	}
	if hasQuantity(counted, tokenize(counted, buf), gradual) || hasDeliverable(tokenize(g.Objective, buf)) || measureIsDeliverable(g, buf) {
		return nil
	}
	msg := "The goal has no measure: no number, percentage, count, before→after change or deliverable."
	if strings.TrimSpace(text) != "" {
		msg = fmt.Sprintf("The %s %q has no number, percentage, count, before→after change or deliverable.", field, clip(text))
	}
	return &leadkit.Finding{Code: CodeMeasurable, Field: "measure", Severity: leadkit.Error, Message: msg,
		Hint: "Say how success is counted (\"by 30%\", \"from 40 to 25\", \"under 200 ms\") or name the deliverable (\"a runbook for the payments service\")."}
}

func (o GoalOptions) checkAchievable(g Goal, now time.Time) *leadkit.Finding {
	cannot := func(why string) *leadkit.Finding {
		return &leadkit.Finding{Code: CodeAchievable, Field: "target", Severity: leadkit.Warning,
			Message: "Whether the goal is achievable cannot be judged: " + why + ".",
			Hint:    "Agree the target and the time with the delegate, and note the baseline so the size of the change is known."}
	}
	if g.Target == nil {
		return cannot("it has no target")
	}
	if g.Deadline.IsZero() || midnight(g.Deadline).Before(midnight(now.In(g.Deadline.Location()))) {
		return cannot("it has no future deadline")
	}
	change, ok := relativeChange(g)
	if !ok {
		return cannot("the target's size relative to today is unknown (no baseline)")
	}
	if change > 1 && decreasing(g) {
		return &leadkit.Finding{Code: CodeAchievable, Field: "target", Severity: leadkit.Error,
			Message: fmt.Sprintf("The target %s asks for a decrease of more than 100%%.", g.Target),
			Hint:    "A measure cannot fall by more than all of it; give the level to reach instead."}
	}
	days := midnight(g.Deadline).Sub(midnight(now.In(g.Deadline.Location()))).Hours() / 24
	months := math.Max(days, 1) / 30
	if rate := change / months; rate > o.maxChangePerMonth() {
		return &leadkit.Finding{Code: CodeAchievable, Field: "target", Severity: leadkit.Error,
			Message: fmt.Sprintf("The target %s in %.0f days is a change of %.0f%% a month, more than the %.0f%% that counts as realistic.",
				g.Target, math.Max(days, 0), rate*100, o.maxChangePerMonth()*100),
			Hint: "Give the delegate more time, or agree a smaller first step."}
	}
	return nil
}

// measureIsDeliverable reports whether the measure itself names a deliverable
// with its verb ("write a runbook", "migrate the billing service"): with no
// objective any verb counts; otherwise the verb must be followed by a
// determiner, so that a parsed measure ("release pipeline faster") is not
// mistaken for one.
func measureIsDeliverable(g Goal, buf []token) bool {
	toks := tokenize(g.Measure, buf)
	if strings.TrimSpace(g.Objective) == "" {
		return hasDeliverable(toks)
	}
	if len(toks) < 2 || classOf(toks[0].text)&(cCreate|cComplete) == 0 {
		return false
	}
	switch toks[1].text {
	case "a", "an", "the", "our", "their", "its", "this", "all", "every", "each", "my", "your":
		return hasDeliverable(toks)
	}
	return false
}

// relativeChange returns the size of the change g asks for, as a fraction of
// the baseline.
func relativeChange(g Goal) (float64, bool) {
	t := g.Target
	switch {
	case g.Relative && (t.Unit == "%"):
		return math.Abs(t.Value) / 100, true
	case g.Relative && g.Baseline != nil && g.Baseline.Value != 0:
		return math.Abs(t.Value / g.Baseline.Value), true
	case !g.Relative && g.Baseline != nil && g.Baseline.Value != 0:
		if target, ok := inUnitOf(*t, *g.Baseline); ok {
			b := g.Baseline.Value
			change := math.Abs(target-b) / math.Abs(b)
			// A share rising toward 100% is weighed against what is left:
			// availability from 97% to 99.99% removes almost all downtime.
			if t.Unit == "%" && target > b && target <= 100 && b < 100 {
				change = math.Max(change, (target-b)/(100-b))
			}
			return change, true
		}
	case t.Unit == "x" && t.Value > 1:
		// "tenfold": up by 9 times the level or down by 90% of it; the
		// smaller reading, so that only the clearly unrealistic is flagged
		return 1 - 1/t.Value, true
	}
	return 0, false
}

func decreasing(g Goal) bool {
	if g.Relative {
		return g.Target.Value < 0
	}
	if g.Baseline == nil {
		return false
	}
	target, ok := inUnitOf(*g.Target, *g.Baseline)
	return ok && target < g.Baseline.Value
}

// seconds are the time units a Quantity may carry, in seconds.
var seconds = map[string]float64{"ms": 0.001, "s": 1, "min": 60, "h": 3600, "days": 86400, "weeks": 604800}

// inUnitOf returns q's value in the unit of base: the same unit, no unit,
// or another time unit ("800 ms" against "1.5 s" is 0.8).
func inUnitOf(q, base Quantity) (float64, bool) {
	if strings.EqualFold(q.Unit, base.Unit) || q.Unit == "" {
		return q.Value, true
	}
	from, ok1 := seconds[q.Unit]
	to, ok2 := seconds[base.Unit]
	if !ok1 || !ok2 {
		return 0, false
	}
	return q.Value * from / to, true
}

func checkRelevant(g Goal) *leadkit.Finding {
	if strings.TrimSpace(g.Relevance) != "" {
		return nil
	}
	return &leadkit.Finding{Code: CodeRelevant, Field: "relevance", Severity: leadkit.Warning,
		Message: "The goal does not say why it matters.",
		Hint:    "Restate the why, even if it seems obvious, and link it to the bigger picture: \"so that new developers onboard faster\"."}
}

func checkTimeBound(g Goal, now time.Time) *leadkit.Finding {
	if g.Deadline.IsZero() {
		return &leadkit.Finding{Code: CodeTimeBound, Field: "deadline", Severity: leadkit.Error,
			Message: "The goal has no deadline.",
			Hint:    "Agree a date or timeframe (\"by March 31\", \"within 3 months\"); without one, the task sinks to the bottom of a busy list."}
	}
	today := midnight(now.In(g.Deadline.Location()))
	if midnight(g.Deadline).Before(today) {
		return &leadkit.Finding{Code: CodeTimeBound, Field: "deadline", Severity: leadkit.Error,
			Message: fmt.Sprintf("The deadline %s is already past (today is %s).", g.Deadline.Format(time.DateOnly), today.Format(time.DateOnly)),
			Hint:    "Agree a new deadline that is still ahead."}
	}
	return nil
}

func (o GoalOptions) checkTrackable(g Goal, now time.Time, buf []token) *leadkit.Finding {
	cadence := g.CheckIn
	if !cadence.valid() {
		cadence = Cadence{} // an out-of-range period is no rhythm
	}
	tracking := strings.TrimSpace(g.Tracking)
	if cadence.IsZero() && tracking != "" {
		cadence = findCadence(tokenize(tracking, buf))
	}
	switch {
	case tracking == "" && cadence.IsZero():
		return &leadkit.Finding{Code: CodeTrackable, Field: "tracking", Severity: leadkit.Error,
			Message: "The goal says neither where progress is tracked nor how often it is reviewed.",
			Hint:    "Name a place (a wiki page, the board, a shared doc) and a rhythm (\"reviewed in Monday check-ins\")."}
	case cadence.IsZero():
		return &leadkit.Finding{Code: CodeTrackable, Field: "check_in", Severity: leadkit.Error,
			Message: fmt.Sprintf("The tracking %q does not say how often progress is reviewed.", clip(tracking)),
			Hint:    "Add a rhythm: \"weekly\", \"every other Friday\", \"in the daily standup\"."}
	case tracking == "":
		return &leadkit.Finding{Code: CodeTrackable, Field: "tracking", Severity: leadkit.Warning,
			Message: fmt.Sprintf("The goal has a %s check-in but does not say where progress is tracked.", cadence),
			Hint:    "Name the place progress is visible: a wiki page, the board, a shared doc."}
	}
	if !g.Deadline.IsZero() {
		days := midnight(g.Deadline).Sub(midnight(now.In(g.Deadline.Location()))).Hours() / 24
		if every := float64(cadence.Period.days()); days > 0 && days/every < float64(o.minCheckIns()) {
			return &leadkit.Finding{Code: CodeTrackable, Field: "check_in", Severity: leadkit.Warning,
				Message: fmt.Sprintf("A %s check-in fits fewer than %d times in the %.0f days before the deadline.", cadence.Period, o.minCheckIns(), days),
				Hint:    "Review progress more often, so that surprises surface while there is time to act."}
		}
	}
	return nil
}

// clip shortens s for quoting in a message.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= 80 {
		return s
	}
	cut := 77
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}
