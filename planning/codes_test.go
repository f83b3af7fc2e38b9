package planning_test

import (
	"testing"

	"github.com/leadkit/leadkit/internal/codedoc"
)

// TestCodesDocumented checks that every finding code in the source is in
// the package doc's tables, and that the tables list no code the package
// never emits.
func TestCodesDocumented(t *testing.T) {
	codedoc.Check(t, ".", []string{"eisenhower", "weekplan", "weekreview", "priority", "reserve", "risk"})
}
