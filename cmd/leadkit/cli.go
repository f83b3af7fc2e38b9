package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/leadkit/leadkit"
)

// flagSet returns a FlagSet for a subcommand that reports errors instead of
// exiting, and prints usage (the synopsis, then the flags) on -h.
func flagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: leadkit %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args. When it returns false the command must return
// code: exitOK after -h, exitUsage after a bad flag (already reported).
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, true
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	default:
		return exitUsage, false
	}
}

// oneInput returns the single positional argument: a path, or "-" for
// standard input (also when there is none).
func oneInput(fs *flag.FlagSet) (string, error) {
	switch fs.NArg() {
	case 0:
		return "-", nil
	case 1:
		return fs.Arg(0), nil
	default:
		return "", fmt.Errorf("want at most one input file, got %d: %s", fs.NArg(), strings.Join(fs.Args(), " "))
	}
}

// input is an opened input with the name messages use for it.
type input struct {
	name string // the path, or "stdin"
	r    *bufio.Reader
	c    io.Closer // nil for stdin
}

// openInput opens path, or standard input for "-" or "".
func openInput(e *env, path string) (*input, error) {
	if path == "" || path == "-" {
		return &input{name: "stdin", r: bufio.NewReader(e.stdin)}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &input{name: path, r: bufio.NewReader(f), c: f}, nil
}

// Close closes the underlying file, if any.
func (in *input) Close() error {
	if in.c == nil {
		return nil
	}
	return in.c.Close()
}

// utf8BOM is the byte order mark some editors put before UTF-8 text.
const utf8BOM = "\ufeff"

// format picks "csv" or "json" for tabular input: the -in flag when set,
// else the file extension, else a look at the first non-blank byte.
func (in *input) format(flagValue string) (string, error) {
	switch strings.ToLower(flagValue) {
	case "csv", "json":
		return strings.ToLower(flagValue), nil
	case "":
	default:
		return "", fmt.Errorf("-in %q: want csv or json", flagValue)
	}
	switch strings.ToLower(filepath.Ext(in.name)) {
	case ".csv":
		return "csv", nil
	case ".json":
		return "json", nil
	}
	// Peek without consuming, so that the reader still counts the lines
	// of any leading blank space in its error positions.
	first := 1
	if b, _ := in.r.Peek(len(utf8BOM)); string(b) == utf8BOM {
		first += len(utf8BOM)
	}
	for n := first; ; n++ {
		b, err := in.r.Peek(n)
		if err != nil {
			// Empty or blank input, or more blank space than the buffer
			// holds: the CSV reader reports what is wrong.
			return "csv", nil
		}
		switch b[n-1] {
		case ' ', '\t', '\r', '\n':
		case '[', '{':
			return "json", nil
		default:
			return "csv", nil
		}
	}
}

// readCSVOrJSON reads the command's one input (a path, or "-" for standard
// input) with readCSV or readJSON, chosen by the -in flag, the file name or
// the content, and names the input in any parse error.
func readCSVOrJSON[T any](e *env, fs *flag.FlagSet, inFormat string, readCSV, readJSON func(io.Reader) (T, error)) (T, error) {
	var zero T
	path, err := oneInput(fs)
	if err != nil {
		return zero, err
	}
	in, err := openInput(e, path)
	if err != nil {
		return zero, err
	}
	defer in.Close()
	f, err := in.format(inFormat)
	if err != nil {
		return zero, err
	}
	read := readCSV
	if f == "json" {
		read = readJSON
	}
	v, err := read(in.r)
	return v, named(err, in.name)
}

// named sets the input's name on a parse error so the message reads
// "file:line:col: ...".
func named(err error, name string) error {
	var pe *leadkit.ParseError
	if errors.As(err, &pe) && pe.Source == "" {
		pe.Source = name
	}
	return err
}

// checkFormat reports whether format is one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return fmt.Errorf("-format %q: want %s", format, strings.Join(allowed, ", "))
}

// usageError prints err for command name and returns exitUsage.
func usageError(e *env, name string, err error) int {
	fmt.Fprintf(e.stderr, "leadkit %s: %v\n", name, err)
	return exitUsage
}

// writeJSON writes v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeFindings prints findings as text (one per line, with hints), JSON
// (an array, never null) or Markdown (a list under a "Findings" heading,
// nothing when there are none).
func writeFindings(w io.Writer, format string, fs leadkit.Findings) error {
	switch format {
	case "json":
		if fs == nil {
			fs = leadkit.Findings{}
		}
		return writeJSON(w, fs)
	case "markdown":
		return writeFindingsMarkdown(w, fs)
	}
	for _, f := range fs {
		if _, err := fmt.Fprintln(w, f); err != nil {
			return err
		}
		if f.Hint != "" {
			if _, err := fmt.Fprintf(w, "  hint: %s\n", f.Hint); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeFindingsMarkdown(w io.Writer, fs leadkit.Findings) error {
	if len(fs) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("\n## Findings\n\n")
	for _, f := range fs {
		fmt.Fprintf(&b, "- **%s** `%s`", f.Severity, f.Code)
		if f.Field != "" {
			fmt.Fprintf(&b, " (%s)", mdCell(f.Field))
		}
		fmt.Fprintf(&b, ": %s", mdCell(f.Message))
		if f.Hint != "" {
			fmt.Fprintf(&b, " _%s_", mdCell(f.Hint))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine keeps a value on one line of a table.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdCell makes s safe in a Markdown table cell or list item: one line, with
// pipes escaped.
func mdCell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }

// statusOf returns exitFindings when fs has an Error finding, else exitOK.
func statusOf(fs leadkit.Findings) int {
	if fs.Max() == leadkit.Error {
		return exitFindings
	}
	return exitOK
}
