package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const debtWallCSV = `id,title,value,effort,risk,frequency,alignment,reach,impact,confidence,estimate
TD-1,Remove the stale checkout toggle,4,1,2,3,3,1200,0.5,90%,1
TD-2,Split billing | payments out of the monolith,5,5,4,4,5,5000,2,50%,13
TD-3,Fix the flaky payment tests,5,2,3,5,4,40,2,1,3
TD-4,Rename the customer_v2 table,1,4,1,1,1,10,0.25,0.5,5
TD-5,Delete the unused PDF export,2,1,1,1,2,15,0.25,100%,1
`

func TestPrioritizeEffortValueText(t *testing.T) {
	stdout, stderr, code := runCLI(t, debtWallCSV, "prioritize")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, ""+
		"  1. TD-3     quick-win     Fix the flaky payment tests\n"+
		"     why: quick-win: value 5 (high, ≥ 3), effort 2 (low, < 3)\n"+
		"  2. TD-1     quick-win     Remove the stale checkout toggle\n"+
		"     why: quick-win: value 4 (high, ≥ 3), effort 1 (low, < 3)\n"+
		"  3. TD-2     major-project Split billing | payments out of the monolith\n"+
		"     why: major-project: value 5 (high, ≥ 3), effort 5 (high, ≥ 3)\n"+
		"  4. TD-5     fill-in       Delete the unused PDF export\n"+
		"     why: fill-in: value 2 (low, < 3), effort 1 (low, < 3)\n"+
		"  5. TD-4     money-pit     Rename the customer_v2 table\n"+
		"     why: money-pit: value 1 (low, < 3), effort 4 (high, ≥ 3)\n", stdout)
}

func TestPrioritizeCompositeWithReservation(t *testing.T) {
	stdout, stderr, code := runCLI(t, debtWallCSV, "prioritize", "-scorer", "composite", "-capacity", "40")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "  1. TD-3     4.2           Fix the flaky payment tests\n"+
		"     why: 4.2 = weighted mean: value 5 ×0.2, effort 2 → 4 ×0.2, risk 3 ×0.2, frequency 5 ×0.2, alignment 4 ×0.2\n")
	assert.Contains(t, stdout, "\nReserved 8 of 40 (20%); used 5:\n"+
		"  selected: Fix the flaky payment tests (3)\n"+
		"  selected: Remove the stale checkout toggle (1)\n"+
		"  selected: Delete the unused PDF export (1)\n"+
		"  deferred: \"TD-2 Split billing | payments out of the monolith\" needs 13 but only 5 was left.\n")
}

func TestPrioritizeWeightsAndRatio(t *testing.T) {
	stdout, stderr, code := runCLI(t, debtWallCSV, "prioritize", "-scorer", "composite", "-weights", "value=1, effort=1", "-capacity", "10", "-ratio", "0.5")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "  1. TD-1     4.5 ", "value 4 and inverted effort 5, each half")
	assert.Contains(t, stdout, "Reserved 5 of 10 (50%)")
}

func TestPrioritizeRICEJSON(t *testing.T) {
	stdout, stderr, code := runCLI(t, debtWallCSV, "prioritize", "-scorer", "rice", "-format", "json")
	require.Equal(t, exitOK, code, stderr)
	var out struct {
		Scorer  string `json:"scorer"`
		Ranking []struct {
			Rank        int    `json:"rank"`
			Explanation string `json:"explanation"`
			Item        struct {
				ID string `json:"id"`
			} `json:"item"`
			Score struct {
				Value float64 `json:"value"`
			} `json:"score"`
		} `json:"ranking"`
		Findings []any `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Equal(t, "rice", out.Scorer)
	require.Len(t, out.Ranking, 5)
	assert.Equal(t, "TD-2", out.Ranking[0].Item.ID)
	assert.Equal(t, 1000.0, out.Ranking[0].Score.Value)
	assert.Contains(t, out.Ranking[0].Explanation, "reach × impact × confidence ÷ effort")
	assert.NotNil(t, out.Findings, "findings is an array, never null")
}

func TestPrioritizeMarkdown(t *testing.T) {
	stdout, stderr, code := runCLI(t, debtWallCSV, "prioritize", "-format", "markdown", "-capacity", "40")
	require.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "| Rank | ID | Title | Score | Why |\n|---:|---|---|---|---|\n| 1 | TD-3 | Fix the flaky payment tests | quick-win |"), stdout)
	assert.Contains(t, stdout, `| 3 | TD-2 | Split billing \| payments out of the monolith | major-project |`)
	assert.Contains(t, stdout, "**Reserved 8 of 40 (20%); used 5.**")
}

func TestPrioritizeInvalidItemsExitOne(t *testing.T) {
	in := "title,value,effort\nok,5,1\nbroken,6,0\n"
	stdout, _, code := runCLI(t, in, "prioritize")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "  1. -        quick-win     ok\n")
	assert.Contains(t, stdout, `error priority.score.range (items[1].value): "broken" has value 6, outside 1–5.`)
	assert.Contains(t, stdout, "error priority.score.missing (items[1].effort)")

	stdout, _, code = runCLI(t, "title,reach,impact,confidence,effort\nx,10,1,NaN,1\n", "prioritize", "-scorer", "rice")
	assert.Equal(t, exitUsage, code, "NaN is refused by the reader: %s", stdout)
	_, _, code = runCLI(t, "title,reach,impact,confidence,effort\nx,10,1,0.5,0\n", "prioritize", "-scorer", "rice")
	assert.Equal(t, exitFindings, code, "zero effort is a finding, not a division by zero")
}

func TestPrioritizeJSONInputFromFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wall.json")
	require.NoError(t, os.WriteFile(path, []byte(`[{"id":"a","title":"Ünïcode clean-up","value":3,"effort":2}]`), 0o600))
	stdout, stderr, code := runCLI(t, "", "prioritize", path)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "Ünïcode clean-up")
}

func TestPrioritizeUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		args []string
		msg  string
	}{
		{"unknown scorer", debtWallCSV, []string{"-scorer", "wsjf"}, `-scorer "wsjf": want effort-value, composite or rice`},
		{"weights without composite", debtWallCSV, []string{"-weights", "value=1"}, "-weights applies to -scorer composite"},
		{"unknown criterion", debtWallCSV, []string{"-scorer", "composite", "-weights", "cost=1"}, `unknown criterion "cost"`},
		{"malformed weights", debtWallCSV, []string{"-scorer", "composite", "-weights", "value"}, "want criterion=number pairs"},
		{"all-zero weights", debtWallCSV, []string{"-scorer", "composite", "-weights", "value=0"}, "at least one weight"},
		{"bad format", debtWallCSV, []string{"-format", "html"}, `-format "html"`},
		{"bad input line", "title,value\nx,high\n", nil, `stdin:2:3: value: "high" is not a whole number`},
		{"missing file", "", []string{"no-such-file.csv"}, "no-such-file.csv"},
		{"two files", "", []string{"a.csv", "b.csv"}, "want at most one input file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.in, append([]string{"prioritize"}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.msg)
		})
	}
}

func TestPrioritizeBadFlagValuesAreUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"negative capacity", []string{"-capacity", "-5"}, "-capacity: The sprint capacity -5 is not a number above 0."},
		{"NaN capacity", []string{"-capacity", "NaN"}, "-capacity: The sprint capacity NaN"},
		{"ratio above 1", []string{"-capacity", "40", "-ratio", "20"}, "-ratio: The reserve ratio 20 is not a fraction above 0 up to 1."},
		{"ratio without capacity", []string{"-ratio", "0.3"}, "-ratio needs -capacity"},
		{"negative weight", []string{"-scorer", "composite", "-weights", "value=-1,effort=1"}, "-weights: The value weight -1 is not a number from 0 to a million."},
		{"weight given twice", []string{"-scorer", "composite", "-weights", "value=1,Value=2"}, `-weights: "value" is given twice`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, debtWallCSV, append([]string{"prioritize"}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.msg)
			assert.Empty(t, stdout)
		})
	}
}

func TestPrioritizeTextKeepsOneLinePerItem(t *testing.T) {
	in := "id,title,value,effort,estimate\nTD-1,\"Split the\nmonolith\",5,1,1\n"
	stdout, stderr, code := runCLI(t, in, "prioritize", "-capacity", "10")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "  1. TD-1     quick-win     Split the monolith\n")
	assert.Contains(t, stdout, "  selected: Split the monolith (1)\n")
}
