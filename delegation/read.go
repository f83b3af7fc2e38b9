package delegation

import (
	"fmt"
	"io"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// MaxReadiness bounds the rows ReadReadinessCSV and ReadReadinessJSON
// accept.
const MaxReadiness = 100_000

// ReadReadinessCSV reads readiness ratings from CSV with a header row and
// the columns competence and one or both of confidence and motivation (1–10,
// blank for not rated), plus optional person and task. Errors are
// [*leadkit.ParseError] values naming the line and column.
func ReadReadinessCSV(r io.Reader) ([]Readiness, error) {
	c, err := tabular.NewCSV(r, "", "competence")
	if err != nil {
		return nil, err
	}
	if err := c.Unknown("person", "task", "competence", "confidence", "motivation"); err != nil {
		return nil, err
	}
	if !c.Has("confidence") && !c.Has("motivation") {
		return nil, &leadkit.ParseError{Line: 1, Msg: `header has neither a "confidence" nor a "motivation" column`}
	}
	var out []Readiness
	for {
		row, err := c.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if len(out) == MaxReadiness {
			return nil, &leadkit.ParseError{Line: row.Line, Msg: fmt.Sprintf("more than %d rows", MaxReadiness)}
		}
		rd := Readiness{Person: row.String("person"), Task: row.String("task")}
		for _, f := range []struct {
			name string
			dst  *int
		}{{"competence", &rd.Competence}, {"confidence", &rd.Confidence}, {"motivation", &rd.Motivation}} {
			n, err := row.Int(f.name)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 10 || n == 0 && f.name == "competence" {
				return nil, row.Errorf(f.name, "%q is not a rating from 1 to 10", row.String(f.name))
			}
			*f.dst = n
		}
		if rd.Confidence == 0 && rd.Motivation == 0 {
			return nil, row.Errorf("confidence", "rate confidence or motivation")
		}
		out = append(out, rd)
	}
}

// ReadReadinessJSON reads a JSON array of [Readiness] objects, or a single
// one. Unknown fields are refused. Errors are [*leadkit.ParseError] values
// naming the line and column where the JSON is malformed, or of the element
// whose ratings are out of range.
func ReadReadinessJSON(r io.Reader) ([]Readiness, error) {
	return tabular.DecodeJSONListFunc(r, "", func(i int, rd *Readiness) error {
		if i == MaxReadiness {
			return fmt.Errorf("more than %d elements", MaxReadiness)
		}
		_, err := Assess(*rd)
		return err
	})
}
