// Package delegation models how a tech lead hands work over while staying
// accountable for it (spec: the delegation chapter of people.md): what to
// delegate and to whom, in which situational style, with which SMARTT goal,
// and how to follow up.
//
// A goal can be written as one sentence and checked against the six SMARTT
// criteria:
//
//	now := time.Date(2025, time.March, 2, 9, 0, 0, 0, time.UTC)
//	g := delegation.ParseGoal("Reduce open tech-debt tickets by 30% within 3 months; "+
//		"post a weekly update on the wiki and review it in Monday check-ins", now)
//	fmt.Println(g.Target, g.Deadline.Format(time.DateOnly), g.CheckIn) // -30% 2025-06-02 weekly on Monday
//	findings := delegation.CheckGoal(g, now) // no errors; a warning that the why is missing
//
// # What and whom
//
// [Candidates] sorts a weekly task audit ([Task]) into what to [Delegate] and
// what to [Keep], starting small with recurring low-risk work, with reasons.
// [Rank] orders [Person] values for a task on interest, knowledge, workload,
// working style and rotation, weighted by [RankOptions], and explains each
// score.
//
// # Situational styles
//
// [Style] is [Telling], [Selling], [Participating] or [Delegating];
// [Style.Describe] says what the lead does in each. [StyleFor] maps a
// person's competence and commitment on a task ([Low] or [High]) to a style,
// and [Assess] does so from 1–10 ratings ([Readiness], read from CSV or
// JSON with [ReadReadinessCSV] and [ReadReadinessJSON]) with a reason. Styles
// belong to a person on a task, never to a person alone. [Adjust] reads the
// dated [CheckIn] history of a [Delegation] and suggests one step toward less
// guidance, or back.
//
// # SMARTT goals
//
// [Goal] holds the criteria as fields; [ParseGoal] fills one from free text
// and [CheckGoal] checks it. Free text is read in one pass over its tokens:
// the first clause is the objective, with its measure and target ("by 30%",
// "from 40 to 25", "under 200 ms", "three engineers", "tenfold", "from
// twice a week to daily"); clauses that track or review progress become
// Tracking and their rhythm [Cadence]; clauses that give a reason become
// Relevance; the deadline is read anywhere outside the tracking, and when
// several dates are named the latest counts. A form's labels say what
// follows them by their head word ("Goal title:", "KR2:", "Check-in
// frequency:", "Performance goal —"), and a title without a verb takes its
// deliverable from the description. A goal may open with its check-in and
// give its aim after it ("Every Monday we'll go through the board until
// we've closed all 40 bugs", "…, aiming to cut build time by 30%"); "keep"
// with a level to hold ("keep p95 under 200 ms") is an objective, and a
// tracking verb over every work item ("review every PR") is the work, not a
// check-in. Dates follow calendar arithmetic in
// now's location; a date or quarter without a year is in now's year and is
// not rolled forward, so a past one fails time-bound. On the labelled sets
// in testdata the checker's per-criterion precision and recall are at least
// 0.9 (specific at least 0.8), at least 95% of the labelled deadlines are
// found, and smartt.achievable's Error has precision at least 0.8 and recall
// at least 0.7; the test TestGoalQuality prints them.
//
// # Follow-up and fears
//
// [Schedule] plans check-ins from a delegation's style and deadline;
// [CheckFollowUp] reports overdue check-ins and a missing follow-up after
// the deadline. [Questions] is a reflection checklist on the fears of
// delegating; [Reflect] maps the answers to the practices the spec suggests
// ([Remedies]).
//
// # Finding codes
//
// [CheckGoal] returns at most one finding per SMARTT criterion, in SMARTT
// order. Error means the criterion is clearly not met; Warning means the
// goal's data cannot show whether it is.
//
//   - smartt.specific (Error): the objective is missing, is a wish ("get
//     better at", "be more proactive") with no target, or none of the phrases
//     its verb acts on names something concrete — a system, artefact,
//     metric, named person or counted group. Abstract heads qualified only by
//     a domain or a group ("engineering excellence", "developer experience")
//     and phrases that only set a scene ("with product", "across the
//     platform", "in meetings", "as a leader") do not count.
//   - smartt.measurable (Error): no target, and neither the measure nor the
//     objective names a number, percentage, count, before→after change or
//     deliverable ("write a runbook", "migrate the billing service").
//   - smartt.achievable (Error): the target asks for a decrease of more than
//     100%, or a change faster than GoalOptions.MaxChangePerMonth (a
//     multiple such as "tenfold" counts as 1 − 1/factor of today's level, and
//     a share rising toward 100% also as a part of what is left to 100%);
//     (Warning): no target, no future deadline or no baseline to weigh the
//     change against.
//   - smartt.relevant (Warning): the goal does not say why it matters.
//   - smartt.time_bound (Error): no deadline, or one already past.
//   - smartt.trackable (Error): neither a place nor a rhythm of tracking, or
//     a place with no rhythm; (Warning): a rhythm with no place, or fewer
//     than GoalOptions.MinCheckIns check-ins before the deadline.
//
// The other checks:
//
//   - delegation.audit.empty (Warning, [Candidates]): no tasks were audited.
//   - delegation.audit.bottleneck (Warning, [Candidates]): every task needs
//     the lead.
//   - delegation.task.silo (Warning, [Candidates]): only the lead knows a
//     task.
//   - delegation.task.unnamed (Error, [Candidates]): a task has no name.
//   - delegation.rank.empty (Error, [Rank]): no one but the lead to pick.
//   - delegation.rank.bottleneck (Warning, [Rank]): nobody but the lead
//     knows an urgent or high-impact task.
//   - delegation.rank.no_volunteer (Info, [Rank]): nobody is interested.
//   - delegation.rank.tie (Info, [Rank]): the top two score the same.
//   - delegation.pick.overloaded ([Rank]): the top pick is overloaded
//     (Error) or full (Warning).
//   - delegation.pick.uninterested (Warning, [Rank]): the top pick is not
//     interested.
//   - delegation.pick.workload_unknown (Info, [Rank]): the top pick's load
//     is unknown.
//   - delegation.pick.same_person (Warning, [Rank]): the top pick has had
//     more delegations than the team's median.
//   - delegation.style.invalid (Error, [Adjust], [CheckFollowUp]): the
//     delegation has no valid style.
//   - delegation.style.micromanaging (Warning, [Adjust]): Telling with a
//     person who has been on track and confident.
//   - delegation.style.abdicating (Warning, [Adjust]): Delegating while the
//     task is off track.
//   - delegation.checkin.invalid (Error, [Adjust]): a check-in without a
//     date or outcome, or with a confidence outside 1–10.
//   - delegation.checkin.overdue ([CheckFollowUp]): the last check-in is
//     further back than the style's interval (Warning), or three intervals
//     (Error).
//   - delegation.followup.missing (Warning, [CheckFollowUp]): the deadline
//     passed without a follow-up.
//   - delegation.start.missing (Error, [CheckFollowUp]): no start date.
//   - delegation.reflection.empty (Info, [Reflect]): no answers.
//   - delegation.reflection.unknown_question (Error, [Reflect]): an answer
//     to no question of the checklist.
//   - delegation.fear.micromanaging (Warning, [Reflect]): at least two of
//     the three micromanagement signals.
//
// # Defaults
//
// Every options struct's zero value means its defaults; the spec gives
// their order and direction but few numbers, so where it is silent the
// numbers are leadkit's own:
//
//   - [GoalOptions]: MaxChangePerMonth 1 (a measure may halve or double in a
//     month), MinCheckIns 2.
//   - [AssessOptions] and [AdjustOptions]: a 1–10 rating counts as High from
//     7; [AdjustOptions] moves a style after a streak of 2 check-ins.
//   - [FollowUpOptions]: check in every 1 (Telling), 3 (Selling), 7
//     (Participating) or 14 (Delegating) days, after the spec's "daily, per
//     milestone, as needed, occasional"; plan open-ended delegations 90 days
//     ahead.
//   - [RankOptions]: weights 4 (interest), 3 (knowledge), 3 (workload), 1
//     (working style), 1 (rotation), in the spec's order of the criteria.
//   - [ParseGoal] takes a sprint as two weeks and a one-on-one as weekly
//     unless the text says otherwise.
//
// # Performance
//
// ParseGoal plus CheckGoal on the worked example takes a few microseconds
// and allocates a few hundred bytes (BenchmarkParseAndCheckGoal; the target
// is at least 50,000 goals a second on one core). Goal texts are read up to
// 4 KiB.
package delegation
