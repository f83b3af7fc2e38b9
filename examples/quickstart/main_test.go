package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRun runs the quickstart end to end, twice on the same database file:
// the main job of the project must work on a fresh clone.
func TestRun(t *testing.T) {
	db := filepath.Join(t.TempDir(), "quickstart.db")
	for range 2 {
		var out strings.Builder
		require.NoError(t, run(db, &out))
		got := out.String()
		assert.Contains(t, got, "Q1 do: Do it yourself now.")
		assert.Contains(t, got, "eisenhower.estimate_missing")
		assert.Contains(t, got, "Mon 30 Nov 09:00-12:00  Fix the failing payment webhook in production")
		assert.Contains(t, got, "verdict: trade")
		assert.Contains(t, got, "== Week plan (16h of work, 7h buffer, 12h still free)")
		assert.Contains(t, got, `has 2 versions (latest note: "Fixed: retry with idempotency keys.")`)
	}
}

func TestRunWithTemporaryDatabase(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run("", &out))
	assert.Contains(t, out.String(), "10 tasks stored")
}
