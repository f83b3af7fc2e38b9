package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const triageCSV = `title,important,urgent,estimate,due,owner
Fix prod incident,yes,yes,2h,2026-12-01,me
Write Q1 strategy,yes,no,4h,,
Expense report,no,yes,30m,,
"Pipe | in title",no,no,,,
`

func TestTriageText(t *testing.T) {
	stdout, stderr, code := runCLI(t, triageCSV, "triage")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "Q1 do         Fix prod incident  2h0m0s    2026-12-01  me")
	assert.Contains(t, stdout, "Q4 eliminate  Pipe | in title")
	assert.Empty(t, stderr)
}

func TestTriageJSONFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tasks.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{"title":"A","important":true,"urgent":true},{"title":"B","important":true}]`), 0o600))
	stdout, _, code := runCLI(t, "", "triage", "-format", "json", path)
	require.Equal(t, exitOK, code)
	var out struct {
		Matrix   map[string][]map[string]any `json:"matrix"`
		Findings []map[string]any            `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Len(t, out.Matrix["do"], 1)
	assert.Len(t, out.Matrix["schedule"], 1)
	assert.Empty(t, out.Matrix["delegate"])
	assert.NotNil(t, out.Findings)
}

func TestTriageMarkdownEscapes(t *testing.T) {
	stdout, _, code := runCLI(t, triageCSV, "triage", "-format", "markdown", "-in", "csv")
	require.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "## Q1 Do")
	assert.Contains(t, stdout, `| Pipe \| in title | - | - |  |`)
}

func TestTriageBadInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tasks.csv")
	require.NoError(t, os.WriteFile(path, []byte("title,urgent\nok,yes\nbad,perhaps\n"), 0o600))
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"bad value names file, line and column", "", []string{"triage", path}, path + `:3:5: urgent: "perhaps" is not yes or no`},
		{"stdin json syntax", "[{\"title\": }]", []string{"triage"}, "stdin:1:12: invalid character '}'"},
		{"blank lines before JSON count", "\n\n  [{\"title\": }]", []string{"triage"}, "stdin:3:14: invalid character '}'"},
		{"missing file", "", []string{"triage", "no-such-file.csv"}, "no-such-file.csv"},
		{"bad format flag", "", []string{"triage", "-format", "yaml"}, `-format "yaml": want text, json, markdown`},
		{"bad in flag", "", []string{"triage", "-in", "xml"}, `-in "xml": want csv or json`},
		{"two files", "", []string{"triage", "a", "b"}, "want at most one input file"},
		{"unknown flag", "", []string{"triage", "-x"}, "flag provided but not defined: -x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tc.stdin, tc.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
			assert.Empty(t, stdout)
		})
	}
}
