package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/feedback"
)

func init() {
	register(&command{name: "sbi", summary: "check Situation–Behavior–Impact feedback for judgement, generalization and vagueness", run: runSBI})
}

const sbiSynopsis = `sbi [-situation S -behavior B -impact I | -text T] [-in csv|json|text] [-format text|json] [FILE|-]

Checks SBI feedback and prints the findings. Give one SBI with the flags
(-text is one free text that is split into the three parts), or a file or
standard input: CSV with the columns situation, behavior and impact (or one
text column), a JSON object or array with those fields, or plain text, which
is split into the parts. With flags, -format json prints the findings as an
array; with input, it prints one result per row.`

// sbiResult is the JSON output for one row of input.
type sbiResult struct {
	Row      int              `json:"row"`
	Line     int              `json:"line,omitempty"`
	SBI      feedback.SBI     `json:"sbi"`
	Findings leadkit.Findings `json:"findings"`
}

func runSBI(e *env, args []string) int {
	const name = "sbi"
	fs := flagSet(e, name, sbiSynopsis)
	situation := fs.String("situation", "", "when and where it happened")
	behavior := fs.String("behavior", "", "what the person did or said")
	impact := fs.String("impact", "", "what effect it had")
	text := fs.String("text", "", "one free text to split into situation, behavior and impact")
	inFormat := fs.String("in", "", "input format: csv, json or text (default: from the file name or content)")
	format := fs.String("format", "text", "output format: text or json")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return usageError(e, name, err)
	}
	flagged := *situation != "" || *behavior != "" || *impact != ""
	if flagged || *text != "" {
		if fs.NArg() > 0 {
			return usageError(e, name, fmt.Errorf("give the feedback as flags or as input, not both"))
		}
		if flagged && *text != "" {
			return usageError(e, name, fmt.Errorf("-text goes alone, without -situation, -behavior or -impact"))
		}
		s := feedback.SBI{Situation: *situation, Behavior: *behavior, Impact: *impact}
		if *text != "" {
			s, _ = feedback.ParseSBI(*text)
		}
		findings := feedback.CheckSBI(s)
		if err := writeSBIFindings(e.stdout, *format, findings); err != nil {
			return usageError(e, name, err)
		}
		return statusOf(findings)
	}
	path, err := oneInput(fs)
	if err != nil {
		return usageError(e, name, err)
	}
	rows, err := readSBI(e, path, *inFormat)
	if err != nil {
		return usageError(e, name, err)
	}
	results := make([]sbiResult, len(rows))
	status := exitOK
	for i, r := range rows {
		results[i] = sbiResult{Row: i + 1, Line: r.Line, SBI: r.SBI, Findings: feedback.CheckSBI(r.SBI)}
		if results[i].Findings == nil {
			results[i].Findings = leadkit.Findings{}
		}
		status = max(status, statusOf(results[i].Findings))
	}
	if *format == "json" {
		err = writeJSON(e.stdout, results)
	} else {
		err = writeSBIResults(e.stdout, results)
	}
	if err != nil {
		return usageError(e, name, err)
	}
	return status
}

// readSBI reads the rows of the input: CSV, JSON or plain text.
func readSBI(e *env, path, inFormat string) ([]feedback.SBIRow, error) {
	in, err := openInput(e, path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	kind := strings.ToLower(inFormat)
	if kind == "" {
		switch strings.ToLower(filepath.Ext(in.name)) {
		case ".txt", ".md":
			kind = "text"
		case ".csv":
			kind = "csv"
		case ".json":
			kind = "json"
		default:
			// Sniff: JSON starts with an object or an array of them, CSV
			// with a header naming the columns; anything else is free text
			// ("[Retro] In Tuesday's retro, …").
			if kind, err = in.format(""); err != nil {
				return nil, err
			}
			head, _ := in.r.Peek(4096)
			if kind == "csv" && !sbiHeader(string(head)) || kind == "json" && !jsonObjects(string(head)) {
				kind = "text"
			}
		}
	}
	if kind != "csv" && kind != "json" && kind != "text" {
		return nil, fmt.Errorf("-in %q: want csv, json or text", inFormat)
	}
	switch kind {
	case "json":
		rows, err := feedback.ReadSBIJSON(in.r)
		return rows, named(err, in.name)
	case "csv":
		rows, err := feedback.ReadSBICSV(in.r)
		return rows, named(err, in.name)
	}
	data, err := io.ReadAll(io.LimitReader(in.r, feedback.MaxTextLen+1))
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(string(data)) == "" {
		return nil, &leadkit.ParseError{Source: in.name, Line: 1, Msg: "empty input: want feedback text"}
	}
	s, _ := feedback.ParseSBI(string(data))
	return []feedback.SBIRow{{SBI: s, Line: 1}}, nil
}

// jsonObjects reports whether head opens a JSON object or an array of
// objects: "{" then a key or "}", or "[" then "{" or "]".
func jsonObjects(head string) bool {
	rest := strings.TrimLeft(head, " \t\r\n")
	if rest == "" {
		return false
	}
	open := rest[0]
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	switch {
	case rest == "":
		return true // cut short: let the JSON reader say what is wrong
	case open == '{':
		return rest[0] == '"' || rest[0] == '}'
	case open == '[':
		return rest[0] == '{' || rest[0] == ']'
	}
	return false
}

// sbiHeader reports whether the first line of input is a CSV header of SBI
// columns: nothing but situation, behavior (or behaviour), impact and text,
// with a behavior or text column. Free text that mentions those words ("In
// the standup, you said the text was wrong.") is not a header.
func sbiHeader(head string) bool {
	first, _, _ := strings.Cut(head, "\n")
	fields := strings.Split(strings.TrimSpace(first), ",")
	if len(fields) < 2 && !strings.EqualFold(strings.Trim(first, " \t\r\""), "text") {
		return false
	}
	main := false
	for _, f := range fields {
		switch strings.ToLower(strings.Trim(f, " \t\r\"")) {
		case "behavior", "behaviour", "text":
			main = true
		case "situation", "impact":
		default:
			return false
		}
	}
	return main
}

func writeSBIFindings(w io.Writer, format string, findings leadkit.Findings) error {
	if format == "text" && len(findings) == 0 {
		_, err := fmt.Fprintln(w, "ok: no findings")
		return err
	}
	return writeFindings(w, format, findings)
}

func writeSBIResults(w io.Writer, results []sbiResult) error {
	for _, r := range results {
		where := fmt.Sprintf("row %d", r.Row)
		if r.Line > 0 && len(results) > 1 {
			where += fmt.Sprintf(" (line %d)", r.Line)
		}
		if len(results) > 1 {
			if _, err := fmt.Fprintf(w, "%s:\n", where); err != nil {
				return err
			}
		}
		if len(results) == 1 {
			if _, err := fmt.Fprintf(w, "situation: %s\nbehavior:  %s\nimpact:    %s\n", r.SBI.Situation, r.SBI.Behavior, r.SBI.Impact); err != nil {
				return err
			}
		}
		if err := writeSBIFindings(w, "text", r.Findings); err != nil {
			return err
		}
	}
	return nil
}
