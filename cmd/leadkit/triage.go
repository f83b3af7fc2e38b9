package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
)

func init() {
	register(&command{name: "triage", summary: "sort tasks into the Eisenhower matrix and diagnose the balance", run: runTriage})
}

// triageOutput is the JSON form of the triage command's result.
type triageOutput struct {
	Matrix   planning.Matrix  `json:"matrix"`
	Findings leadkit.Findings `json:"findings"`
}

func runTriage(e *env, args []string) int {
	fs := flagSet(e, "triage", "triage [-in csv|json] [-format text|json|markdown] [FILE|-]\n\n"+
		"Reads tasks (CSV with a header row naming title and any of id, important, urgent, estimate, due, owner, notes;\n"+
		"or JSON: an array of tasks, or one task) and prints the Eisenhower matrix with its diagnostics.")
	in := fs.String("in", "", "input format: csv or json (default: from the file extension or the content)")
	format := fs.String("format", "text", "output format: text, json or markdown")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json", "markdown"); err != nil {
		return usageError(e, "triage", err)
	}
	tasks, err := readCSVOrJSON(e, fs, *in, planning.ReadTasksCSV, planning.ReadTasksJSON)
	if err != nil {
		return usageError(e, "triage", err)
	}
	m := planning.Triage(tasks)
	findings := m.Diagnose(planning.DiagnoseOptions{})
	switch *format {
	case "json":
		if findings == nil {
			findings = leadkit.Findings{}
		}
		err = writeJSON(e.stdout, triageOutput{Matrix: m, Findings: findings})
	case "markdown":
		err = writeMatrixMarkdown(e.stdout, m, findings)
	default:
		err = writeMatrixText(e.stdout, m, findings)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "leadkit triage: %v\n", err)
		return exitUsage
	}
	return statusOf(findings)
}

func writeMatrixText(w io.Writer, m planning.Matrix, findings leadkit.Findings) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "QUADRANT\tTITLE\tESTIMATE\tDUE\tOWNER")
	for _, q := range planning.Quadrants() {
		for _, t := range m.Tasks(q) {
			fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\t%s\n", q.Label(), q, oneLine(t.Title), estimate(t), due(t), oneLine(t.Owner))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(findings) > 0 {
		fmt.Fprintln(w)
	}
	return writeFindings(w, "text", findings)
}

func writeMatrixMarkdown(w io.Writer, m planning.Matrix, findings leadkit.Findings) error {
	for _, q := range planning.Quadrants() {
		fmt.Fprintf(w, "## %s %s\n\n%s\n\n", q.Label(), strings.ToUpper(q.String()[:1])+q.String()[1:], q.Action())
		if len(m.Tasks(q)) == 0 {
			fmt.Fprint(w, "_No tasks._\n\n")
			continue
		}
		fmt.Fprint(w, "| Task | Estimate | Due | Owner |\n|---|---|---|---|\n")
		for _, t := range m.Tasks(q) {
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", mdCell(t.Title), estimate(t), due(t), mdCell(t.Owner))
		}
		fmt.Fprintln(w)
	}
	return writeFindings(w, "markdown", findings)
}

func estimate(t planning.Task) string {
	if t.Estimate == 0 {
		return "-"
	}
	return t.Estimate.String()
}

func due(t planning.Task) string {
	if t.Due.IsZero() {
		return "-"
	}
	return t.Due.Format("2006-01-02")
}
