// Package delegation models what a tech lead delegates, to whom, in which
// situational style, with which SMARTT goal, and how the lead follows up.
//
// A goal is checked against the six SMARTT criteria (spec: "SMARTT goals"),
// whether it was built field by field or parsed from one sentence:
//
//	now := time.Date(2025, time.March, 2, 9, 0, 0, 0, time.UTC)
//	g := delegation.ParseGoal("Reduce open tech-debt tickets by 30% within 3 months; "+
//		"post a weekly update on the wiki and review it in Monday check-ins", now)
//	findings := delegation.CheckGoal(g, now) // no errors: only "why it matters" is missing
//	fmt.Println(g.Target, g.Deadline.Format(time.DateOnly), g.CheckIn) // -30% 2025-06-02 weekly on Monday
//
// # Finding codes
//
// [CheckGoal] returns at most one finding per criterion, in SMARTT order. Error
// means the criterion is clearly not met; Warning means the goal's data cannot
// show whether it is.
//
//   - smartt.specific (Error): the objective is missing, or holds only general
//     words ("improve things", "work on quality") or a wish ("get better at").
//   - smartt.measurable (Error): no target, and the measure names no number,
//     percentage, count, before→after change or deliverable.
//   - smartt.achievable (Error): the target asks for a decrease of more than
//     100%, or for a change faster than GoalOptions.MaxChangePerMonth;
//     (Warning): no target, no future deadline or no baseline to weigh the
//     change against.
//   - smartt.relevant (Warning): the goal does not say why it matters.
//   - smartt.time_bound (Error): no deadline, or one already past.
//   - smartt.trackable (Error): neither a place nor a rhythm of tracking, or a
//     place with no rhythm; (Warning): a rhythm with no place, or fewer than
//     GoalOptions.MinCheckIns check-ins before the deadline.
//
// # Defaults
//
// [GoalOptions] holds the checker's thresholds; its zero value means the
// defaults documented on each field.
package delegation
