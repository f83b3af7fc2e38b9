package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/delegation"
	"github.com/leadkit/leadkit/internal/tabular"
)

func init() {
	register(&command{name: "goal", summary: "check a delegated goal against SMARTT, from free text or JSON", run: runGoal})
}

// maxGoalInput bounds the goal text read from a file or stdin.
const maxGoalInput = 1 << 20

func runGoal(e *env, args []string) int {
	fs := flagSet(e, "goal", "goal [-text GOAL] [-now YYYY-MM-DD] [-in text|json] [-format text|json|markdown] [FILE|-]\n\n"+
		"Input: one goal in free text (\"Reduce open tech-debt tickets by 30% within 3 months;\n"+
		"post a weekly update on the wiki and review it in Monday check-ins\"), or a JSON goal\n"+
		"object as -format json prints it under \"goal\". Exit 1 when a SMARTT criterion is clearly not met.\n")
	text := fs.String("text", "", "the goal text, instead of reading FILE or stdin")
	nowFlag := fs.String("now", "", "the date to judge deadlines against, YYYY-MM-DD (default: today)")
	inFormat := fs.String("in", "", "input format: text or json (default: from the file name or content)")
	format := fs.String("format", "text", "output format: text, json or markdown")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json", "markdown"); err != nil {
		return usageError(e, "goal", err)
	}
	now := time.Now()
	if *nowFlag != "" {
		d, err := time.ParseInLocation(time.DateOnly, *nowFlag, time.Local)
		if err != nil {
			return usageError(e, "goal", fmt.Errorf("-now %q: want a date such as 2025-03-02", *nowFlag))
		}
		now = d.Add(12 * time.Hour)
	}
	var g delegation.Goal
	if *text != "" {
		if fs.NArg() > 0 {
			return usageError(e, "goal", fmt.Errorf("give the goal with -text or as FILE, not both"))
		}
		g = delegation.ParseGoal(*text, now)
	} else {
		var err error
		if g, err = readGoal(e, fs, *inFormat, now); err != nil {
			return usageError(e, "goal", err)
		}
	}
	findings := delegation.CheckGoal(g, now)
	var err error
	switch *format {
	case "json":
		if findings == nil {
			findings = leadkit.Findings{}
		}
		err = writeJSON(e.stdout, struct {
			Goal     delegation.Goal  `json:"goal"`
			Findings leadkit.Findings `json:"findings"`
		}{g, findings})
	case "markdown":
		err = writeGoalMarkdown(e.stdout, g, findings)
	default:
		err = writeGoalText(e.stdout, g, findings)
	}
	if err != nil {
		return usageError(e, "goal", err)
	}
	return statusOf(findings)
}

// readGoal reads one goal from fs's positional FILE (or stdin) as text or
// JSON.
func readGoal(e *env, fs *flag.FlagSet, inFormat string, now time.Time) (delegation.Goal, error) {
	var g delegation.Goal
	path, err := oneInput(fs)
	if err != nil {
		return g, err
	}
	in, err := openInput(e, path)
	if err != nil {
		return g, err
	}
	defer in.Close()
	kind := strings.ToLower(inFormat)
	switch kind {
	case "text", "json":
	case "":
		// a JSON goal is an object; anything else is text, even when it
		// opens with a bracket ("[Q3] Reduce …")
		if kind, err = in.format(""); err != nil {
			return g, err
		}
		sniffed := !strings.EqualFold(filepath.Ext(in.name), ".json")
		if b, _ := in.r.Peek(1); kind != "json" || sniffed && string(b) != "{" {
			kind = "text"
		}
	default:
		return g, fmt.Errorf("-in %q: want text or json", inFormat)
	}
	data, err := io.ReadAll(io.LimitReader(in.r, maxGoalInput+1))
	if err != nil {
		return g, fmt.Errorf("%s: %w", in.name, err)
	}
	if len(data) > maxGoalInput {
		return g, fmt.Errorf("%s: a goal is at most %d KiB", in.name, maxGoalInput>>10)
	}
	if kind == "json" {
		err = tabular.DecodeJSON(bytes.NewReader(data), in.name, &g)
		return g, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return g, fmt.Errorf("%s: empty input: want a goal", in.name)
	}
	return delegation.ParseGoal(string(data), now), nil
}

// goalRows lists a goal's parts for the text and Markdown reports.
func goalRows(g delegation.Goal) [][2]string {
	quantity := func(q *delegation.Quantity) string {
		if q == nil {
			return ""
		}
		return q.String()
	}
	target := quantity(g.Target)
	if target != "" && g.Relative {
		target += " (change)"
	}
	deadline := ""
	if !g.Deadline.IsZero() {
		deadline = g.Deadline.Format(time.DateOnly)
	}
	checkIn := ""
	if !g.CheckIn.IsZero() {
		checkIn = g.CheckIn.String()
	}
	return [][2]string{
		{"objective", g.Objective}, {"measure", g.Measure}, {"baseline", quantity(g.Baseline)}, {"target", target},
		{"relevance", g.Relevance}, {"deadline", deadline}, {"tracking", g.Tracking}, {"check-in", checkIn},
	}
}

func writeGoalText(w io.Writer, g delegation.Goal, findings leadkit.Findings) error {
	var b strings.Builder
	for _, r := range goalRows(g) {
		v := r[1]
		if v == "" {
			v = "-"
		}
		fmt.Fprintf(&b, "%-10s %s\n", r[0]+":", v)
	}
	if len(findings) == 0 {
		b.WriteString("\nSMARTT: every criterion is met.\n")
	} else {
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return writeFindings(w, "text", findings)
}

func writeGoalMarkdown(w io.Writer, g delegation.Goal, findings leadkit.Findings) error {
	var b strings.Builder
	b.WriteString("| Part | Value |\n|---|---|\n")
	for _, r := range goalRows(g) {
		fmt.Fprintf(&b, "| %s | %s |\n", r[0], mdCell(r[1]))
	}
	b.WriteString("\n| Criterion | Result | Note |\n|---|---|---|\n")
	for _, c := range []struct{ name, code string }{
		{"Specific", delegation.CodeSpecific}, {"Measurable", delegation.CodeMeasurable},
		{"Achievable", delegation.CodeAchievable}, {"Relevant", delegation.CodeRelevant},
		{"Time-bound", delegation.CodeTimeBound}, {"Trackable", delegation.CodeTrackable},
	} {
		result, note := "met", ""
		for _, f := range findings {
			if f.Code == c.code {
				result, note = f.Severity.String(), f.Message
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", c.name, result, mdCell(note))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
