package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const cliWorkedGoal = "Reduce open tech-debt tickets by 30% within 3 months; post a weekly update on the wiki and review it in Monday check-ins"

func TestGoalText(t *testing.T) {
	stdout, stderr, code := runCLI(t, cliWorkedGoal, "goal", "-now", "2025-03-02")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "target:    -30% (change)")
	assert.Contains(t, stdout, "deadline:  2025-06-02")
	assert.Contains(t, stdout, "check-in:  weekly on Monday")
	assert.Contains(t, stdout, "warning smartt.relevant")
	assert.NotContains(t, stdout, "error ")

	stdout, _, code = runCLI(t, "", "goal", "-now", "2025-03-02", "-text", "Improve things")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "error smartt.specific (objective)")
	assert.Contains(t, stdout, "  hint: ")
}

func TestGoalJSONRoundTrip(t *testing.T) {
	stdout, _, code := runCLI(t, cliWorkedGoal, "goal", "-now", "2025-03-02", "-format", "json")
	require.Equal(t, exitOK, code)
	var out struct {
		Goal     json.RawMessage `json:"goal"`
		Findings []struct {
			Code, Severity string
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Contains(t, string(out.Goal), `"weekday": "monday"`)
	require.Len(t, out.Findings, 1)
	assert.Equal(t, "smartt.relevant", out.Findings[0].Code)

	// the printed goal reads back as JSON input and checks the same
	path := filepath.Join(t.TempDir(), "goal.json")
	require.NoError(t, os.WriteFile(path, out.Goal, 0o600))
	stdout, stderr, code := runCLI(t, "", "goal", "-now", "2025-03-02", path)
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "objective: Reduce open tech-debt tickets by 30%")

	_, _, code = runCLI(t, "", "goal", "-now", "2025-07-01", path)
	assert.Equal(t, exitFindings, code, "the deadline has passed by July")
}

func TestGoalMarkdown(t *testing.T) {
	stdout, _, code := runCLI(t, "Cut p95 | latency under 200 ms by June 30", "goal", "-now", "2025-03-02", "-format", "markdown")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "| Criterion | Result | Note |")
	assert.Contains(t, stdout, "| Time-bound | met |  |")
	assert.Contains(t, stdout, "| Trackable | error |")
	assert.Contains(t, stdout, `Cut p95 \| latency`)
}

func TestGoalTextOpeningWithABracket(t *testing.T) {
	stdout, stderr, code := runCLI(t, "[Q3] Reduce open tech-debt tickets by 30% within 3 months; post a weekly update on the wiki",
		"goal", "-now", "2025-03-02")
	assert.NotEqual(t, exitUsage, code, stderr)
	assert.Contains(t, stdout, "deadline:  2025-06-02")

	path := filepath.Join(t.TempDir(), "goal.json")
	require.NoError(t, os.WriteFile(path, []byte("\n  {\"objective\": \"Ship the SDK\"}"), 0o600))
	stdout, stderr, code = runCLI(t, "", "goal", "-now", "2025-03-02", path)
	assert.Equal(t, exitFindings, code, stderr)
	assert.Contains(t, stdout, "objective: Ship the SDK\n", "a .json file is JSON, blank lines first or not")
}

func TestGoalUsageErrors(t *testing.T) {
	cases := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"empty input", "  \n", []string{"goal"}, "empty input"},
		{"bad JSON", `{"objective": 3}`, []string{"goal", "-in", "json"}, "stdin:1:"},
		{"unknown JSON field", `{"objectiv": "x"}`, []string{"goal"}, "stdin:1:"},
		{"bad now", "x", []string{"goal", "-now", "tomorrow"}, "-now"},
		{"bad format", "x", []string{"goal", "-format", "yaml"}, "-format"},
		{"bad in", "x", []string{"goal", "-in", "csv"}, "-in"},
		{"text and file", "", []string{"goal", "-text", "x", "file.txt"}, "not both"},
		{"two files", "", []string{"goal", "a", "b"}, "at most one"},
		{"missing file", "", []string{"goal", "/nonexistent/goal.txt"}, "nonexistent"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.stdin, tc.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
}
