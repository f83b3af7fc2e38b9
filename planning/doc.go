// Package planning models how a tech lead decides what to work on: the
// Eisenhower matrix, the weekly plan and its review, the "never say yes on
// the spot" rule and problem ownership, plus the prioritization and project
// control frameworks (effort-value, composite and RICE scoring, risk
// registers, project plans and stakeholder maps).
//
//	m := planning.Triage(tasks)                        // each task in its quadrant
//	findings := m.Diagnose(planning.DiagnoseOptions{}) // firefighting? avoidance?
//	plan := planning.PlanWeek(tasks, planning.Capacity{}, now)
//	eval := planning.Evaluate(plan, newRequest)        // what would it displace?
//	review := planning.ReviewWeek(plan, doneIDs, planning.ReviewOptions{})
//
// Every function takes values, including the current time, and returns
// values; nothing reads the clock or does I/O except the readers, which take
// an io.Reader.
//
// # Eisenhower matrix
//
// [Classify] puts a [Task] in one of four quadrants from its Important and
// Urgent flags: [Do] (Q1, important and urgent), [Schedule] (Q2, important),
// [Delegate] (Q3, urgent) and [Eliminate] (Q4, neither). [Triage] builds the
// [Matrix], keeping input order within each quadrant.
//
// [Matrix.Diagnose] reports the imbalances of the spec's step 2. Shares count
// tasks, and the balance rules judge only lists of at least
// [DiagnoseOptions.MinTasks] tasks:
//
//	code                             severity  when
//	eisenhower.empty                 info      the list is empty
//	eisenhower.only_top_quadrants    warning   Delegate and Eliminate are both empty ("everything is important": the urgency effect)
//	eisenhower.firefighting          warning   Do holds more than FirefightingShare (default 0.5) of the tasks
//	eisenhower.schedule_neglected    warning   Schedule is empty: planning and long-term work are starved
//	eisenhower.distraction           warning   Delegate holds more than DistractionShare (default 0.3): delegate them
//	eisenhower.avoidance             warning   Eliminate holds more than AvoidanceShare (default 0.25): possible procrastination
//	eisenhower.quadrant_empty        info      a quadrant is empty and no finding above explains it (Field: the quadrant)
//	eisenhower.estimate_missing      info      Do or Schedule tasks have no estimate
//
// # Weekly plan, requests and review
//
// [PlanWeek] places Do, then Schedule work into the working hours of the
// seven days from now, keeping breaks, booked meetings and a buffer for
// unplanned work free. [Capacity]'s zero value means Monday to Friday, 09:00
// to 17:00, lunch from 12:00 to 13:00 and a buffer of a fifth of each day's
// free time (the spec: always include breaks and buffer). Per-task findings
// name the task as Field "tasks[i]", its index in the input:
//
//	code                       severity  when
//	weekplan.capacity.invalid  error     the day ends before it starts, or the buffer share is not in (0, 1)
//	weekplan.no_breaks         warning   Capacity.NoBreaks is set
//	weekplan.no_buffer         warning   Capacity.NoBuffer is set
//	weekplan.estimate_missing  warning   a Do or Schedule task has no estimate and cannot be placed
//	weekplan.late              warning   a task is placed to finish after its due date
//	weekplan.overcommitted     warning   the Do and Schedule work needs more time than the week has
//	weekplan.overflow          warning   this task did not fit: remove or delegate it
//	weekplan.overdue           warning   the task was due before the plan starts
//	weekplan.delegate          info      a Delegate task: hand it off rather than plan it
//	weekplan.eliminate         info      an Eliminate task: drop it
//
// [Evaluate] applies the "never say yes on the spot" rule to a new request:
// does it fit in the free time, and if not, which lower-priority planned work
// would it displace ([Fits], [Trade], [Redirect], [Decline], [Clarify]).
//
// [ReviewWeek] compares the plan with the tasks done. The spec's guidance is
// that about half of the plan done is a solid start:
//
//	code                       severity  when
//	weekreview.nothing_planned info      the plan scheduled no task
//	weekreview.low             warning   the done ratio is below LowRatio (default 0.35)
//	weekreview.solid           info      the done ratio is between LowRatio and HighRatio
//	weekreview.all_done        info      the done ratio is above HighRatio (default 0.9): was the plan too small?
//	weekreview.unplanned       info      some done tasks were not in the plan
//
// [ReviewQuestions] lists the spec's end-of-week questions.
//
// # Problem ownership
//
// [ClassifyOwnership] says whether a kind of problem is clearly the lead's
// ([Mine]), clearly the team member's ([Theirs]) or a [Gray] area, and
// [Respond] suggests the next step from a few typed facts: take it, coach,
// listen, refer, ask for the deadline, or ask for direct feedback first.
//
// # Effort-value matrix and priority scores
//
// [EffortValue] places each [Item] in the effort-value matrix by its 1–5
// Value and Effort scores: [QuickWin] (high value, low effort), [MajorProject]
// (high value, high effort), [FillIn] (low value, low effort) and [MoneyPit]
// (low value, high effort). The boundary is [Midpoint], 3: a score at or
// above it is high on either axis, so an item scored 3 and 3 is a major
// project and only effort 1 or 2 makes a quick win. The ranking runs quick
// wins, major projects, fill-ins, money pits; within a quadrant higher
// value first, then lower effort, then input order.
//
// [Rank] ranks with any [Scorer], so a portal can switch scorers:
// [Composite] is the weighted mean of value, effort inverted (6 − effort),
// risk, frequency and alignment, with equal weights by default (the spec's
// composite score names no preference); [RICE] is reach × impact ×
// confidence ÷ effort. Each [Score] carries its terms, and [Ranked.Explain]
// says why an item ranks where it does. [Reserve] keeps a share of a
// sprint's capacity for the ranked items, by default 20% (the spec's 80/20
// rule), and reports what did not fit. [CheckItems] reviews the list itself.
//
//	wall, _ := planning.ReadItemsCSV(f)
//	ranked, findings := planning.Rank(wall, planning.Composite{})
//	res, _ := planning.Reserve(ranked, 40, planning.ReserveOptions{}) // 8 of 40 points
//
// Findings name the item as Field "items[i]", its index in the input. A
// score of 0 means "not scored":
//
//	code                       severity  when
//	priority.score.missing     error     a 1–5 score the scorer needs is 0 (for RICE: effort, which it divides by)
//	priority.score.range       error     a 1–5 score is outside 1–5, or a custom scorer returned NaN or an infinity
//	priority.reach.invalid     error     RICE reach is not above 0 up to 10¹², or is NaN
//	priority.impact.invalid    error     RICE impact is not above 0 up to 5 (the scale is 0.25 to 3), or is NaN
//	priority.confidence.range  error     RICE confidence is not above 0 up to 1, or is NaN ("write 80% as 0.8")
//	priority.weights.invalid   error     a composite weight is negative, NaN, infinite or above a million (Field: weights.NAME)
//	priority.title.missing     warning   CheckItems: an item has no title
//	priority.id.duplicate      warning   CheckItems: an item repeats an earlier item's ID
//	reserve.capacity.invalid   error     the sprint capacity is not a number above 0
//	reserve.ratio.invalid      error     the reserve ratio is not above 0 up to 1
//	reserve.estimate.missing   warning   a ranked item has no estimate, so it was deferred
//
// Performance targets (see the benchmarks): ranking 100,000 items, by the
// matrix or by a scorer, takes under 50 ms; [EffortValue] is linear.
//
// # Risk register
//
// A [Risk] has a probability and an impact on 1–5, an owner, a [Treatment]
// ([Mitigate], [Avoid], [Accept], [Transfer]), actions, a review date and a
// [RiskStatus]. Its exposure is probability × impact, graded by [RiskBands]
// into [RiskLow] (1–4), [RiskMedium] (5–9), [RiskHigh] (10–16) and
// [RiskCritical] (20–25) by default; the spec gives no numbers, these are the
// conventional bands of a 5×5 grid. [Register.HeatMap] is that grid as data,
// and [Register.Prioritized] lists the live risks by exposure.
// [Register.Check] reviews the live risks (closed ones and those that became
// issues are only checked for repeats):
//
//	code                        severity  when
//	risk.title.missing          error     a risk has no title
//	risk.probability.invalid    error     the probability is outside 1–5
//	risk.impact.invalid         error     the impact is outside 1–5
//	risk.owner.missing          error     a high or critical risk has no owner
//	risk.treatment.missing      error     a high or critical risk has no treatment
//	risk.actions.missing        error     a high or critical risk to mitigate, avoid or transfer has no actions
//	risk.accept.reason_missing  error     a critical risk is accepted with no reason
//	risk.review.missing         warning   an accepted risk has no review date
//	risk.review.overdue         warning   the review date is before now's date
//	risk.title.duplicate        warning   a risk repeats an earlier title (ignoring case and spacing)
//	risk.id.duplicate           warning   a risk repeats an earlier ID
//	risk.bands.invalid          error     the register's bands do not rise within 2–25 (Field: bands)
//
// # Project plans and stakeholders
//
// Two sub-packages hold the larger ideas: [github.com/leadkit/leadkit/planning/project]
// validates project plans (owner, streams, steps, dependencies, milestones),
// forecasts them from progress updates (projected finishes, slips, critical
// paths, overloaded people) and summarises their status for stakeholders;
// [github.com/leadkit/leadkit/planning/stakeholder] checks a stakeholders
// map and derives a communication plan from it and a project's status.
//
// # Reading tasks, items and risks
//
// [ReadTasksCSV] and [ReadTasksJSON] read task lists, [ReadItemsCSV] and
// [ReadItemsJSON] prioritization items, [ReadRisksCSV] and [ReadRisksJSON]
// risk registers; malformed input gives a [*leadkit.ParseError] with the line
// and column.
package planning
