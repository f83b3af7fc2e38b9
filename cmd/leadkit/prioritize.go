package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
)

func init() {
	register(&command{name: "prioritize", summary: "rank a tech-debt wall or backlog and reserve sprint capacity for it", run: runPrioritize})
}

const prioritizeSynopsis = `prioritize [-scorer effort-value|composite|rice] [-weights value=1,effort=1,…]
       [-capacity N [-ratio 0.2]] [-in csv|json] [-format text|json|markdown] [FILE|-]

Ranks items (CSV with a header row and a title column, or JSON: an array or one item) and
explains each place. effort-value ranks by the effort-value matrix, quick wins
first; composite uses the weighted mean of value, effort (inverted), risk,
frequency and alignment; rice uses reach × impact × confidence ÷ effort.
With -capacity it keeps a share of the sprint for the top items that fit.`

func runPrioritize(e *env, args []string) int {
	const name = "prioritize"
	fs := flagSet(e, name, prioritizeSynopsis)
	scorerName := fs.String("scorer", "effort-value", "effort-value, composite or rice")
	weights := fs.String("weights", "", "composite weights such as value=2,effort=1 (unnamed criteria get 0; default all equal)")
	capacity := fs.Float64("capacity", 0, "sprint capacity, in the unit of the items' estimates; 0 reserves nothing")
	ratio := fs.Float64("ratio", 0, "share of the capacity kept for these items (default 0.2)")
	inFormat := fs.String("in", "", "input format: csv or json (default: from the file name or content)")
	format := fs.String("format", "text", "output: text, json or markdown")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json", "markdown"); err != nil {
		return usageError(e, name, err)
	}
	scorer, err := priorityScorer(*scorerName, *weights)
	if err != nil {
		return usageError(e, name, err)
	}
	if err := checkReserveFlags(fs, *capacity, *ratio); err != nil {
		return usageError(e, name, err)
	}
	items, err := readCSVOrJSON(e, fs, *inFormat, planning.ReadItemsCSV, planning.ReadItemsJSON)
	if err != nil {
		return usageError(e, name, err)
	}

	findings := planning.CheckItems(items)
	var ranked []planning.Ranked
	if scorer == nil {
		m := planning.EffortValue(items)
		ranked, findings = m.Ranking(), append(findings, m.Findings...)
	} else {
		var fs leadkit.Findings
		ranked, fs = planning.Rank(items, scorer)
		findings = append(findings, fs...)
	}
	var res *planning.Reservation
	if *capacity != 0 {
		r, fs := planning.Reserve(ranked, *capacity, planning.ReserveOptions{Ratio: *ratio})
		findings = append(findings, fs...)
		if fs.Max() != leadkit.Error {
			res = &r
		}
	}

	switch *format {
	case "json":
		err = writeRankingJSON(e.stdout, *scorerName, ranked, res, findings)
	case "markdown":
		err = writeRankingMarkdown(e.stdout, ranked, res, findings)
	default:
		err = writeRankingText(e.stdout, ranked, res, findings)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "leadkit %s: %v\n", name, err)
		return exitUsage
	}
	return statusOf(findings)
}

// priorityScorer returns the named scorer, or nil for the effort-value ranking.
func priorityScorer(name, weights string) (planning.Scorer, error) {
	if weights != "" && name != "composite" {
		return nil, fmt.Errorf("-weights applies to -scorer composite, not %q", name)
	}
	switch name {
	case "effort-value":
		return nil, nil
	case "rice":
		return planning.RICE{}, nil
	case "composite":
		w, err := parsePriorityWeights(weights)
		if err != nil {
			return nil, err
		}
		return planning.Composite{Weights: w}, nil
	}
	return nil, fmt.Errorf("-scorer %q: want effort-value, composite or rice", name)
}

// checkReserveFlags refuses a -capacity or -ratio that Reserve could not
// use: they are usage errors, not findings about the input.
func checkReserveFlags(fs *flag.FlagSet, capacity, ratio float64) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["ratio"] && capacity == 0 {
		return errors.New("-ratio needs -capacity")
	}
	if capacity == 0 {
		return nil // no reservation
	}
	_, findings := planning.Reserve(nil, capacity, planning.ReserveOptions{Ratio: ratio})
	for _, f := range findings.Errors() {
		return fmt.Errorf("-%s: %s", f.Field, f.Message)
	}
	return nil
}

// parsePriorityWeights reads "value=2,effort=1"; criteria not named weigh 0.
func parsePriorityWeights(s string) (planning.Weights, error) {
	var w planning.Weights
	if s == "" {
		return w, nil
	}
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		key, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if !ok || err != nil {
			return w, fmt.Errorf("-weights %q: want criterion=number pairs such as value=2,effort=1", s)
		}
		key = strings.ToLower(strings.TrimSpace(key))
		if seen[key] {
			return w, fmt.Errorf("-weights: %q is given twice", key)
		}
		seen[key] = true
		var dst *float64
		switch key {
		case "value":
			dst = &w.Value
		case "effort":
			dst = &w.Effort
		case "risk":
			dst = &w.Risk
		case "frequency":
			dst = &w.Frequency
		case "alignment":
			dst = &w.Alignment
		default:
			return w, fmt.Errorf("-weights: unknown criterion %q (want value, effort, risk, frequency or alignment)", key)
		}
		*dst = f
	}
	if w == (planning.Weights{}) {
		return w, fmt.Errorf("-weights %q: at least one weight must be above 0", s)
	}
	for _, f := range (planning.Composite{Weights: w}).Check() {
		return w, fmt.Errorf("-weights: %s", f.Message)
	}
	return w, nil
}

// rankedRow is a ranked item as the JSON output shows it: with its
// explanation spelt out.
type rankedRow struct {
	planning.Ranked
	Explanation string `json:"explanation"`
}

func writeRankingJSON(w io.Writer, scorer string, ranked []planning.Ranked, res *planning.Reservation, findings leadkit.Findings) error {
	rows := make([]rankedRow, len(ranked))
	for i, r := range ranked {
		rows[i] = rankedRow{r, r.Explain()}
	}
	if findings == nil {
		findings = leadkit.Findings{}
	}
	return writeJSON(w, struct {
		Scorer      string                `json:"scorer"`
		Ranking     []rankedRow           `json:"ranking"`
		Reservation *planning.Reservation `json:"reservation,omitempty"`
		Findings    leadkit.Findings      `json:"findings"`
	}{scorer, rows, res, findings})
}

// priorityScoreCell is the score column: the quadrant for the effort-value ranking.
func priorityScoreCell(r planning.Ranked) string {
	if r.Score.Scorer == "" {
		return r.Quadrant.String()
	}
	return strconv.FormatFloat(r.Score.Value, 'f', -1, 64)
}

func writeRankingText(w io.Writer, ranked []planning.Ranked, res *planning.Reservation, findings leadkit.Findings) error {
	tw := &planningWriter{w: w}
	for _, r := range ranked {
		id := r.Item.ID
		if id == "" {
			id = "-"
		}
		tw.printf("%3d. %-8s %-13s %s\n", r.Rank, oneLine(id), priorityScoreCell(r), oneLine(r.Item.Title))
		tw.printf("     why: %s\n", r.Explain())
	}
	if res != nil {
		tw.printf("\nReserved %s of %s (%s%%); used %s:\n", planningNumber(res.Reserved), planningNumber(res.Capacity), planningNumber(res.Ratio*100), planningNumber(res.Used))
		for _, r := range res.Selected {
			tw.printf("  selected: %s (%s)\n", oneLine(r.Item.Title), planningNumber(r.Item.Estimate))
		}
		for _, d := range res.Deferred {
			tw.printf("  deferred: %s\n", oneLine(d.Reason()))
		}
	}
	if len(findings) > 0 && (len(ranked) > 0 || res != nil) {
		tw.printf("\n")
	}
	if tw.err != nil {
		return tw.err
	}
	return writeFindings(w, "text", findings)
}

func writeRankingMarkdown(w io.Writer, ranked []planning.Ranked, res *planning.Reservation, findings leadkit.Findings) error {
	tw := &planningWriter{w: w}
	tw.printf("| Rank | ID | Title | Score | Why |\n|---:|---|---|---|---|\n")
	for _, r := range ranked {
		tw.printf("| %d | %s | %s | %s | %s |\n", r.Rank, mdCell(r.Item.ID), mdCell(r.Item.Title), priorityScoreCell(r), mdCell(r.Explain()))
	}
	if res != nil {
		tw.printf("\n**Reserved %s of %s (%s%%); used %s.**\n\n", planningNumber(res.Reserved), planningNumber(res.Capacity), planningNumber(res.Ratio*100), planningNumber(res.Used))
		for _, r := range res.Selected {
			tw.printf("- Selected: %s (%s)\n", mdCell(r.Item.Title), planningNumber(r.Item.Estimate))
		}
		for _, d := range res.Deferred {
			tw.printf("- Deferred: %s\n", mdCell(d.Reason()))
		}
	}
	if tw.err != nil {
		return tw.err
	}
	return writeFindings(w, "markdown", findings)
}

// planningNumber formats a number with at most six decimals and no trailing
// zeros, so that 0.2 × 100 prints as 20.
func planningNumber(f float64) string {
	return strconv.FormatFloat(math.Round(f*1e6)/1e6, 'f', -1, 64)
}

// planningWriter remembers the first write error so that a renderer can print
// freely and check once.
type planningWriter struct {
	w   io.Writer
	err error
}

func (ew *planningWriter) printf(format string, args ...any) {
	if ew.err == nil {
		_, ew.err = fmt.Fprintf(ew.w, format, args...)
	}
}
