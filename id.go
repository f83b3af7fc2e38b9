package leadkit

import "github.com/google/uuid"

// NewID returns a new random, time-ordered identifier (a version 7 UUID).
// Records created one after another get identifiers that sort in creation
// order, which keeps database indexes compact.
func NewID() uuid.UUID {
	// NewV7 fails only when the system's random source fails, and since Go
	// 1.24 crypto/rand never returns an error (it aborts the program instead).
	return uuid.Must(uuid.NewV7())
}
