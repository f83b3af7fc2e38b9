package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const registerCSV = `id,title,probability,impact,owner,treatment,actions,reason,review_at,status
R1,Payment provider outage at peak,3,5,Ana,mitigate,Queue orders; Alert on errors,,2026-05-01,open
R2,Vendor API not ready for launch,4,4,,mitigate,,,,open
R3,Single-region database,4,5,Ben,accept,,,2026-03-01,monitoring
R4,Search 4× slower at peak,5,3,Ana,mitigate,Add search servers,,,became-issue
`

func TestRisksText(t *testing.T) {
	stdout, stderr, code := runCLI(t, registerCSV, "risks", "-now", "2026-03-31")
	assert.Equal(t, exitFindings, code, stderr)
	assert.Equal(t, ""+
		"20 critical Single-region database                   Ben        accept\n"+
		"16 high     Vendor API not ready for launch          -          mitigate\n"+
		"15 high     Payment provider outage at peak          Ana        mitigate\n"+
		"\n"+
		"p\\i    1    2    3    4    5\n"+
		"  5   .M   .H   .H   .C   .C\n"+
		"  4   .L   .M   .H   1H   1C\n"+
		"  3   .L   .M   .M   .H   1H\n"+
		"  2   .L   .L   .M   .M   .H\n"+
		"  1   .L   .L   .L   .L   .M\n"+
		"\n"+
		`error risk.owner.missing (risks[1].owner): "Vendor API not ready for launch" is a high risk with no owner.`+"\n"+
		"  hint: Name one person accountable for tracking it, even if nobody acts yet.\n"+
		`error risk.actions.missing (risks[1].actions): "Vendor API not ready for launch" is a high risk to mitigate with no actions.`+"\n"+
		"  hint: List the concrete steps of the plan, each with someone to do it.\n"+
		`error risk.accept.reason_missing (risks[2].reason): "Single-region database" is a critical risk accepted with no reason.`+"\n"+
		"  hint: Write down why accepting it is the right call, and who agreed.\n"+
		`warning risk.review.overdue (risks[2].review_at): "Single-region database" was due for review on 2026-03-01.`+"\n"+
		"  hint: Review it now: re-score it, confirm the treatment and set the next date.\n", stdout)
}

func TestRisksCleanRegisterExitsZero(t *testing.T) {
	in := "title,probability,impact,owner,treatment,actions\nOutage,3,5,Ana,mitigate,Queue orders\n"
	stdout, stderr, code := runCLI(t, in, "risks", "-now", "2026-03-31")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "15 high     Outage")

	// A warning alone does not fail the check.
	in = "title,probability,impact,review_at\nOld parser,1,3,2026-01-01\n"
	_, _, code = runCLI(t, in, "risks", "-now", "2026-03-31")
	assert.Equal(t, exitOK, code)
}

func TestRisksTextKeepsOneLinePerRisk(t *testing.T) {
	in := "title,probability,impact,owner,treatment,actions\n\"Payment provider\noutage\",3,5,\"Ana\nLee\",mitigate,Queue orders\n"
	stdout, stderr, code := runCLI(t, in, "risks", "-now", "2026-03-31")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "15 high     Payment provider outage                  Ana Lee    mitigate\n")
}

func TestRisksTextOfAnEmptyRegisterStartsWithTheHeatMap(t *testing.T) {
	stdout, stderr, code := runCLI(t, "[]", "risks", "-now", "2026-03-31")
	require.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "p\\i    1"), "no blank first line: %q", stdout)
}

func TestRisksJSON(t *testing.T) {
	in := `{"risks":[{"title":"Outage","probability":4,"impact":5,"owner":"Ana","treatment":"avoid","actions":["Use a second provider"]}]}`
	stdout, stderr, code := runCLI(t, in, "risks", "-now", "2026-03-31", "-format", "json")
	require.Equal(t, exitOK, code, stderr)
	var out struct {
		Risks []struct {
			Title    string `json:"title"`
			Exposure int    `json:"exposure"`
			Level    string `json:"level"`
		} `json:"risks"`
		HeatMap struct {
			Cells [5][5]struct {
				Risks []int `json:"risks"`
			} `json:"cells"`
		} `json:"heat_map"`
		Findings []any `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out.Risks, 1)
	assert.Equal(t, 20, out.Risks[0].Exposure)
	assert.Equal(t, "critical", out.Risks[0].Level)
	assert.Equal(t, []int{0}, out.HeatMap.Cells[3][4].Risks)
	assert.NotNil(t, out.Findings)
}

func TestRisksMarkdown(t *testing.T) {
	stdout, _, code := runCLI(t, registerCSV, "risks", "-now", "2026-03-31", "-format", "markdown")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "| Exposure | Level | Risk | Owner | Treatment |\n|---:|---|---|---|---|\n| 20 | critical | Single-region database | Ben | accept |\n")
	assert.Contains(t, stdout, "## Findings\n\n- **error** `risk.owner.missing` (risks[1].owner): ")
}

func TestRisksUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		args []string
		msg  string
	}{
		{"bad date", registerCSV, []string{"-now", "tomorrow"}, `-now: "tomorrow" is not a date`},
		{"bad treatment", "title,treatment\nx,pray\n", nil, `stdin:2:3: treatment: unknown Treatment "pray"`},
		{"bad json", `{"risks": [`, []string{"-in", "json"}, "stdin:1:"},
		{"bad -in", registerCSV, []string{"-in", "xml"}, `-in "xml": want csv or json`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.in, append([]string{"risks"}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.msg)
		})
	}
}
