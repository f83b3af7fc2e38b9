// Package growth models how a tech lead grows into the role: comparing a
// 1–10 self-assessment with what others see, turning the gaps into a growth
// plan, tracking it, reading a team's learning needs, avoiding learning
// traps, and reflecting on the next career step.
//
//	report := growth.Compare(self, others, growth.Options{KeySkills: []string{"delegating"}})
//	for _, row := range report.Rows {
//		fmt.Println(row.Skill.Name, row.Class) // "Delegating blind_spot"
//	}
//	fmt.Println(report.Surprises, report.Focus)
//
// # Assessments and gaps
//
// A [Catalog] lists the skills to rate; [DefaultCatalog] holds the spec's
// tech-lead skills in three areas: the seven stages of the delivery
// lifecycle, the seven soft skills, and bridging tech and business. An
// [Assessment] is one rater's 1–10 [Rating] per skill of one subject.
// [Compare] sets the self-assessment beside the others and classifies each
// skill ([Class]): a blind spot when you rate yourself clearly higher than
// others do, a hidden strength when they rate you clearly higher, aligned
// in between; a skill is flagged contested when others disagree among
// themselves. Gaps are computed exactly from integer sums, so a mean of
// exactly 2 below your own score is a blind spot. A skill with too few
// other raters is "not enough ratings" and shows no figure at all, so that
// no single rater's score can be read off. The report ranks the surprises
// and suggests focus skills. [Trends] follows the skills across dated
// [Round]s: the direction of others' view and whether blind spots close.
//
// [ReadAssessmentsCSV] and [ReadAssessmentsJSON] read assessments,
// [WriteAssessmentsCSV] writes them; [Split] sorts them into a round;
// [Report.WriteText] and [Report.WriteMarkdown] render a report.
//
// # Growth plan and tracking
//
// A [Plan] has the spec's five parts: a goal (a [delegation.Goal]), steps
// with milestones, a timeline, a support network, and opportunities and
// resources. [CheckPlan] checks the goal with [delegation.CheckGoal] and
// the rest of the plan itself. [NewTracker] turns the plan's steps into a
// [Tracker] of dated entries; [Tracker.Review] says which steps are on
// track, stalled, overdue or done, and suggests adjusting the plan when
// most steps slip.
//
// # Learning and career
//
// [LearningNeeds] reads a team's skills [Matrix] against the skills the
// coming work needs: single points of knowledge, needed skills nobody has,
// and upskilling pairings of a strong person with one who wants to grow.
// [TrapChecklist] lists the six learning traps; [DetectTraps] and
// [CheckLearning] find them in [LearningGoal]s. [ReflectionPrompts] are the
// career reflection questions; [CheckReflection] says what a [Reflection]
// still lacks and [NextPlan] turns it into the draft of a new growth plan.
//
// # Defaults
//
// The zero [Options] means (spec: "Assessing your starting point" and
// "Growth mindset"):
//
//   - gap = others' mean − self score;
//   - blind spot when the gap is −2 or lower, hidden strength when +2 or
//     higher (the spec's 2-point surprise threshold on the 1–10 scale);
//   - contested when others' ratings span 4 points or more;
//   - at least 2 other raters per skill before a gap is shown;
//   - focus: at most 2 skills (the spec's one or two focused goals per
//     quarter); a skill is low-rated when others' mean is 5 or lower, the
//     lower half of the scale;
//   - trends: a change in others' mean of 1 point or more between the first
//     and the last round is improving or declining, less is flat.
//
// A [Tracker] calls a step stalled after 2 weeks without an entry
// ([DefaultStallWeeks], the middle of the spec's weekly, biweekly or
// monthly rhythms) and suggests adjusting the plan when more than half of
// the steps are stalled or overdue. The zero [TeamOptions] means a working
// level of 7, a mentor level of 8 and at most 2 learners per mentor (the
// spec gives no numbers; these are ours). More than [MaxLearningGoals] (2)
// learning goals at once count as too many (spec: choose one or two
// priorities).
//
// # Findings
//
// Checks report [leadkit.Findings] with these codes:
//
//	code                                      severity  meaning
//	growth.rating.out_of_range                error     a score outside 1–10; the rating is left out
//	growth.skill.unknown                      error     a rating names a skill that is not in the catalog; left out
//	growth.rating.duplicate                   warning   a skill rated twice by one rater; the first counts
//	growth.rater.duplicate                    warning   a rater gave several assessments; per skill the latest counts
//	growth.rater.is_self                      warning   the subject is among the other raters; left out
//	growth.subject.mismatch                   error     an assessment of someone else among the others; left out
//	growth.self.not_self                      warning   the self-assessment was given by someone else
//	growth.self.missing                       warning   others rated a skill the self-assessment does not (or no self-ratings at all)
//	growth.ratings.too_few                    info      a skill has fewer other raters than the minimum; no gap is shown
//	growth.key_skill.unknown                  warning   a key skill is not in the catalog
//	growth.key_skill.unrated                  info      nobody rated a key skill
//	growth.options.invalid                    error     an option is out of range; its default is used
//	growth.catalog.id_missing                 error     a catalog skill has no ID (from NewCatalog)
//	growth.catalog.duplicate                  error     two catalog skills share an ID or a name (from NewCatalog)
//	growth.trend.rounds_too_few               info      fewer than two rounds to follow
//	growth.trend.round_undated                warning   a round has no date, so its place in time is a guess
//	smartt.*                                  (varies)  the plan's goal fails a SMARTT criterion (delegation.CheckGoal), field under "goal."
//	growth.plan.steps_missing                 error     the plan has no steps
//	growth.plan.step.untitled                 error     a step has no title
//	growth.plan.step.undated                  warning   a step has neither a due date nor a dated milestone
//	growth.plan.milestone.after_end           error     a step or milestone is due after the plan's end
//	growth.plan.milestone.before_start        warning   a step or milestone is due before the plan's start
//	growth.plan.milestone.after_step          warning   a milestone is due after its own step
//	growth.plan.step.dependency_unsupported   warning   a step relies on someone outside the support network
//	growth.plan.timeline.missing              warning   the plan has no end date
//	growth.plan.timeline.reversed             error     the plan ends before it starts
//	growth.plan.support.missing               warning   no one is in the support network
//	growth.plan.supporter.unnamed             warning   a supporter has no name
//	growth.plan.opportunities.missing         warning   no opportunities or resources
//	growth.tracker.steps_missing              error     the tracker has no steps
//	growth.tracker.stall_weeks.invalid        error     StallWeeks is negative; the default is used
//	growth.tracker.step.undated               warning   a tracked step has no due date
//	growth.tracker.entry.undated              warning   an entry has no date; not counted
//	growth.tracker.entry.future               warning   an entry is dated after the review; not counted
//	growth.tracker.step.overdue               warning   a step is past its due day and not done
//	growth.tracker.step.blocked               warning   a step's latest entry says blocked
//	growth.tracker.step.stalled               warning   no entry on a step for StallWeeks weeks
//	growth.tracker.start_missing              warning   steps without entries and no start date: stalling cannot be judged
//	growth.tracker.lapsed                     warning   nothing tracked on any step for StallWeeks weeks
//	growth.tracker.adjust                     warning   most steps have slipped: adjust the plan
//	growth.team.member.unnamed                warning   a matrix row has no name; left out
//	growth.team.member.duplicate              warning   a person appears twice in the matrix; the first counts
//	growth.team.skill.blank                   warning   a rating, a needed skill or a wish without a skill name
//	growth.team.single_point                  warning   only one person has a skill at a working level
//	growth.team.skill_missing                 warning   the coming work needs a skill nobody has at a working level
//	growth.team.no_mentor                     info      someone wants to grow in a skill nobody can mentor
//	growth.trap.no_time                       warning   no learning time set aside
//	growth.trap.consuming_only                warning   no place to apply the learning
//	growth.trap.isolation                     warning   learning not linked to the team's or product's needs
//	growth.trap.too_big                       warning   a goal aimed at everyone or perfection, or more than two goals at once
//	growth.trap.no_reflection                 warning   no feedback or reflection recorded
//	growth.trap.no_accountability             warning   no accountability partner or check-ins
//	growth.reflection.prompt_unknown          error     an answer to a prompt that does not exist
//	growth.reflection.unanswered              info      a reflection prompt has no answer
//	growth.reflection.drain.cause_missing     warning   a drain without a cause (skill gap or misfit)
//	growth.reflection.stories_too_few         warning   fewer than three growth stories
//	growth.reflection.aim_missing             warning   no next step named
//
// # Performance
//
// [Compare] is linear in the number of ratings: 200 skills rated by 50
// raters take about 0.4 ms (target: under 1 ms; BenchmarkCompare).
// [LearningNeeds] over 1,000 people × 200 skills takes about 10 ms
// (target: under 50 ms; BenchmarkLearningNeeds).
package growth
