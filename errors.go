package leadkit

import "errors"

// Sentinel errors. Functions across leadkit wrap them with %w, so callers
// test for them with [errors.Is].
var (
	// ErrNotFound reports that a record does not exist or has been deleted.
	ErrNotFound = errors.New("leadkit: not found")
	// ErrConflict reports a write that named a stale version, or a create of
	// something that already exists.
	ErrConflict = errors.New("leadkit: conflict")
	// ErrInvalid reports input that breaks a rule. A [*ValidationError]
	// matches it.
	ErrInvalid = errors.New("leadkit: invalid input")
)
