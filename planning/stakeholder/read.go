package stakeholder

import (
	"fmt"
	"io"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// MaxPeople bounds what [ReadMapJSON] accepts: people, and planned messages.
const MaxPeople = 1 << 16

// ReadMapJSON reads a stakeholders map in [Map]'s JSON form. Enums are their
// text forms ("high", "detractor", "dominance", "one-on-one"); times are RFC
// 3339. Unknown fields are refused; malformed input gives a
// [*leadkit.ParseError] naming the line and column.
func ReadMapJSON(r io.Reader) (Map, error) {
	var m Map
	if err := tabular.DecodeJSON(r, "", &m); err != nil {
		return Map{}, err
	}
	if len(m.People) > MaxPeople || len(m.Planned) > MaxPeople {
		return Map{}, &leadkit.ParseError{Msg: fmt.Sprintf("more than %d people or messages", MaxPeople)}
	}
	return m, nil
}
