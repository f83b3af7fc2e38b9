package leadkit

import (
	"strconv"
	"strings"
)

// ParseError reports input that could not be read: a CSV or JSON file, a
// decision record, a goal text. Line and Col are 1-based; zero means unknown.
// A ParseError matches [ErrInvalid] with [errors.Is] and unwraps to its cause.
type ParseError struct {
	// Source names the input, such as a file name; it may be empty.
	Source string
	// Line is the 1-based line of the problem, or 0 when unknown.
	Line int
	// Col is the 1-based column (in bytes) of the problem, or 0 when unknown.
	Col int
	// Msg says what is wrong, in words a person can act on.
	Msg string
	// Err is the underlying error, if any.
	Err error
}

// Error formats the error as "source:line:col: msg".
func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Source != "" {
		b.WriteString(e.Source)
		b.WriteByte(':')
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteByte(':')
		if e.Col > 0 {
			b.WriteString(strconv.Itoa(e.Col))
			b.WriteByte(':')
		}
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(e.Msg)
	if e.Err != nil && e.Msg == "" {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is [ErrInvalid]: every parse error is invalid
// input.
func (e *ParseError) Is(target error) bool { return target == ErrInvalid }
