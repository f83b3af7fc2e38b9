package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStyleFlags(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "style", "-competence", "3", "-confidence", "4", "-motivation", "9")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "selling (coaching): They are eager but not yet able")

	stdout, _, code = runCLI(t, "", "style", "-competence", "HIGH", "-commitment", "high", "-format", "json")
	require.Equal(t, exitOK, code)
	var as []map[string]string
	require.NoError(t, json.Unmarshal([]byte(stdout), &as))
	assert.Equal(t, "delegating", as[0]["style"])
}

func TestStyleList(t *testing.T) {
	stdout, _, code := runCLI(t, "", "style", "-list")
	assert.Equal(t, exitOK, code)
	for _, s := range []string{"telling (directing)", "selling (coaching)", "participating (supporting)", "delegating (hands-off)"} {
		assert.Contains(t, stdout, s)
	}
	stdout, _, code = runCLI(t, "", "style", "-list", "-format", "json")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, `"plain": "hands-off"`)
}

func TestStyleInput(t *testing.T) {
	csv := "person,task,competence,confidence,motivation\nAna,client demo,2,3,4\nZoë,design doc,8,5,9\n"
	stdout, stderr, code := runCLI(t, csv, "style")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, `telling (directing): Ana is new to it and not yet keen on "client demo"`)
	assert.Contains(t, stdout, `participating (supporting): Zoë is able but short on confidence on "design doc"`)

	stdout, _, code = runCLI(t, `[{"person":"Sam","task":"discovery","competence":9,"confidence":9,"motivation":9}]`, "style", "-format", "json")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, `"style": "delegating"`)
}

func TestStyleUsageErrors(t *testing.T) {
	cases := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"rating out of range", "", []string{"style", "-competence", "12", "-confidence", "3"}, "outside 1–10"},
		{"no commitment rating", "", []string{"style", "-competence", "5"}, "confidence or motivation"},
		{"level without commitment", "", []string{"style", "-competence", "low"}, "-commitment"},
		{"commitment with ratings", "", []string{"style", "-competence", "5", "-commitment", "low"}, "-commitment"},
		{"bad competence", "", []string{"style", "-competence", "medium"}, "-competence"},
		{"empty input", "", []string{"style"}, "empty input"},
		{"bad CSV row", "competence,confidence\n4,11\n", []string{"style"}, "stdin:2:"},
		{"bad format", "", []string{"style", "-list", "-format", "markdown"}, "-format"},
		{"ratings and a file", "", []string{"style", "-competence", "5", "-confidence", "8", "team.csv"}, "not both: team.csv"},
		{"list and a file", "", []string{"style", "-list", "team.csv"}, "not both"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.stdin, tc.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
}
