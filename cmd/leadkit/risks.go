package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
	"github.com/leadkit/leadkit/planning"
)

func init() {
	register(&command{name: "risks", summary: "check a risk register: owners, treatments, reviews, heat map", run: runRisks})
}

const risksSynopsis = `risks [-now DATE] [-in csv|json] [-format text|json|markdown] [FILE|-]

Checks a risk register (CSV with a header row and a title column, or JSON)
and prints its live risks by exposure, the 5×5 heat map and the findings:
high risks without owner, treatment or actions, accepted critical risks
without a reason, missed review dates, repeated titles.`

func runRisks(e *env, args []string) int {
	const name = "risks"
	fs := flagSet(e, name, risksSynopsis)
	nowFlag := fs.String("now", "", "the date to check review dates against, such as 2026-03-31 (default: today)")
	inFormat := fs.String("in", "", "input format: csv or json (default: from the file name or content)")
	format := fs.String("format", "text", "output: text, json or markdown")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json", "markdown"); err != nil {
		return usageError(e, name, err)
	}
	now := time.Now()
	if *nowFlag != "" {
		t, err := tabular.ParseTime(*nowFlag)
		if err != nil {
			return usageError(e, name, fmt.Errorf("-now: %w", err))
		}
		now = t
	}
	reg, err := readCSVOrJSON(e, fs, *inFormat, planning.ReadRisksCSV, planning.ReadRisksJSON)
	if err != nil {
		return usageError(e, name, err)
	}
	findings := reg.Check(now)
	switch *format {
	case "json":
		err = writeRisksJSON(e.stdout, reg, findings)
	case "markdown":
		err = writeRisksMarkdown(e.stdout, reg, findings)
	default:
		err = writeRisksText(e.stdout, reg, findings)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "leadkit %s: %v\n", name, err)
		return exitUsage
	}
	return statusOf(findings)
}

// riskRow is a live risk as the output lists it.
type riskRow struct {
	planning.Risk
	Exposure int                `json:"exposure"`
	Level    planning.RiskLevel `json:"level"`
}

func riskRows(reg planning.Register) []riskRow {
	live := reg.Prioritized()
	rows := make([]riskRow, len(live))
	for i, r := range live {
		rows[i] = riskRow{r, r.Exposure(), reg.Level(r)}
	}
	return rows
}

func writeRisksJSON(w io.Writer, reg planning.Register, findings leadkit.Findings) error {
	if findings == nil {
		findings = leadkit.Findings{}
	}
	return writeJSON(w, struct {
		Risks    []riskRow        `json:"risks"`
		HeatMap  planning.HeatMap `json:"heat_map"`
		Findings leadkit.Findings `json:"findings"`
	}{riskRows(reg), reg.HeatMap(), findings})
}

func writeRisksText(w io.Writer, reg planning.Register, findings leadkit.Findings) error {
	tw := &planningWriter{w: w}
	rows := riskRows(reg)
	for _, r := range rows {
		tw.printf("%2d %-8s %-40s %-10s %s\n", r.Exposure, r.Level, oneLine(r.Title), planningDash(oneLine(r.Owner)), planningDash(treatmentText(r.Treatment)))
	}
	if len(rows) > 0 {
		tw.printf("\n")
	}
	tw.printf("%s", reg.HeatMap())
	if len(findings) > 0 {
		tw.printf("\n")
	}
	if tw.err != nil {
		return tw.err
	}
	return writeFindings(w, "text", findings)
}

func writeRisksMarkdown(w io.Writer, reg planning.Register, findings leadkit.Findings) error {
	tw := &planningWriter{w: w}
	tw.printf("| Exposure | Level | Risk | Owner | Treatment |\n|---:|---|---|---|---|\n")
	for _, r := range riskRows(reg) {
		tw.printf("| %d | %s | %s | %s | %s |\n", r.Exposure, r.Level, mdCell(r.Title), mdCell(planningDash(r.Owner)), planningDash(treatmentText(r.Treatment)))
	}
	tw.printf("\n```\n%s```\n", reg.HeatMap())
	if tw.err != nil {
		return tw.err
	}
	return writeFindings(w, "markdown", findings)
}

// treatmentText is the treatment's text, or "" when none is chosen.
func treatmentText(t planning.Treatment) string {
	if t == 0 {
		return ""
	}
	return t.String()
}

// planningDash stands in "-" for a blank cell.
func planningDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}
