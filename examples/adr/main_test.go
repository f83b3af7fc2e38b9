package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out strings.Builder
	require.NoError(t, run(&out, dir))
	assert.Contains(t, out.String(), "refused: adr: record 2 cannot move from superseded to accepted")
	assert.Contains(t, out.String(), "3 records in "+dir+", 0 findings")
	assert.Contains(t, out.String(), "* [3. Store sessions in Redis](0003-store-sessions-in-redis.md)")
	assert.Contains(t, out.String(), `_3 -> _2 [label="Supersedes", weight=0]`)
	old, err := os.ReadFile(filepath.Join(dir, "0002-store-sessions-in-memory.md"))
	require.NoError(t, err)
	assert.Contains(t, string(old), "Superseded by [3. Store sessions in Redis](0003-store-sessions-in-redis.md)")
}
