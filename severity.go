package leadkit

import (
	"fmt"
	"strconv"
	"strings"
)

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

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

// Valid reports whether s is one of [Info], [Warning] or [Error].
func (s Severity) Valid() bool { return s >= Info && s <= Error }

// String returns "info", "warning" or "error", and "Severity(N)" for any
// other value.
func (s Severity) String() string {
	if s.Valid() {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements [encoding.TextMarshaler]. It refuses the unset and
// unknown severities so that they cannot be written out silently.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("leadkit: cannot marshal invalid severity %d", uint8(s))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts "info",
// "warning" and "error" in any letter case.
func (s *Severity) UnmarshalText(text []byte) error {
	for v := Info; v <= Error; v++ {
		if strings.EqualFold(string(text), severityNames[v]) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("leadkit: unknown severity %q (want info, warning or error)", text)
}
