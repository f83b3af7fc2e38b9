package planning_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/findingtest"
	"github.com/leadkit/leadkit/planning"
)

var riskNow = time.Date(2026, 3, 31, 15, 0, 0, 0, time.UTC)

func TestRiskExposureAndLevel(t *testing.T) {
	tests := []struct {
		p, i     int
		exposure int
		level    planning.RiskLevel
	}{
		{1, 1, 1, planning.RiskLow},
		{2, 2, 4, planning.RiskLow},
		{1, 5, 5, planning.RiskMedium},
		{3, 3, 9, planning.RiskMedium},
		{2, 5, 10, planning.RiskHigh},
		{4, 4, 16, planning.RiskHigh},
		{4, 5, 20, planning.RiskCritical},
		{5, 5, 25, planning.RiskCritical},
		{0, 3, 0, 0},
		{6, 1, 0, 0},
		{3, -2, 0, 0},
	}
	for _, tc := range tests {
		r := planning.Risk{Probability: tc.p, Impact: tc.i}
		assert.Equal(t, tc.exposure, r.Exposure(), "%d×%d", tc.p, tc.i)
		assert.Equal(t, tc.level, r.Level(), "%d×%d", tc.p, tc.i)
	}
}

func TestRiskBandsCustom(t *testing.T) {
	b := planning.RiskBands{Medium: 3, High: 6, Critical: 12}
	assert.Equal(t, planning.RiskLow, b.Level(2))
	assert.Equal(t, planning.RiskMedium, b.Level(3))
	assert.Equal(t, planning.RiskHigh, b.Level(6))
	assert.Equal(t, planning.RiskCritical, b.Level(12))
	assert.Equal(t, planning.RiskLevel(0), b.Level(26))

	reg := planning.Register{Bands: b, Risks: []planning.Risk{{Title: "x", Probability: 2, Impact: 3}}}
	assert.Equal(t, planning.RiskHigh, reg.Level(reg.Risks[0]))
	assert.Equal(t, []string{
		"error risk.owner.missing (risks[0].owner)",
		"error risk.treatment.missing (risks[0].treatment)",
	}, findingtest.Heads(t, reg.Check(riskNow)), "the register's bands decide what is high")

	bad := planning.Register{Bands: planning.RiskBands{Medium: 10, High: 5, Critical: 20}}
	assert.Equal(t, []string{"error risk.bands.invalid (bands)"}, findingtest.Heads(t, bad.Check(riskNow)))
}

func TestRiskBandsZeroFieldsTakeTheirDefaults(t *testing.T) {
	b := planning.RiskBands{High: 12}
	assert.Equal(t, planning.RiskLow, b.Level(4))
	assert.Equal(t, planning.RiskMedium, b.Level(5), "medium defaults to 5")
	assert.Equal(t, planning.RiskMedium, b.Level(10))
	assert.Equal(t, planning.RiskHigh, b.Level(12))
	assert.Equal(t, planning.RiskHigh, b.Level(16))
	assert.Equal(t, planning.RiskCritical, b.Level(20), "critical defaults to 20")
	assert.Empty(t, planning.Register{Bands: b}.Check(riskNow))

	clash := planning.Register{Bands: planning.RiskBands{Critical: 8}} // under the default high of 10
	assert.Equal(t, []string{"error risk.bands.invalid (bands)"}, findingtest.Heads(t, clash.Check(riskNow)))
	assert.Equal(t, "The risk bands medium 5, high 10, critical 8 do not rise within 2–25.", clash.Check(riskNow)[0].Message)
}

func TestRegisterCheck(t *testing.T) {
	review := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		risk planning.Risk
		want []string
	}{
		{"complete high risk", planning.Risk{Title: "Payment outage", Probability: 3, Impact: 4, Owner: "Ana",
			Treatment: planning.Mitigate, Actions: []string{"Queue orders while the provider is down"}}, nil},
		{"high risk without owner", planning.Risk{Title: "Payment outage", Probability: 3, Impact: 4,
			Treatment: planning.Mitigate, Actions: []string{"Queue orders"}},
			[]string{"error risk.owner.missing (risks[0].owner)"}},
		{"blank owner counts as none", planning.Risk{Title: "Payment outage", Probability: 4, Impact: 4, Owner: "  ",
			Treatment: planning.Transfer, Actions: []string{"Buy an identity provider"}},
			[]string{"error risk.owner.missing (risks[0].owner)"}},
		{"medium risk may lack owner and treatment", planning.Risk{Title: "Slow CI", Probability: 3, Impact: 3}, nil},
		{"high risk without treatment", planning.Risk{Title: "Data loss", Probability: 2, Impact: 5, Owner: "Ana"},
			[]string{"error risk.treatment.missing (risks[0].treatment)"}},
		{"high risk to avoid without actions", planning.Risk{Title: "Upload preview", Probability: 4, Impact: 4, Owner: "Ana",
			Treatment: planning.Avoid, Actions: []string{" ", ""}},
			[]string{"error risk.actions.missing (risks[0].actions)"}},
		{"accepted high risk needs no actions", planning.Risk{Title: "Slow CI", Probability: 4, Impact: 3, Owner: "Ana",
			Treatment: planning.Accept, ReviewAt: review(2026, 6, 1)}, nil},
		{"accepted critical risk without reason", planning.Risk{Title: "Single region", Probability: 4, Impact: 5, Owner: "Ana",
			Treatment: planning.Accept, ReviewAt: review(2026, 6, 1)},
			[]string{"error risk.accept.reason_missing (risks[0].reason)"}},
		{"accepted critical risk with reason", planning.Risk{Title: "Single region", Probability: 4, Impact: 5, Owner: "Ana",
			Treatment: planning.Accept, Reason: "A second region costs more than the outage; agreed with the CTO.", ReviewAt: review(2026, 6, 1)}, nil},
		{"accepted medium risk without review date", planning.Risk{Title: "Old JSON parser", Probability: 1, Impact: 5,
			Treatment: planning.Accept},
			[]string{"warning risk.review.missing (risks[0].review_at)"}},
		{"review date passed", planning.Risk{Title: "Old JSON parser", Probability: 1, Impact: 2, ReviewAt: review(2026, 3, 30)},
			[]string{"warning risk.review.overdue (risks[0].review_at)"}},
		{"review date today is not overdue", planning.Risk{Title: "Old JSON parser", Probability: 1, Impact: 2, ReviewAt: review(2026, 3, 31)}, nil},
		{"review date in another zone compares by its own date", planning.Risk{Title: "Old JSON parser", Probability: 1, Impact: 2,
			ReviewAt: time.Date(2026, 3, 31, 23, 30, 0, 0, time.FixedZone("UTC-8", -8*3600))}, nil},
		{"invalid scores", planning.Risk{Title: "Vague", Probability: 0, Impact: 6},
			[]string{"error risk.probability.invalid (risks[0].probability)", "error risk.impact.invalid (risks[0].impact)"}},
		{"no title", planning.Risk{Probability: 1, Impact: 1},
			[]string{"error risk.title.missing (risks[0].title)"}},
		{"closed risks are not checked", planning.Risk{Title: "Gone", Probability: 5, Impact: 5, Status: planning.RiskClosed, ReviewAt: review(2020, 1, 1)}, nil},
		{"issues are not checked", planning.Risk{Probability: 9, Status: planning.RiskBecameIssue}, nil},
		{"monitoring risks are checked", planning.Risk{Title: "Watched", Probability: 5, Impact: 5, Status: planning.RiskMonitoring},
			[]string{"error risk.owner.missing (risks[0].owner)", "error risk.treatment.missing (risks[0].treatment)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg := planning.Register{Risks: []planning.Risk{tc.risk}}
			fs := reg.Check(riskNow)
			if tc.want == nil {
				assert.Empty(t, fs)
				return
			}
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
		})
	}
}

func TestRegisterCheckMessages(t *testing.T) {
	reg := planning.Register{Risks: []planning.Risk{{Title: "Data loss", Probability: 5, Impact: 5, Treatment: planning.Accept}}}
	fs := reg.Check(riskNow)
	require.Len(t, fs, 3)
	assert.Equal(t, `"Data loss" is a critical risk with no owner.`, fs[0].Message)
	assert.Equal(t, `"Data loss" is a critical risk accepted with no reason.`, fs[1].Message)
	assert.NotEmpty(t, fs[1].Hint)
}

func TestRegisterCheckDuplicates(t *testing.T) {
	reg := planning.Register{Risks: []planning.Risk{
		{ID: "R1", Title: "Vendor API late", Probability: 1, Impact: 1},
		{ID: "R2", Title: "  vendor   API LATE ", Probability: 1, Impact: 1},
		{ID: "R1", Title: "Ünïcode title", Probability: 1, Impact: 1},
		{ID: "R4", Title: "ÜNÏCODE TITLE", Probability: 1, Impact: 1, Status: planning.RiskClosed},
		{ID: "R5", Title: "Vendor API late (phase 2)", Probability: 1, Impact: 1},
	}}
	assert.Equal(t, []string{
		"warning risk.title.duplicate (risks[1].title)",
		"warning risk.id.duplicate (risks[2].id)",
		"warning risk.title.duplicate (risks[3].title)",
	}, findingtest.Heads(t, reg.Check(riskNow)))
}

func TestRegisterCheckEmpty(t *testing.T) {
	assert.Empty(t, planning.Register{}.Check(riskNow))
}

func TestRegisterPrioritized(t *testing.T) {
	reg := planning.Register{Risks: []planning.Risk{
		{Title: "a", Probability: 2, Impact: 2},
		{Title: "b", Probability: 5, Impact: 5, Status: planning.RiskClosed},
		{Title: "c", Probability: 4, Impact: 1},
		{Title: "d", Probability: 3, Impact: 3},
		{Title: "e", Probability: 0, Impact: 3},
	}}
	var titles []string
	for _, r := range reg.Prioritized() {
		titles = append(titles, r.Title)
	}
	assert.Equal(t, []string{"d", "a", "c"}, titles, "4 and 4 keep register order")
}

func TestHeatMap(t *testing.T) {
	reg := planning.Register{Risks: []planning.Risk{
		{Title: "a", Probability: 5, Impact: 1},
		{Title: "b", Probability: 5, Impact: 1},
		{Title: "c", Probability: 1, Impact: 5},
		{Title: "gone", Probability: 1, Impact: 5, Status: planning.RiskClosed},
		{Title: "bad", Probability: 6, Impact: 1},
	}}
	h := reg.HeatMap()
	assert.Equal(t, planning.HeatCell{Probability: 5, Impact: 1, Exposure: 5, Level: planning.RiskMedium, Risks: []int{0, 1}}, h.Cell(5, 1))
	assert.Equal(t, []int{2}, h.Cell(1, 5).Risks)
	assert.Equal(t, planning.RiskCritical, h.Cell(5, 5).Level)
	assert.Empty(t, h.Cell(3, 3).Risks)
	assert.Equal(t, planning.HeatCell{}, h.Cell(0, 1))
	assert.Equal(t, ""+
		"p\\i    1    2    3    4    5\n"+
		"  5   2M   .H   .H   .C   .C\n"+
		"  4   .L   .M   .H   .H   .C\n"+
		"  3   .L   .M   .M   .H   .H\n"+
		"  2   .L   .L   .M   .M   .H\n"+
		"  1   .L   .L   .L   .L   1M\n", h.String())

	b, err := json.Marshal(h)
	require.NoError(t, err)
	var back planning.HeatMap
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, h, back)
}

func TestRiskJSONRoundTrip(t *testing.T) {
	r := planning.Risk{ID: "R1", Title: "Payment outage", Probability: 3, Impact: 4, Owner: "Ana",
		Treatment: planning.Mitigate, Actions: []string{"Queue orders"}, Status: planning.RiskMonitoring,
		ReviewAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"R1","title":"Payment outage","probability":3,"impact":4,"owner":"Ana",
		"treatment":"mitigate","actions":["Queue orders"],"review_at":"2026-05-01T00:00:00Z","status":"monitoring"}`, string(b))
	var back planning.Risk
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
}

func TestRiskEnumsText(t *testing.T) {
	assertEnumText(t, map[string]planning.Treatment{
		"mitigate": planning.Mitigate, "avoid": planning.Avoid, "accept": planning.Accept, "transfer": planning.Transfer,
	}, planning.Treatment(0))
	assertEnumText(t, map[string]planning.RiskStatus{
		"open": planning.RiskOpen, "monitoring": planning.RiskMonitoring, "closed": planning.RiskClosed,
		"became-issue": planning.RiskBecameIssue,
	}, planning.RiskStatus(0))
	assertEnumText(t, map[string]planning.RiskLevel{
		"low": planning.RiskLow, "medium": planning.RiskMedium, "high": planning.RiskHigh, "critical": planning.RiskCritical,
	}, planning.RiskLevel(0))
}
