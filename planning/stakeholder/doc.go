// Package stakeholder models a tech lead's stakeholders map and the
// communication that keeps it healthy: who each person is, where they fall
// on the map (influence against commitment), how they like to hear news
// (their DISC style and preferred channel), what they care about, how often
// they should hear from the team and when they last did.
//
//	findings := m.Check(now)                         // owners, cadences, overdue updates, ill-suited messages
//	summary := forecast.Summary()                    // from package project
//	plan := m.Communications(summary, now)           // who hears what, when, and in which form
//	for _, c := range plan.Entries { fmt.Println(c.When, c.To, c.Form.Channel, c.What[0]) }
//
// # The map
//
// [Person.Category] places a person in one of four categories, each with its
// [Engagement]: a high-influence detractor is managed closely, a
// high-influence supporter (a champion) kept engaged, a low-influence
// detractor monitored, a low-influence supporter kept in the loop. A neutral
// person has no category; the communication plan treats them by influence.
// Key stakeholders are those with high influence.
//
// A message's [Form] (channel, length, detail, order) suits a person when it
// uses their preferred channel, if they have one, and fits their DISC style
// as the spec describes it: dominance wants it short, high-level and results
// first; influence wants a conversation (one-on-one, meeting, call or demo)
// that is not long or detailed; steadiness wants context before the news;
// conscientiousness wants detail and time to process (no chat or call).
// [Suited] returns the form that fits a person.
//
// # Communication plan
//
// [Map.Communications] derives who hears what about a project, when, from
// the map and a [project.Summary]. Everyone hears the headline; key people
// hear every milestone with its reasons (all of them when they like detail,
// else the first), and the help needed; others hear of milestones off track
// or done. When the project is at risk or off track, key people hear it at
// once, so that the risk is visible early; otherwise each person is due
// after their cadence, or [DefaultCadenceDays] by engagement (7, 14 or 30
// days; ours, from the spec's fortnightly-or-monthly one-on-ones).
//
// # Codes
//
// [Map.Check] reports, per person and then for the map and the planned
// messages (Field names the part: "people[2].owner", "planned[0].channel"):
//
//	code                                    severity  when
//	stakeholder.name.missing                error     a person has no name
//	stakeholder.name.duplicate              warning   a name appears twice (ignoring case and spacing)
//	stakeholder.owner.missing               warning   a key person has nobody on the team tending the relationship
//	stakeholder.cadence.missing             warning   a key person has no agreed cadence of updates
//	stakeholder.cadence.invalid             error     a cadence is negative
//	stakeholder.update.overdue              warning   the last contact is older than the cadence, or there was none
//	stakeholder.detractor.stale             warning   a high-influence detractor had no contact in DetractorStaleDays (default 14, the spec's two-week turnaround) and is not already overdue
//	stakeholder.category.unknown            info      influence or commitment is unset, so the person cannot be placed
//	stakeholder.cares.missing               info      nothing is recorded about what the person cares about
//	stakeholder.style.friction              info      a key person's style is opposite the lead's (D–S, I–C)
//	stakeholder.pm.missing                  info      the map has no product manager or product owner
//	stakeholder.informal.missing            info      the map has only people with formal roles
//	stakeholder.supporters.only             info      everyone placed is a supporter: a blind spot
//	stakeholder.message.recipient.unknown   error     a planned message is for someone not on the map
//	stakeholder.message.channel             warning   its channel is not the person's preferred one, or does not suit their style
//	stakeholder.message.length              warning   its length does not suit the person's style
//	stakeholder.message.detail              warning   its level of detail does not suit the person's style
//	stakeholder.message.order               warning   it leads with results or context against the person's style
//
// [ReadMapJSON] reads a map; malformed input gives a [*leadkit.ParseError]
// with the line and column.
package stakeholder
