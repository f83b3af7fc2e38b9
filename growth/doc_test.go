package growth_test

import (
	"testing"

	"github.com/leadkit/leadkit/growth"
	"github.com/leadkit/leadkit/internal/codedoc"
)

// TestCodesDocumented checks that every finding code in the source, and
// every trap's code, is in the package doc's table, and that the table
// lists no code the package never emits.
func TestCodesDocumented(t *testing.T) {
	var traps []string
	for _, trap := range growth.TrapChecklist() {
		traps = append(traps, "growth.trap."+trap.Trap.String())
	}
	codedoc.Check(t, ".", []string{"growth"}, traps...)
}
