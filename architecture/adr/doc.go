// Package adr models architecture decision records: the records themselves
// in Michael Nygard's format (as adr-tools writes them) and in MADR, their
// statuses and typed links, and a log of records that numbers, links,
// supersedes, lists and checks them.
//
//	log, err := adr.ReadLog(os.DirFS("doc/adr"), adr.Options{})
//	rec, _ := log.Add(adr.Record{Title: "Use PostgreSQL", Statuses: []adr.StatusEntry{{Status: adr.Accepted}}}, now)
//	err = log.Supersede(2, rec.Number, now) // both records change
//	err = log.Save(adr.DirWriter("doc/adr"))
//	findings := log.Check()
//
// # Records and formats
//
// [Parse] reads either format ([ParseNygard] and [ParseMADR] force one),
// [Render] writes a [Record] back in its format. A record adr-tools wrote
// comes back byte for byte; a MADR record comes back as an equal record.
// Sections neither format defines, and front matter MADR does not define,
// are kept in [Record.Sections] and [Record.Meta]. Parse errors are
// [*leadkit.ParseError]s with the line; records over [MaxRecordSize] are
// refused.
//
// # Statuses and links
//
// A [Status] is Proposed, Accepted, Rejected, Deprecated, Superseded or
// Custom (any other words, kept verbatim in [StatusEntry.Text]). The typed
// API follows a transition table ([CanTransition]): Proposed → Accepted or
// Rejected; Accepted → Deprecated or Superseded; Deprecated → Superseded;
// Rejected and Superseded are final; a custom status may move to any known
// one. [Log.SetStatus] and [Log.Supersede] refuse other changes with a
// [*TransitionError] naming both states. (cmd/adr keeps adr-tools'
// permissive behaviour instead.)
//
// A [Link] has a [LinkKind] (Supersedes, SupersededBy, Amends, AmendedBy,
// Extends, ExtendedBy, or Related for other words) and its words as
// written; [LinkKind.Reverse] gives the kind its target states back. Both
// "Superseded" and adr-tools' "Superceded" are read.
//
// # The log
//
// [ReadLog] reads every "NNNN-title.md" file at the top of an [fs.FS].
// [Log.Add] numbers a record one past the highest and names its file as
// adr-tools does ([FileName], with [Slug] keeping letters of any script).
// Changes are written through the one-method [FileWriter] by [Log.Save].
// [Log.TOC] and [Log.Graph] write adr-tools' Markdown table of contents and
// Graphviz graph.
//
// # Defaults
//
// The zero [Options] write new records in the Nygard format (adr-tools'
// default) and allow no custom status. [Log.Add] gives a record without a
// status the status Proposed (Nygard's first state; adr-tools writes
// Accepted) and today's date from the caller's clock. [GraphOptions] links
// nodes to ".html" files unless told otherwise, as adr-tools does.
//
// # Check codes
//
// [Log.Check] returns these findings; the Field is the record's file name
// (with the link or status index where one is meant), or the number for
// findings about the log as a whole.
//
//	code                             severity  meaning
//	adr.number.duplicate             Error     two records have the same number
//	adr.number.mismatch              Warning   the heading's number is not the file name's
//	adr.number.gap                   Warning   numbers are missing from the sequence (a log may start at 0 or 1)
//	adr.title.missing                Error     the record has no title
//	adr.title.mismatch               Warning   the file name's slug is not the title's (compared ignoring case)
//	adr.status.missing               Warning   the record states no status
//	adr.status.custom                Warning   a status outside the known set and Options.AllowedStatuses
//	adr.status.transition            Warning   the status history takes a step the table does not allow
//	adr.supersede.successor_missing  Error     a superseded record does not say which record replaces it
//	adr.supersede.reverse_missing    Error     one side of a supersede pair lacks the link back
//	adr.supersede.cycle              Error     records supersede each other in a loop
//	adr.link.dangling                Error     a link points to a record not in the log
//	adr.link.self                    Warning   a record links to itself
//	adr.link.reverse_missing         Warning   a linked record has no link back (amends, extends, other words)
//	adr.date.format                  Warning   the date is not YYYY-MM-DD
//
// # Speed
//
// Reading and checking are linear in the size of the log: BenchmarkLog reads
// and checks 10,000 records, with a target of under a second.
package adr
