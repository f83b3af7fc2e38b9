// Package growth models how a tech lead grows into the role: comparing a
// 1–10 self-assessment with what others see, and following the gaps across
// assessment rounds.
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
// [ReadAssessmentsCSV] and [ReadAssessmentsJSON] read assessments;
// [Split] sorts them into a round; [Report.WriteText] and
// [Report.WriteMarkdown] render a report.
//
// # Defaults
//
// The zero [Options] means:
//
//   - gap = others' mean − self score;
//   - blind spot when the gap is −2 or lower, hidden strength when +2 or
//     higher (the spec's 2-point surprise threshold on the 1–10 scale);
//   - contested when others' ratings span 4 points or more;
//   - at least 2 other raters per skill before a gap is shown;
//   - focus: at most 2 skills (the spec's one or two focused goals per
//     quarter); a skill is low-rated when others' mean is 5 or lower;
//   - trends: a change in others' mean of 1 point or more between the first
//     and the last round is improving or declining, less is flat.
//
// # Findings
//
// Checks report [leadkit.Findings] with these codes:
//
//	code                         severity  meaning
//	growth.rating.out_of_range   error     a score outside 1–10; the rating is left out
//	growth.skill.unknown         error     a rating names a skill that is not in the catalog; left out
//	growth.rating.duplicate      warning   one assessment rates a skill twice; the first counts
//	growth.rater.duplicate       warning   a rater gave several assessments; per skill the latest counts
//	growth.rater.is_self         warning   the subject is among the other raters; left out
//	growth.subject.mismatch      error     an assessment of someone else among the others; left out
//	growth.self.not_self         warning   the self-assessment was given by someone else
//	growth.self.missing          warning   others rated a skill the self-assessment does not (or no self-ratings at all)
//	growth.ratings.too_few       info      a skill has fewer other raters than the minimum; no gap is shown
//	growth.key_skill.unknown     warning   a key skill is not in the catalog
//	growth.key_skill.unrated     info      nobody rated a key skill
//	growth.options.invalid       error     an option is out of range; its default is used
//	growth.catalog.id_missing    error     a catalog skill has no ID (from NewCatalog)
//	growth.catalog.duplicate     error     two catalog skills share an ID or a name (from NewCatalog)
//	growth.trend.rounds_too_few  info      fewer than two rounds to follow
//	growth.trend.round_undated   warning   a round has no date, so its place in time is a guess
//
// # Performance
//
// [Compare] is linear in the number of ratings; for 200 skills and 50
// raters it takes well under a millisecond (BenchmarkCompare).
package growth
