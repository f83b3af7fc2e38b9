// Package findingtest helps tests compare findings compactly: each finding
// as one "severity code (field)" line, with its code and message checked on
// the way.
package findingtest

import (
	"testing"

	"github.com/leadkit/leadkit"
)

// Heads returns "severity code (field)" for each finding, in order, and
// fails t for a finding whose code is not well formed ([leadkit.ValidCode])
// or whose message is empty.
func Heads(t testing.TB, fs leadkit.Findings) []string {
	t.Helper()
	out := make([]string, len(fs))
	for i, f := range fs {
		if !leadkit.ValidCode(f.Code) {
			t.Errorf("finding %d: code %q is not well formed", i, f.Code)
		}
		if f.Message == "" {
			t.Errorf("finding %d (%s) has no message", i, f.Code)
		}
		out[i] = f.Severity.String() + " " + f.Code + " (" + f.Field + ")"
	}
	return out
}
