package c4_test

import (
	"testing"

	"github.com/leadkit/leadkit/internal/codedoc"
)

// TestCodesDocumented checks that every finding code in the source is in
// the package doc, and that the doc lists no code the package never emits.
func TestCodesDocumented(t *testing.T) {
	codedoc.Check(t, ".", []string{"c4"})
}
