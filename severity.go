package leadkit

import "github.com/leadkit/leadkit/internal/enum"

// Severity says how much a [Finding] matters. The zero value is unset and
// invalid: every finding carries one of [Info], [Warning] or [Error].
type Severity uint8

// The severities, from least to most serious. Their text forms are "info",
// "warning" and "error".
const (
	// Info notes good practice or a skipped feature; nothing needs to change.
	Info Severity = iota + 1
	// Warning marks something that is probably worth changing.
	Warning
	// Error marks input that breaks a rule; [Findings.Err] reports it.
	Error
)

var severityNames = enum.Names[Severity]{Type: "Severity", First: Info, Text: []string{"info", "warning", "error"}}

// Valid reports whether s is one of [Info], [Warning] or [Error].
func (s Severity) Valid() bool { return severityNames.Valid(s) }

// String returns "info", "warning" or "error", and "Severity(N)" for any
// other value.
func (s Severity) String() string { return severityNames.String(s) }

// MarshalText implements [encoding.TextMarshaler]. It refuses the unset and
// unknown severities so that they cannot be written out silently.
func (s Severity) MarshalText() ([]byte, error) { return severityNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts "info",
// "warning" and "error" in any letter case.
func (s *Severity) UnmarshalText(text []byte) error { return severityNames.Unmarshal(text, s) }
