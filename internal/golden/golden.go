// Package golden compares test output with golden files under testdata/,
// for tests only. Run a package's tests with -update to rewrite its golden
// files, then review the diff:
//
//	go test ./architecture/c4 -update
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata instead of comparing with them")

// Assert compares got with the file testdata/name (a slash-separated path),
// or writes got there under -update.
func Assert(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", filepath.FromSlash(name))
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file %s; run go test -update to create it", path)
	assert.Equal(t, string(want), string(got), "%s differs from the golden file; if the change is intended, run go test -update and review the diff", path)
}
