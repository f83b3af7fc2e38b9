// Package leadkit holds the shared vocabulary of the leadkit library: the
// findings every check returns, the sentinel errors, record identifiers and
// the storage interface.
//
// leadkit turns the frameworks a software tech lead uses every week into pure,
// typed, testable domain models. Each domain package takes values and returns
// values; none of them performs I/O or reads the clock:
//
//   - planning: Eisenhower triage, the weekly plan and its review, the "never
//     say yes on the spot" rule, problem ownership, effort-value, composite
//     and RICE prioritization, debt reservation and risk registers.
//   - planning/project: project plans with workstreams, dependencies and
//     milestones; forecasts, slips and critical paths; status summaries.
//   - planning/stakeholder: stakeholder maps and communication plans.
//   - feedback: SBI checks, the principles of good feedback, feedback requests on
//     1–10 scales and anonymous feedback.
//   - feedback/oneonone: one-on-one series, agendas, shared and private notes,
//     action items and who may see what.
//   - delegation: what and whom to delegate, situational styles, SMARTT goals
//     (checked, or parsed from free text) and follow-up check-ins.
//   - growth: self versus others 1–10 assessments and their gaps, growth plans,
//     progress tracking, team learning needs and career reflection.
//   - architecture/c4: a C4 model with validation, views, implied relationships,
//     renderers (Structurizr DSL, Mermaid, C4-PlantUML, Graphviz DOT, JSON),
//     Structurizr DSL import and model diffs.
//   - architecture/adr: architecture decision records in the Nygard (adr-tools)
//     and MADR formats, their status transitions, and the decision log with
//     its checks.
//   - store: implementations of [Store] in memory and on database/sql (SQLite
//     and PostgreSQL); store/storetest is the conformance suite for any Store.
//
// The command cmd/leadkit is a thin front end over these packages; cmd/adr is
// a drop-in replacement for adr-tools' adr command. examples/ holds runnable
// programs, one per area.
//
// # Findings
//
// Every validator returns [Findings]. A [Finding] has a stable, dotted code
// (for example "sbi.behavior.judgement"), the input field it is about, a
// [Severity], a message a person can act on and an optional hint. Codes are
// API: each package documents its codes and never renames one, so that policy
// tests can rely on them:
//
//	findings := feedback.CheckSBI(sbi)
//	if findings.Has("sbi.impact.missing") { ... }
//	if err := findings.Err(); err != nil {
//		var verr *leadkit.ValidationError
//		errors.As(err, &verr) // verr.Findings holds every finding
//	}
//
// # Storage
//
// [Store] keeps versioned records with optimistic concurrency: every write
// names the version it expects to replace, a stale version fails with
// [ErrConflict], and every version ever written stays in the history until
// [Store.Purge] erases it.
package leadkit
