// Package project models a project plan that notices delays: one owner,
// workstreams, concrete steps with estimates and dependencies, and
// milestones with target dates. It validates the plan, forecasts it from
// dated progress updates, and summarises its status for stakeholders.
//
//	findings := plan.Validate()                          // cycles, owners, impossible dates
//	f := plan.Forecast(updates, now, project.Options{})  // projected finishes, slips, overloads
//	for _, m := range f.Milestones { fmt.Println(m.Name, m.Status, m.SlipDays, m.CriticalPath) }
//	_ = f.Summary().WriteMarkdown(w)                     // on track / at risk / off track, with reasons
//
// # Forecast
//
// Time runs in working days, Monday to Friday (no holidays). Estimates,
// done and remaining work are person-days, and each step's owner is assumed
// to work on it full time, so a step of 3 person-days takes 3 working days.
// A step starts when its last dependency finishes, not before the forecast
// date or the plan's Start, and takes its remaining work: that of its latest
// update, else its estimate. This is the critical-path method without
// levelling people's load: when parallel steps share a person, the dates
// assume they can do both, and [Plan.Forecast] reports an [Overload] instead
// of hiding it. A milestone's projected finish is its latest step's; its
// critical path follows, from that step, the dependency that finished last,
// back to a step that could start at once. Slips are in calendar days.
//
// A milestone is [Done] when all its steps are finished, [OffTrack] when it
// is projected after its target, [AtRisk] when it is on time with less than
// [Options.Slack] working days to spare (default 2) or when a step on its
// critical path grew beyond its estimate, has a stale update (older than
// [Options.StaleAfter] days, default 7) or has an overloaded owner (more
// than [Options.WeekCapacity] person-days in a week, default 5), and
// [OnTrack] otherwise. The spec gives no numbers for these; the defaults are
// ours. Without steps or a target, or when a step is in a dependency
// cycle, the status is unknown (zero).
//
// Validate and Forecast run in time linear in steps + dependencies (+
// updates, + the weeks each step spans for the overload check). Target: a
// plan of 10,000 steps and 30,000 dependencies forecasts in under 100 ms.
//
// # Codes
//
// [Plan.Validate] reports, in plan order (Field names the part: "owner",
// "steps[3].depends_on", "milestones[0].target"):
//
//	code                              severity  when
//	project.owner.missing             error     the plan has no owner
//	project.owner.shared              warning   the owner names several people ("Ana and Ben", "PM/EM")
//	project.steps.missing             error     the plan has no steps
//	project.step.id.missing           error     a step has no ID
//	project.step.id.duplicate         error     a step repeats another's ID
//	project.step.title.missing        warning   a step has no title
//	project.step.title.vague          warning   a step's title names no concrete work ("implement feature", "misc", "work on …")
//	project.step.owner.missing        warning   a step has no owner
//	project.step.estimate.invalid     error     an estimate is not above 0 up to 10,000 person-days
//	project.step.stream.unknown       error     a step names a stream the plan does not have
//	project.step.stream.missing       warning   the plan has streams but a step names none
//	project.dependency.unknown        error     a step depends on an unknown step
//	project.dependency.cycle          error     steps depend on each other in a cycle; the message lists the cycle's steps
//	project.stream.id.missing         error     a stream has no ID
//	project.stream.id.duplicate       error     a stream repeats another's ID
//	project.stream.owner.missing      warning   a stream has no owner
//	project.milestones.missing        warning   the plan has steps but no milestones
//	project.milestone.id.missing      error     a milestone has no ID
//	project.milestone.id.duplicate    error     a milestone repeats another's ID
//	project.milestone.target.missing  warning   a milestone has no target date
//	project.milestone.steps.missing   warning   a milestone lists no steps
//	project.milestone.step.unknown    error     a milestone names an unknown step
//	project.milestone.infeasible      error     with a plan Start: the milestone is due before its steps can finish even if every estimate holds
//
// [Plan.Forecast] reports in [Forecast.Findings]:
//
//	code                           severity  when
//	project.update.step.unknown    error     an update names an unknown step (ignored)
//	project.update.invalid         error     an update has no date, or done or remaining work below 0, above 10,000 or NaN (ignored)
//	project.update.future          warning   an update is dated after the forecast date (still used)
//	project.update.stale           info      an unfinished step's latest update is older than StaleAfter days
//	project.person.overallocated   warning   a person has more than WeekCapacity person-days planned in a week, across steps and streams (one finding per person, at the first such week)
//	project.milestone.slip         warning   a milestone is projected after its target; the message names the critical path
//	project.milestone.at_risk      info      a milestone is at risk; the message gives the reasons
//	project.stream.slip            warning   a stream is projected to finish after its target
//
// # Reading plans and updates
//
// [ReadPlanJSON] reads a plan, [ReadUpdatesCSV] and [ReadUpdatesJSON]
// progress updates; malformed input gives a [*leadkit.ParseError] with the
// line and column.
package project
