package c4

import "github.com/leadkit/leadkit"

// ParseError reports DSL input that could not be read, with the file
// (Source), the 1-based physical Line and byte column (Col) of the problem,
// and a message (Msg) that says what to change. It is an alias of
// [leadkit.ParseError], so errors.As finds it under either name and it
// matches [leadkit.ErrInvalid].
type ParseError = leadkit.ParseError
