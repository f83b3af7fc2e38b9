// Package enum implements the text methods of leadkit's small integer enums
// once, so that every enum type's String, MarshalText and UnmarshalText are
// one-line wrappers with the same behaviour: lower-case names, an error for
// unknown values in both directions, and case-insensitive parsing.
package enum

import (
	"fmt"
	"strconv"
	"strings"
)

// Names holds the text of an enum whose valid values are consecutive
// integers starting at First.
type Names[T ~uint8] struct {
	// Type is the Go type's name, used in messages: "Severity(9)".
	Type string
	// First is the first valid value; zero for enums whose zero value is
	// meaningful, one for enums whose zero value means unset.
	First T
	// Text are the names of First, First+1, ..., in order.
	Text []string
	// Aliases maps extra accepted spellings (lower-case) to values.
	Aliases map[string]T
}

// Valid reports whether v has a name.
func (n *Names[T]) Valid(v T) bool { return v >= n.First && int(v-n.First) < len(n.Text) }

// String returns v's name, or "Type(N)" for an invalid v.
func (n *Names[T]) String(v T) string {
	if n.Valid(v) {
		return n.Text[v-n.First]
	}
	return n.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns v's name, or an error for an invalid v, so that an unset
// value is never written out silently.
func (n *Names[T]) Marshal(v T) ([]byte, error) {
	if !n.Valid(v) {
		return nil, fmt.Errorf("leadkit: cannot marshal invalid %s %d", n.Type, int(v))
	}
	return []byte(n.Text[v-n.First]), nil
}

// Unmarshal parses a name in any letter case, or an alias, into *v.
func (n *Names[T]) Unmarshal(text []byte, v *T) error {
	s := strings.ToLower(string(text))
	for i, name := range n.Text {
		if s == name {
			*v = n.First + T(i)
			return nil
		}
	}
	if a, ok := n.Aliases[s]; ok {
		*v = a
		return nil
	}
	return fmt.Errorf("leadkit: unknown %s %q (want %s)", n.Type, text, strings.Join(n.Text, ", "))
}
