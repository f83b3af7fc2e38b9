package leadkit

import (
	"regexp"
	"strconv"
	"strings"
)

// Finding is one observation a check makes about its input.
type Finding struct {
	// Code identifies the rule, dotted and lower-case, such as
	// "sbi.behavior.judgement". Codes are API: they never change meaning.
	Code string `json:"code"`
	// Field names the part of the input the finding is about, such as
	// "behavior" or "tasks[3].due". It is empty when the finding is about the
	// input as a whole.
	Field string `json:"field,omitempty"`
	// Severity says how much the finding matters.
	Severity Severity `json:"severity"`
	// Message is one plain sentence a person can act on; it quotes the words
	// or values that triggered the finding.
	Message string `json:"message"`
	// Hint, when present, says what to do instead.
	Hint string `json:"hint,omitempty"`
}

// String formats f on one line as "severity code (field): message".
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Severity.String())
	b.WriteByte(' ')
	b.WriteString(f.Code)
	if f.Field != "" {
		b.WriteString(" (")
		b.WriteString(f.Field)
		b.WriteByte(')')
	}
	b.WriteString(": ")
	b.WriteString(f.Message)
	return b.String()
}

var codePattern = regexp.MustCompile(`^[a-z0-9_]+(\.[a-z0-9_]+)+$`)

// ValidCode reports whether code has the form every finding code must have:
// two or more dot-separated parts of lower-case letters, digits and
// underscores, such as "c4.relationship.dangling".
func ValidCode(code string) bool { return codePattern.MatchString(code) }

// Findings is the result of a check. A nil or empty Findings means the check
// found nothing to report. Checks return findings in a deterministic order:
// the same input gives the same findings in the same order.
type Findings []Finding

// Has reports whether a finding with the given code is present, at any
// severity.
func (fs Findings) Has(code string) bool {
	for _, f := range fs {
		if f.Code == code {
			return true
		}
	}
	return false
}

// Errors returns the findings at [Error] severity, in order. It returns nil
// when there are none.
func (fs Findings) Errors() Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity == Error {
			out = append(out, f)
		}
	}
	return out
}

// Max returns the highest severity among the findings, or zero when fs is
// empty.
func (fs Findings) Max() Severity {
	var m Severity
	for _, f := range fs {
		m = max(m, f.Severity)
	}
	return m
}

// Err returns nil when no finding is at [Error] severity. Otherwise it returns
// a [*ValidationError] holding all the findings, which matches [ErrInvalid].
func (fs Findings) Err() error {
	for _, f := range fs {
		if f.Severity == Error {
			return &ValidationError{Findings: fs}
		}
	}
	return nil
}

// ValidationError is the error [Findings.Err] returns. It matches
// [ErrInvalid] with [errors.Is]; reach the findings with [errors.As].
type ValidationError struct {
	// Findings holds every finding of the check, not only the errors.
	Findings Findings
}

// Error counts the Error-severity findings and then lists every finding.
func (e *ValidationError) Error() string {
	var b strings.Builder
	n := len(e.Findings.Errors())
	b.WriteString("leadkit: invalid input: ")
	b.WriteString(strconv.Itoa(n))
	if n == 1 {
		b.WriteString(" error")
	} else {
		b.WriteString(" errors")
	}
	for i, f := range e.Findings {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(f.String())
	}
	return b.String()
}

// Unwrap returns [ErrInvalid], so that errors.Is(err, ErrInvalid) holds.
func (e *ValidationError) Unwrap() error { return ErrInvalid }
