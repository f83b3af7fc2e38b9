package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/fixtures"
)

func TestADRLintFixtures(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "adr", "lint", filepath.Join(fixtures.Dir(t, "adr-tools"), "log"))
	assert.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout, "adr-tools' own log is clean")

	madr := filepath.Join(fixtures.Dir(t, "madr"), "decisions")
	stdout, _, code = runCLI(t, "", "adr", "lint", "-format", "json", madr)
	assert.Equal(t, exitOK, code, "warnings only")
	var fs leadkit.Findings
	require.NoError(t, json.Unmarshal([]byte(stdout), &fs))
	assert.True(t, fs.Has("adr.status.custom"))
	assert.True(t, fs.Has("adr.number.gap"))

	stdout, _, _ = runCLI(t, "", "adr", "lint", "-allow", "on hold, later", madr)
	assert.NotContains(t, stdout, "adr.status.custom")
}

func TestADRLintErrorsAndUsage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("0001-a.md", "# 1. A\n\n## Status\n\nSuperseded\n")
	stdout, _, code := runCLI(t, "", "adr", "lint", dir)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "error adr.supersede.successor_missing (0001-a.md)")
	assert.Contains(t, stdout, "  hint: ")

	write("0002-b.md", "no title here\n")
	_, stderr, code := runCLI(t, "", "adr", "lint", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "0002-b.md:1:1:")

	_, stderr, code = runCLI(t, "", "adr", "lint", filepath.Join(dir, "missing"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "is not a directory")
	_, _, code = runCLI(t, "", "adr", "lint", "-format", "xml", dir)
	assert.Equal(t, exitUsage, code)
	_, _, code = runCLI(t, "", "adr", "frobnicate")
	assert.Equal(t, exitUsage, code)
	_, stderr, code = runCLI(t, "", "adr", "lint", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, "Usage: leadkit adr lint")
}
