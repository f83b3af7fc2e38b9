package planning_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/findingtest"
	"github.com/leadkit/leadkit/planning"
)

func TestReadRisksCSV(t *testing.T) {
	f, err := os.Open("testdata/risks.csv")
	require.NoError(t, err)
	defer f.Close()
	reg, err := planning.ReadRisksCSV(f)
	require.NoError(t, err)
	require.Len(t, reg.Risks, 5)
	assert.Equal(t, planning.Risk{
		ID: "R1", Title: "Payment provider outage at peak", Probability: 3, Impact: 5, Owner: "Ana",
		Treatment: planning.Mitigate, Actions: []string{"Queue orders while the provider is down", "Alert on provider errors"},
		ReviewAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), Status: planning.RiskOpen,
	}, reg.Risks[0])
	assert.Equal(t, planning.RiskBecameIssue, reg.Risks[4].Status)
	assert.Equal(t, []string{
		"error risk.owner.missing (risks[1].owner)",
		"error risk.actions.missing (risks[1].actions)",
		"error risk.accept.reason_missing (risks[2].reason)",
		"warning risk.review.overdue (risks[2].review_at)",
		"warning risk.review.missing (risks[3].review_at)",
	}, findingtest.Heads(t, reg.Check(riskNow)))
}

func TestReadRisksCSVReviewDateColumn(t *testing.T) {
	reg, err := planning.ReadRisksCSV(strings.NewReader("Title,Review Date\nx,2026-04-01\n"))
	require.NoError(t, err)
	assert.Equal(t, time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), reg.Risks[0].ReviewAt)
}

func TestReadRisksCSVErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		{"bad treatment", "title,treatment\nx,ignore\n", 2, 3, `unknown Treatment "ignore"`},
		{"bad status", "title,status\nx,done\n", 2, 3, `unknown RiskStatus "done"`},
		{"bad date", "title,review_at\nx,31/03/2026\n", 2, 3, `"31/03/2026" is not a date`},
		{"bad probability", "title,probability\nx,likely\n", 2, 3, `"likely" is not a whole number`},
		{"both names of the review date", "title,review_at,review_date\nx,2026-04-01,2026-05-01\n", 1, 17, "review_date is another name for review_at"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := planning.ReadRisksCSV(strings.NewReader(tc.in))
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "got %v", err)
			assert.Equal(t, tc.line, pe.Line)
			assert.Equal(t, tc.col, pe.Col)
			assert.Contains(t, pe.Error(), tc.msg)
		})
	}
}

func TestReadRisksJSON(t *testing.T) {
	obj := `{"risks":[{"title":"Outage","probability":3,"impact":5,"treatment":"avoid","review_at":"2026-05-01T00:00:00Z"}],
	         "bands":{"medium":4,"high":8,"critical":15}}`
	reg, err := planning.ReadRisksJSON(strings.NewReader(obj))
	require.NoError(t, err)
	assert.Equal(t, planning.RiskBands{Medium: 4, High: 8, Critical: 15}, reg.Bands)
	assert.Equal(t, planning.Avoid, reg.Risks[0].Treatment)

	arr := "  \n[{\"title\":\"Outage\",\"probability\":3,\"impact\":5}]"
	reg, err = planning.ReadRisksJSON(strings.NewReader(arr))
	require.NoError(t, err)
	assert.Len(t, reg.Risks, 1)
	assert.Zero(t, reg.Bands)

	_, err = planning.ReadRisksJSON(strings.NewReader("{\"risks\":[\n{\"titel\":\"x\"}]}"))
	var pe *leadkit.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 2, pe.Line)

	_, err = planning.ReadRisksJSON(strings.NewReader("{\"risks\":[{\"title\":\"a\"},\n {\"title\":\"x\",\"status\":\"gone\"}]}"))
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, `2:24: unknown RiskStatus "gone" (want open, monitoring, closed, became-issue)`, pe.Error(),
		"the error points at the value, inside the register object too")

	_, err = planning.ReadRisksJSON(strings.NewReader(`[{"title":"x","treatment":"pray"}]`))
	require.True(t, errors.As(err, &pe))
	assert.Contains(t, pe.Error(), "unknown Treatment")

	_, err = planning.ReadRisksJSON(strings.NewReader(""))
	require.True(t, errors.As(err, &pe))
}

func FuzzReadRisksCSV(f *testing.F) {
	seed, err := os.ReadFile("testdata/risks.csv")
	require.NoError(f, err)
	f.Add(string(seed))
	f.Add("title,actions\nx,;;a;\n")
	f.Add("title,review_date\nx,2026-03-31T09:00:00+02:00\n")
	f.Fuzz(func(t *testing.T, in string) {
		reg, err := planning.ReadRisksCSV(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		for _, f := range reg.Check(riskNow) {
			require.True(t, leadkit.ValidCode(f.Code))
		}
		reg.HeatMap()
	})
}

func FuzzReadRisksJSON(f *testing.F) {
	f.Add(`{"risks":[{"title":"Outage","probability":3,"impact":5,"treatment":"avoid"}],"bands":{"medium":4,"high":8,"critical":15}}`)
	f.Add(`[{"title":"x","probability":99,"impact":-3}]`)
	f.Add(`{"bands":{"medium":30}}`)
	f.Fuzz(func(t *testing.T, in string) {
		reg, err := planning.ReadRisksJSON(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		reg.Check(riskNow)
		reg.HeatMap()
		reg.Prioritized()
	})
}
