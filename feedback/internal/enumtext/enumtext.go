// Package enumtext implements the text forms of the small integer enums of
// package feedback and its sub-packages: each enum lists its names, index 0
// being the unset value, which has no text form.
package enumtext

import (
	"fmt"
	"strconv"
	"strings"
)

// Names holds the text of each value of an enum; Names[0] is unused.
type Names []string

// Valid reports whether v is a set value.
func (n Names) Valid(v int) bool { return v > 0 && v < len(n) }

// String returns the name of v, or "Type(N)" for an unset or unknown value.
func (n Names) String(typ string, v int) string {
	if n.Valid(v) {
		return n[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

// Marshal returns the name of v, refusing unset and unknown values so that
// they are never written out silently.
func (n Names) Marshal(typ string, v int) ([]byte, error) {
	if !n.Valid(v) {
		return nil, fmt.Errorf("%s: cannot marshal invalid value %d", typ, v)
	}
	return []byte(n[v]), nil
}

// Unmarshal returns the value named by text, in any letter case.
func (n Names) Unmarshal(typ string, text []byte) (int, error) {
	for v := 1; v < len(n); v++ {
		if strings.EqualFold(string(text), n[v]) {
			return v, nil
		}
	}
	return 0, fmt.Errorf("%s: unknown value %q (want %s)", typ, text, strings.Join(n[1:], ", "))
}
