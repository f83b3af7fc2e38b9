package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSBIFlags(t *testing.T) {
	stdout, _, code := runCLI(t, "", "sbi", "-situation", "Recently", "-behavior", "you were rude", "-impact", "It wasn't great")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "error sbi.behavior.judgement (behavior)")
	assert.Contains(t, stdout, `"rude"`)
	assert.Contains(t, stdout, "hint:")

	stdout, _, code = runCLI(t, "", "sbi", "-situation", "In Tuesday's standup", "-behavior", "you interrupted Ana three times",
		"-impact", "Ana stopped sharing updates", "-format", "json")
	assert.Equal(t, exitOK, code)
	assert.JSONEq(t, "[]", stdout)

	stdout, _, code = runCLI(t, "", "sbi", "-text", "Yesterday you always merged without review. I felt uneasy.", "-format", "json")
	assert.Equal(t, exitFindings, code)
	var fs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &fs))
	require.NotEmpty(t, fs)
	assert.Equal(t, "sbi.behavior.generalization", fs[0]["code"])

	stdout, _, code = runCLI(t, "", "sbi", "-situation", "Recently", "-behavior", "you asked Sam for examples", "-impact", "Sam shared two")
	assert.Equal(t, exitOK, code, "warnings alone exit 0")
	assert.Contains(t, stdout, "warning sbi.situation.vague")
}

func TestSBIInput(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "feedback.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte("situation,behaviour,impact\n"+
		"Yesterday,you were lazy,we slipped two days\n"+
		"\"In the retro\",\"you asked Sam for two examples\",\"Sam shared them and we fixed the checklist\"\n"), 0o600))
	stdout, _, code := runCLI(t, "", "sbi", csvPath)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "row 1 (line 2):\nerror sbi.behavior.judgement")
	assert.Contains(t, stdout, "row 2 (line 3):\nok: no findings")

	stdout, _, code = runCLI(t, `[{"situation":"Sometimes","behavior":"you help people","impact":"people like it"},`+
		`{"text":"In Tuesday's standup, you interrupted Ana. As a result, she stopped sharing updates."}]`, "sbi", "-format", "json")
	assert.Equal(t, exitOK, code)
	var results []struct {
		Row      int
		SBI      map[string]string
		Findings []map[string]any
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &results))
	require.Len(t, results, 2)
	assert.Equal(t, "In Tuesday's standup", results[1].SBI["situation"])
	assert.Empty(t, results[1].Findings)
	assert.NotEmpty(t, results[0].Findings)

	stdout, _, code = runCLI(t, "In Tuesday's standup, you were rude to Ana. She stopped sharing updates.\n", "sbi")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "situation: In Tuesday's standup\n")
	assert.Contains(t, stdout, "sbi.behavior.judgement")

	stdout, _, code = runCLI(t, "text\n\"Yesterday, you skipped the review. The build broke.\"\n", "sbi", "-in", "csv")
	assert.Equal(t, exitOK, code, stdout)
}

func TestSBISniffsCSVHeaderOnly(t *testing.T) {
	for _, text := range []string{
		"In the standup, you said the text was wrong. Ana stopped talking.\n",
		"Yesterday, your behaviour in the retro was rude. We lost an hour.\n",
		"situation, behavior and impact: you interrupted Ana in Tuesday's standup. She stopped talking.\n",
		"[Retro] In Tuesday's retro, you interrupted Ana twice. She stopped talking.\n",
		"{sprint 12} In Tuesday's retro, you interrupted Ana twice. She stopped talking.\n",
	} {
		stdout, stderr, code := runCLI(t, text, "sbi")
		assert.NotEqual(t, exitUsage, code, "free text is not a CSV header: %s", stderr)
		assert.Contains(t, stdout, "situation:", text)
	}
	stdout, stderr, code := runCLI(t, "Situation, \"Behaviour\",impact\nYesterday,you were late,we waited\n", "sbi")
	assert.NotEqual(t, exitUsage, code, stderr)
	assert.Contains(t, stdout, "situation: Yesterday\nbehavior:  you were late\n")
	stdout, _, _ = runCLI(t, "text\n\"Yesterday, you skipped the review. The build broke.\"\n", "sbi")
	assert.Contains(t, stdout, "situation: Yesterday", "a lone text column is a header")
}

func TestSBIErrors(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"flags and file", "", []string{"-behavior", "x", "file.csv"}, "not both"},
		{"text with parts", "", []string{"-text", "x", "-impact", "y"}, "-text goes alone"},
		{"bad format", "", []string{"-behavior", "x", "-format", "xml"}, "-format"},
		{"bad in", "x", []string{"-in", "yaml"}, `-in "yaml": want csv, json or text`},
		{"empty", "  \n", nil, "stdin:1: empty input"},
		{"bad json", `[{"situation": 3}]`, nil, "stdin:1:"},
		{"unknown json field", `{"situtation": "x"}`, nil, "unknown field"},
		{"csv without columns", "a,b\n1,2\n", []string{"-in", "csv"}, "neither a behavior column nor a text column"},
		{"missing file", "", []string{"no-such-file.csv"}, "no-such-file.csv"},
		{"two files", "", []string{"a", "b"}, "at most one input file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.stdin, append([]string{"sbi"}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
}
