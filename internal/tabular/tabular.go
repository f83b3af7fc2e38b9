// Package tabular reads the CSV and JSON inputs of leadkit's readers and
// turns every problem into a *leadkit.ParseError that names the line and
// column, so that each domain package's reader stays a short mapping from
// columns to fields.
package tabular

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// MaxInput is the largest input the readers accept, in bytes.
const MaxInput = 64 << 20

// inputLimit is MaxInput; tests lower it to exercise the limit cheaply.
var inputLimit int64 = MaxInput

// errTooLarge reports an input beyond inputLimit.
func errTooLarge() error {
	return fmt.Errorf("input is larger than %d MiB", inputLimit>>20)
}

// cappedReader fails once more than inputLimit bytes have been read, so
// that an input over the limit is refused rather than silently cut short.
type cappedReader struct {
	r    io.Reader
	read int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	if c.read > inputLimit {
		return n, errTooLarge()
	}
	return n, err
}

// CSV reads comma-separated rows under a header row. Column names are matched
// case-insensitively, ignoring surrounding spaces and underscores versus
// spaces ("due date", "Due_Date" and "due_date" are one column).
type CSV struct {
	source string
	r      *csv.Reader
	cols   map[string]int
	width  int // the number of header cells
}

// NewCSV reads the header row from r and checks that every required column
// is present. source names the input in errors.
func NewCSV(r io.Reader, source string, required ...string) (*CSV, error) {
	cr := csv.NewReader(&cappedReader{r: r})
	cr.FieldsPerRecord = -1 // short rows are reported with their line below
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &leadkit.ParseError{Source: source, Line: 1, Msg: "empty input: want a header row naming the columns"}
	}
	if err != nil {
		return nil, csvError(source, err)
	}
	c := &CSV{source: source, r: cr, cols: make(map[string]int, len(header)), width: len(header)}
	for i, h := range header {
		key := columnKey(h)
		if key == "" {
			continue
		}
		if _, dup := c.cols[key]; dup {
			line, col := cr.FieldPos(i)
			return nil, &leadkit.ParseError{Source: source, Line: line, Col: col, Msg: fmt.Sprintf("column %q appears twice in the header", h)}
		}
		c.cols[key] = i
	}
	for _, name := range required {
		if _, ok := c.cols[columnKey(name)]; !ok {
			return nil, &leadkit.ParseError{Source: source, Line: 1, Msg: fmt.Sprintf("header has no %q column", name)}
		}
	}
	return c, nil
}

func columnKey(name string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff"))), " ", "_")
}

// Unknown returns an error naming the first header column that is not one
// of known, so that a misspelt column ("urgnet") is not silently ignored.
func (c *CSV) Unknown(known ...string) error {
	allowed := make(map[string]bool, len(known))
	for _, k := range known {
		allowed[columnKey(k)] = true
	}
	n := 0
	for _, i := range c.cols {
		n = max(n, i+1)
	}
	names := make([]string, n) // in header order, "" for skipped blank columns
	for name, i := range c.cols {
		names[i] = name
	}
	for i, name := range names {
		if name != "" && !allowed[name] {
			line, col := c.r.FieldPos(i)
			return &leadkit.ParseError{Source: c.source, Line: line, Col: col,
				Msg: fmt.Sprintf("unknown column %q (known columns: %s)", name, strings.Join(known, ", "))}
		}
	}
	return nil
}

// HeaderErrorf returns a parse error about the named column of the header
// row, such as a column that conflicts with another.
func (c *CSV) HeaderErrorf(name, format string, args ...any) error {
	line, col := 1, 0
	if i, ok := c.cols[columnKey(name)]; ok {
		line, col = c.r.FieldPos(i)
	}
	return &leadkit.ParseError{Source: c.source, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// Has reports whether the header has the named column.
func (c *CSV) Has(name string) bool {
	_, ok := c.cols[columnKey(name)]
	return ok
}

// Next returns the next non-blank row, or io.EOF after the last. A row may
// be shorter than the header (the missing cells are blank) but not longer,
// except for blank cells: more values than columns usually means a comma
// that should have been quoted, and reading on would silently cut a value
// short.
func (c *CSV) Next() (*Row, error) {
	for {
		rec, err := c.r.Read()
		if err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, csvError(c.source, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		for i := c.width; i < len(rec); i++ {
			if strings.TrimSpace(rec[i]) != "" {
				line, col := c.r.FieldPos(i)
				columns := "columns"
				if c.width == 1 {
					columns = "column"
				}
				return nil, &leadkit.ParseError{Source: c.source, Line: line, Col: col,
					Msg: fmt.Sprintf("the row has more values than the header has %s (%d); quote a value that holds a comma", columns, c.width)}
			}
		}
		line, _ := c.r.FieldPos(0)
		row := &Row{c: c, rec: rec, Line: line}
		row.cols = make([]int, len(rec))
		for i := range rec {
			_, row.cols[i] = c.r.FieldPos(i)
		}
		return row, nil
	}
}

func csvError(source string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &leadkit.ParseError{Source: source, Line: pe.Line, Col: pe.Column, Msg: pe.Err.Error(), Err: pe.Err}
	}
	return &leadkit.ParseError{Source: source, Msg: err.Error(), Err: err}
}

// Row is one CSV row. Its getters return the trimmed text of a column, or
// a typed value; their errors are *leadkit.ParseError values naming the
// row's line and the field's column.
type Row struct {
	// Line is the 1-based line the row starts on.
	Line int
	c    *CSV
	rec  []string
	cols []int
}

// String returns the trimmed text of the named column, or "" when the
// column is absent from the header or the row is short.
func (r *Row) String(name string) string {
	i, ok := r.c.cols[columnKey(name)]
	if !ok || i >= len(r.rec) {
		return ""
	}
	return strings.TrimSpace(r.rec[i])
}

// Errorf returns a parse error about the named column of this row.
func (r *Row) Errorf(name, format string, args ...any) error {
	col := 0
	if i, ok := r.c.cols[columnKey(name)]; ok && i < len(r.cols) {
		col = r.cols[i]
	}
	return &leadkit.ParseError{Source: r.c.source, Line: r.Line, Col: col, Msg: name + ": " + fmt.Sprintf(format, args...)}
}

// Bool reads a yes/no column: true, yes, y, 1, x and false, no, n, 0 and
// blank, in any letter case.
func (r *Row) Bool(name string) (bool, error) {
	switch strings.ToLower(r.String(name)) {
	case "true", "yes", "y", "1", "x":
		return true, nil
	case "false", "no", "n", "0", "":
		return false, nil
	}
	return false, r.Errorf(name, "%q is not yes or no", r.String(name))
}

// Int reads an integer column; blank is 0.
func (r *Row) Int(name string) (int, error) {
	s := r.String(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, r.Errorf(name, "%q is not a whole number", s)
	}
	return n, nil
}

// Float reads a decimal column; blank is 0. NaN and infinities are refused.
func (r *Row) Float(name string) (float64, error) {
	s := r.String(name)
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != f || f > 1e300 || f < -1e300 {
		return 0, r.Errorf(name, "%q is not a number", s)
	}
	return f, nil
}

// Duration reads a duration column such as "90m", "1h30m" or a plain number
// of hours ("1.5"); blank is 0. Negative durations are refused.
func (r *Row) Duration(name string) (time.Duration, error) {
	s := r.String(name)
	if s == "" {
		return 0, nil
	}
	d, err := ParseDuration(s)
	if err != nil {
		return 0, r.Errorf(name, "%v", err)
	}
	return d, nil
}

// Time reads a date ("2026-03-31") or an RFC 3339 time; blank is the zero
// time. Dates are midnight UTC.
func (r *Row) Time(name string) (time.Time, error) {
	s := r.String(name)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := ParseTime(s)
	if err != nil {
		return time.Time{}, r.Errorf(name, "%v", err)
	}
	return t, nil
}

// ParseDuration reads "90m", "1h30m" or a plain number of hours ("1.5").
func ParseDuration(s string) (time.Duration, error) {
	if h, err := strconv.ParseFloat(s, 64); err == nil {
		if h < 0 || h != h || h > 1e6 {
			return 0, fmt.Errorf("%q is not a duration from 0 to a million hours", s)
		}
		return time.Duration(h * float64(time.Hour)), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a duration such as 90m, 1h30m or 1.5 (hours)", s)
	}
	return d, nil
}

// ParseTime reads a date ("2026-03-31", midnight UTC) or an RFC 3339 time.
func ParseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date such as 2026-03-31 or a time such as 2026-03-31T09:00:00Z", s)
}

// Position converts a byte offset in data to a 1-based line and column.
func Position(data []byte, offset int64) (line, col int) {
	offset = max(0, min(offset, int64(len(data))))
	before := data[:offset]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
