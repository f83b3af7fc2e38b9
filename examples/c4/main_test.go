package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir))
	assert.Contains(t, out.String(), "Bookshop: 2 people, 4 software systems, 7 containers, 5 components, 22 relationships (6 implied)")
	assert.Contains(t, out.String(), "Validation:\n  no findings")
	assert.Contains(t, out.String(), "differences from the model in code: no changes")
	assert.Contains(t, out.String(), "  + container Bookshop/Recommendations\n")
	assert.Contains(t, out.String(), `      technology: "SFTP batch files" -> "JSON/HTTPS"`)

	for _, name := range []string{"workspace.dsl", "workspace.json", "context.mmd", "containers.puml", "api-components.dot", "landscape.dot"} {
		info, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.Positive(t, info.Size(), name)
	}
	if dot, err := exec.LookPath("dot"); err == nil {
		files, _ := filepath.Glob(filepath.Join(dir, "*.dot"))
		for _, f := range files {
			cmd := exec.Command(dot, "-Tsvg", "-o", os.DevNull, f)
			assert.NoError(t, cmd.Run(), f)
		}
	}
}
