// Package oneonone models recurring one-on-ones between a tech lead and a
// team member: the series and its cadence, an agenda that either side feeds
// and that carries uncovered items over, shared notes and action items,
// private notes kept apart, the coach / delegate / refer decision for a
// problem raised, and the privacy policy that decides who sees what.
//
//	s, _ := oneonone.NewSeries("lead", "sam", oneonone.Biweekly, firstMeeting)
//	s.Raise(oneonone.Member, "Feedback on my RFC", now)
//	next := s.Next(now)            // the next meeting, in Start's time zone
//	agenda := s.Agenda(now)        // carry-overs, overdue actions, new items
//	oneonone.Visible("sam", note.Record(s)) // only the author reads a private note
//
// # Privacy
//
// A [Series] holds only shared content. Private notes are a separate type,
// [PrivateNote], so that a series can be exported, stored or shown to a
// manager without carrying them. [Visible] is the whole policy, as a pure
// function: participants see the shared record; their managers see the
// shared record only; a private note is seen by its author alone; nobody
// else sees anything. [ViewFor] applies it to build what one person may see.
//
// # Codes
//
// [Check] reports:
//
//	code                                severity  meaning
//	oneonone.participants.missing       error     no lead or no member
//	oneonone.participants.same          error     lead and member are one person
//	oneonone.cadence.missing            error     no weekly, biweekly or monthly cadence
//	oneonone.start.missing              error     no first meeting
//	oneonone.length.too_short           warning   meetings shorter than 30 minutes
//	oneonone.agenda.lead_driven         warning   the lead raised most of the last six items
//	oneonone.cancellations.frequent     warning   one side cancelled 2 of the last 4 meetings
//	oneonone.action.overdue             warning   an open action item is past its due date
//	oneonone.item.stale                 warning   an item was passed over in 3 or more meetings
//
// # Defaults
//
// From the spec: every two weeks for 30 minutes is the recommended default
// ([DefaultLength] is also the floor); a cancellation pattern is "2 of the
// last 4". The stale-item threshold (3 meetings) is ours.
package oneonone
