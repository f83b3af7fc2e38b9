package delegation

import (
	"fmt"

	"github.com/leadkit/leadkit"
)

// errUnknown reports text that names no value of an enum; it matches
// [leadkit.ErrInvalid].
func errUnknown(what, text string) error {
	return fmt.Errorf("delegation: unknown %s %q: %w", what, text, leadkit.ErrInvalid)
}
