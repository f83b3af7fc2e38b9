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

// ItemColumns are the CSV columns [ReadItemsCSV] knows: [Item]'s JSON names.
var ItemColumns = []string{"id", "title", "kind", "value", "effort", "risk", "frequency", "alignment",
	"reach", "impact", "confidence", "estimate", "owner"}

// ReadItemsCSV reads items from CSV with a header row naming some of
// [ItemColumns]; title is required. Names match case-insensitively and a
// space may stand for the underscore. Confidence may be a fraction (0.8) or a
// percentage ("80%"). Blank cells are zero. An unknown column or a malformed
// value gives a [*leadkit.ParseError] naming the line and column.
func ReadItemsCSV(r io.Reader) ([]Item, error) {
	c, err := tabular.NewCSV(r, "", "title")
	if err != nil {
		return nil, err
	}
	if err := c.Unknown(ItemColumns...); err != nil {
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
			return nil, &leadkit.ParseError{Line: row.Line, Msg: fmt.Sprintf("more than %d items", MaxReadItems)}
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
			return Item{}, enumCellError(row, "kind", err)
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

// ReadItemsJSON reads a JSON array of items in [Item]'s JSON form, or a
// single item object. Unknown fields are refused, so that a misspelt name is
// not silently dropped; malformed input gives a [*leadkit.ParseError] naming
// the line and column.
func ReadItemsJSON(r io.Reader) ([]Item, error) {
	items, err := tabular.DecodeJSONList[Item](r, "")
	if err != nil {
		return nil, err
	}
	if len(items) > MaxReadItems {
		return nil, &leadkit.ParseError{Msg: fmt.Sprintf("more than %d items", MaxReadItems)}
	}
	return items, nil
}

// enumCellError reports a cell whose text is not one of an enum's names.
func enumCellError(row *tabular.Row, name string, err error) error {
	return row.Errorf(name, "%s", strings.TrimPrefix(err.Error(), "leadkit: "))
}
