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
// # Reading tasks
//
// [ReadTasksCSV] and [ReadTasksJSON] read task lists; malformed input gives a
// [*leadkit.ParseError] with the line and column.
package planning
