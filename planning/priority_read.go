package planning

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// MaxReadItems is the most items or risks the readers accept from one input.
const MaxReadItems = 1 << 20

// ReadItemsCSV reads items from CSV with a header row. The "title" column is
// required; the others are optional and match [Item]'s JSON names: id, kind,
// value, effort, risk, frequency, alignment, reach, impact, confidence,
// estimate, owner. Confidence may be a fraction (0.8) or a percentage
// ("80%"). Blank cells are zero. source names the input in errors, which are
// *[leadkit.ParseError] values with line and column.
func ReadItemsCSV(r io.Reader, source string) ([]Item, error) {
	c, err := tabular.NewCSV(r, source, "title")
	if err != nil {
		return nil, err
	}
	var items []Item
	for {
		row, err := c.Next()
		if err == io.EOF {
			return items, nil
		}
		if err != nil {
			return nil, err
		}
		if len(items) == MaxReadItems {
			return nil, &leadkit.ParseError{Source: source, Line: row.Line, Msg: fmt.Sprintf("more than %d items", MaxReadItems)}
		}
		it, err := itemFromRow(row)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
}

func itemFromRow(row *tabular.Row) (Item, error) {
	it := Item{ID: row.String("id"), Title: row.String("title"), Owner: row.String("owner")}
	if s := row.String("kind"); s != "" {
		if err := it.Kind.UnmarshalText([]byte(s)); err != nil {
			return Item{}, row.Errorf("kind", "%v", err)
		}
	}
	for _, col := range []struct {
		name string
		dst  *int
	}{
		{"value", &it.Value}, {"effort", &it.Effort}, {"risk", &it.Risk},
		{"frequency", &it.Frequency}, {"alignment", &it.Alignment},
	} {
		n, err := row.Int(col.name)
		if err != nil {
			return Item{}, err
		}
		*col.dst = n
	}
	for _, col := range []struct {
		name string
		dst  *float64
	}{
		{"reach", &it.Reach}, {"impact", &it.Impact}, {"estimate", &it.Estimate},
	} {
		f, err := row.Float(col.name)
		if err != nil {
			return Item{}, err
		}
		*col.dst = f
	}
	conf, err := readFraction(row, "confidence")
	if err != nil {
		return Item{}, err
	}
	it.Confidence = conf
	return it, nil
}

// readFraction reads a fraction column that may be written as a percentage
// ("80%" is 0.8).
func readFraction(row *tabular.Row, name string) (float64, error) {
	s := row.String(name)
	pct, ok := strings.CutSuffix(s, "%")
	if !ok {
		return row.Float(name)
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
	if err != nil || !finiteFloat(f) || f < -1e6 || f > 1e6 {
		return 0, row.Errorf(name, "%q is not a percentage", s)
	}
	return f / 100, nil
}

// ReadItemsJSON reads items from a JSON array of objects with [Item]'s
// fields. Unknown fields are an error, so that a misspelt name is not
// silently dropped. Errors are *[leadkit.ParseError] values with line and
// column.
func ReadItemsJSON(r io.Reader, source string) ([]Item, error) {
	var items []Item
	if err := tabular.DecodeJSON(r, source, &items); err != nil {
		return nil, err
	}
	if len(items) > MaxReadItems {
		return nil, &leadkit.ParseError{Source: source, Msg: fmt.Sprintf("more than %d items", MaxReadItems)}
	}
	return items, nil
}
