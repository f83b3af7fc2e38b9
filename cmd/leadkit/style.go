package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit/delegation"
)

func init() {
	register(&command{name: "style", summary: "pick a situational delegation style from competence and commitment", run: runStyle})
}

func runStyle(e *env, args []string) int {
	fs := flagSet(e, "style", "style [-competence N|low|high] [-confidence N] [-motivation N] [-commitment low|high] [-list]\n"+
		"                     [-in csv|json] [-format text|json] [FILE|-]\n\n"+
		"With -competence: the style for one person on one task, from 1–10 ratings (with -confidence\n"+
		"and/or -motivation) or from levels (-competence low|high -commitment low|high).\n"+
		"With -list: the four styles and what the lead does in each.\n"+
		"Otherwise: CSV with columns competence and confidence and/or motivation (optional person, task),\n"+
		"or a JSON array of such objects, one style per row. Styles are per task, never per person.\n")
	competence := fs.String("competence", "", "competence on the task: 1–10, or low|high")
	confidence := fs.Int("confidence", 0, "confidence on the task, 1–10")
	motivation := fs.Int("motivation", 0, "motivation (willingness) for the task, 1–10")
	commitment := fs.String("commitment", "", "commitment on the task when -competence is a level: low|high")
	list := fs.Bool("list", false, "describe the four styles")
	inFormat := fs.String("in", "", "input format: csv or json (default: from the file name or content)")
	format := fs.String("format", "text", "output format: text or json")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return usageError(e, "style", err)
	}
	if (*list || *competence != "") && fs.NArg() > 0 {
		return usageError(e, "style", fmt.Errorf("give -list, -competence or an input file, not both: %s", strings.Join(fs.Args(), " ")))
	}
	var err error
	switch {
	case *list:
		err = writeStyles(e.stdout, *format)
	case *competence != "":
		var a delegation.Assessment
		if a, err = assessFlags(*competence, *commitment, *confidence, *motivation); err != nil {
			return usageError(e, "style", err)
		}
		err = writeAssessments(e.stdout, *format, []delegation.Assessment{a})
	default:
		var as []delegation.Assessment
		if as, err = assessInput(e, fs, *inFormat); err != nil {
			return usageError(e, "style", err)
		}
		err = writeAssessments(e.stdout, *format, as)
	}
	if err != nil {
		return usageError(e, "style", err)
	}
	return exitOK
}

// assessFlags assesses one person from the flags: levels or ratings.
func assessFlags(competence, commitment string, confidence, motivation int) (delegation.Assessment, error) {
	var level delegation.Level
	if level.UnmarshalText([]byte(competence)) == nil {
		var c delegation.Level
		if err := c.UnmarshalText([]byte(commitment)); err != nil {
			return delegation.Assessment{}, fmt.Errorf("-commitment %q: want low or high with a -competence level", commitment)
		}
		s := delegation.StyleFor(level, c)
		return delegation.Assessment{Style: s, Competence: level, Commitment: c,
			Reason: fmt.Sprintf("Competence %s and commitment %s: %s.", level, c, s.Describe().Guidance)}, nil
	}
	n, err := strconv.Atoi(competence)
	if err != nil {
		return delegation.Assessment{}, fmt.Errorf("-competence %q: want 1–10, low or high", competence)
	}
	if commitment != "" {
		return delegation.Assessment{}, fmt.Errorf("-commitment goes with -competence low|high; with ratings use -confidence and -motivation")
	}
	return delegation.Assess(delegation.Readiness{Competence: n, Confidence: confidence, Motivation: motivation})
}

// assessInput assesses every row of the CSV or JSON input.
func assessInput(e *env, fs *flag.FlagSet, inFormat string) ([]delegation.Assessment, error) {
	rs, err := readCSVOrJSON(e, fs, inFormat, delegation.ReadReadinessCSV, delegation.ReadReadinessJSON)
	if err != nil {
		return nil, err
	}
	as := make([]delegation.Assessment, len(rs))
	for i, r := range rs {
		if as[i], err = delegation.Assess(r); err != nil {
			return nil, fmt.Errorf("row %d: %w", i+1, err)
		}
	}
	return as, nil
}

func writeAssessments(w io.Writer, format string, as []delegation.Assessment) error {
	if format == "json" {
		if as == nil {
			as = []delegation.Assessment{}
		}
		return writeJSON(w, as)
	}
	var b strings.Builder
	for _, a := range as {
		d := a.Style.Describe()
		fmt.Fprintf(&b, "%s (%s): %s\n  check-ins: %s; decides: %s\n", a.Style, d.Plain, a.Reason, d.CheckIns, d.Decides)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeStyles(w io.Writer, format string) error {
	type styleInfo struct {
		Style delegation.Style `json:"style"`
		delegation.Description
	}
	var all []styleInfo
	for s := delegation.Telling; s <= delegation.Delegating; s++ {
		all = append(all, styleInfo{s, s.Describe()})
	}
	if format == "json" {
		return writeJSON(w, all)
	}
	var b strings.Builder
	for _, s := range all {
		fmt.Fprintf(&b, "%s (%s)\n  fits:      %s\n  guidance:  %s\n  check-ins: %s\n  decides:   %s\n  example:   %s\n",
			s.Style, s.Plain, s.Fits, s.Guidance, s.CheckIns, s.Decides, s.Example)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
