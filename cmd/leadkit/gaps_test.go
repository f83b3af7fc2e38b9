package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const gapsCSV = `rater,subject,date,skill,score,comment
Priya,Priya,2026-03-02,design,9,
Priya,Priya,2026-03-02,delegating,6,
Marco,Priya,2026-03-05,design,6,"Solid, but alone"
Marco,Priya,2026-03-05,delegating,3,
Lena,Priya,2026-03-06,design,7,
Lena,Priya,2026-03-06,delegating,4,
`

func TestGapsText(t *testing.T) {
	stdout, stderr, code := runCLI(t, gapsCSV, "gaps", "-key", "delegating, ")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "Self versus others: Priya (2026-03-02)")
	assert.Regexp(t, `Delegating \(key\)\s+6\s+2\s+3\.5\s+3\.5\s+3–4\s+-2\.5\s+blind spot`, stdout)
	assert.Contains(t, stdout, "Focus:\n  1. Others rate \"Delegating\" 2.5 points below your own 6, and it is a key skill for the role.")
}

func TestGapsJSON(t *testing.T) {
	stdout, _, code := runCLI(t, gapsCSV, "gaps", "-format", "json", "-min-raters", "3")
	require.Equal(t, exitOK, code)
	var report struct {
		Subject string `json:"subject"`
		Rows    []struct {
			Skill struct{ ID string } `json:"skill"`
			Class string              `json:"class"`
			Gap   *float64            `json:"gap"`
		} `json:"rows"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &report))
	assert.Equal(t, "Priya", report.Subject)
	require.Len(t, report.Rows, 2)
	assert.Equal(t, "not_enough_ratings", report.Rows[0].Class)
	assert.Nil(t, report.Rows[0].Gap)
}

func TestGapsMarkdownFromJSON(t *testing.T) {
	in := `[{"rater":"sam","subject":"sam","ratings":[{"skill":"listening","score":8}]},
	{"rater":"ana","ratings":[{"skill":"listening","score":5}]},
	{"rater":"bo","ratings":[{"skill":"listening","score":6}]}]`
	stdout, _, code := runCLI(t, in, "gaps", "-format", "markdown")
	require.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "| Listening | 8 | 2 | 5.5 | 5.5 | 5–6 | -2.5 | blind spot |")
}

func TestGapsErrorFindings(t *testing.T) {
	in := "rater,subject,skill,score\nsam,sam,design,12\nana,sam,design,5\nbo,sam,design,6\n"
	stdout, _, code := runCLI(t, in, "gaps")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "error growth.rating.out_of_range (self.ratings[0].score)")
}

func TestGapsUsageErrors(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"bad format", gapsCSV, []string{"-format", "html"}, `-format "html"`},
		{"bad min raters", gapsCSV, []string{"-min-raters", "-1"}, "-min-raters -1"},
		{"two files", gapsCSV, []string{"a.csv", "b.csv"}, "at most one input file"},
		{"missing file", "", []string{"no-such-file.csv"}, "no-such-file.csv"},
		{"bad score", "rater,subject,skill,score\nsam,sam,design,high\n", nil, "stdin:2:"},
		{"bad json", "[{\"rater\": 3}]", []string{"-in", "json"}, "stdin:1:"},
		{"two subjects", "rater,subject,skill,score\na,sam,design,5\nb,kim,design,5\n", nil, "use -self NAME"},
		{"bad flag", gapsCSV, []string{"-nope"}, "-nope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.stdin, append([]string{"gaps"}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

func TestGapsSelfFlag(t *testing.T) {
	in := "rater,subject,skill,score\nkim,kim,design,5\nsam,kim,design,5\nana,kim,design,5\nsam,sam,design,9\nana,sam,design,5\nkim,sam,design,6\n"
	stdout, _, code := runCLI(t, in, "gaps", "-self", "sam")
	require.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "Self versus others: sam")
	assert.Regexp(t, `Design\s+9\s+2\s+5\.5`, stdout)
}

func TestGapsNoRatings(t *testing.T) {
	for _, in := range []string{"rater,skill,score\n", "[]", "rater,skill,score\nsam,design,\n"} {
		_, stderr, code := runCLI(t, in, "gaps")
		assert.Equal(t, exitUsage, code, in)
		assert.Contains(t, stderr, "leadkit gaps: the input holds no ratings", in)
	}
}

func TestGapsUnknownSelf(t *testing.T) {
	_, stderr, code := runCLI(t, gapsCSV, "gaps", "-self", "Bob")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `leadkit gaps: no assessment rates "Bob"`)
}
