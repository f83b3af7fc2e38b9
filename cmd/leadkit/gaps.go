package main

import (
	"fmt"
	"strings"

	"github.com/leadkit/leadkit/growth"
)

func init() {
	register(&command{name: "gaps", summary: "compare a self-assessment with others' 1–10 ratings: gaps, blind spots, focus skills", run: runGaps})
}

func runGaps(e *env, args []string) int {
	fs := flagSet(e, "gaps", "gaps [-self NAME] [-key SKILL,...] [-min-raters N] [-in csv|json] [-format text|json|markdown] [FILE|-]\n\n"+
		"Input: CSV with columns rater, skill, score (and optional subject, date, comment),\n"+
		"or a JSON array of assessments. The subject's own ratings are the self-assessment.\n")
	self := fs.String("self", "", "whose ratings to compare (default: the one subject the input names)")
	key := fs.String("key", "", "comma-separated key skills of the role, ranked first among focus skills")
	minRaters := fs.Int("min-raters", 0, "other raters a skill needs before its gap is shown (0: the default, 2)")
	inFormat := fs.String("in", "", "input format: csv or json (default: from the file name or content)")
	format := fs.String("format", "text", "output format: text, json or markdown")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json", "markdown"); err != nil {
		return usageError(e, "gaps", err)
	}
	if *minRaters < 0 {
		return usageError(e, "gaps", fmt.Errorf("-min-raters %d: want 0 or more", *minRaters))
	}
	as, err := readCSVOrJSON(e, fs, *inFormat, growth.ReadAssessmentsCSV, growth.ReadAssessmentsJSON)
	if err != nil {
		return usageError(e, "gaps", err)
	}
	if len(as) == 0 {
		return usageError(e, "gaps", fmt.Errorf("the input holds no ratings"))
	}
	round, err := growth.Split(*self, as)
	if err != nil {
		return usageError(e, "gaps", fmt.Errorf("%w (use -self NAME)", err))
	}
	if len(round.Self.Ratings) == 0 && len(round.Others) == 0 {
		return usageError(e, "gaps", fmt.Errorf("no assessment rates %q", round.Self.Subject))
	}
	report := growth.Compare(round.Self, round.Others, growth.Options{MinOthers: *minRaters, KeySkills: gapsSplitList(*key)})
	switch *format {
	case "json":
		err = writeJSON(e.stdout, report)
	case "markdown":
		err = report.WriteMarkdown(e.stdout)
	default:
		err = report.WriteText(e.stdout)
	}
	if err != nil {
		return usageError(e, "gaps", err)
	}
	return statusOf(report.Findings)
}

// gapsSplitList splits a comma-separated flag value, dropping blank items.
func gapsSplitList(s string) []string {
	var out []string
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}
