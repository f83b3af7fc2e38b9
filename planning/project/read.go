package project

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// MaxSteps bounds what the readers accept: steps in a plan, updates in a
// list.
const MaxSteps = 1 << 20

// ReadPlanJSON reads a plan in [Plan]'s JSON form. Times are RFC 3339
// ("2026-03-30T00:00:00Z"), as encoding/json writes them. Unknown fields
// are refused, so that a misspelt name is not silently dropped; malformed
// input gives a [*leadkit.ParseError] naming the line and column.
func ReadPlanJSON(r io.Reader) (Plan, error) {
	var p Plan
	if err := tabular.DecodeJSON(r, "", &p); err != nil {
		return Plan{}, err
	}
	if len(p.Steps) > MaxSteps {
		return Plan{}, &leadkit.ParseError{Msg: fmt.Sprintf("more than %d steps", MaxSteps)}
	}
	return p, nil
}

// UpdateColumns are the CSV columns [ReadUpdatesCSV] knows.
var UpdateColumns = []string{"step", "date", "done", "remaining"}

// ReadUpdatesCSV reads progress updates from CSV with a header row naming
// [UpdateColumns]; step, date and remaining are required. Dates are
// 2026-03-31 or RFC 3339 times; done and remaining are person-days. An
// unknown column or a malformed value gives a [*leadkit.ParseError] naming
// the line and column.
func ReadUpdatesCSV(r io.Reader) ([]Update, error) {
	c, err := tabular.NewCSV(r, "", "step", "date", "remaining")
	if err != nil {
		return nil, err
	}
	if err := c.Unknown(UpdateColumns...); err != nil {
		return nil, err
	}
	var out []Update
	for {
		row, err := c.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if len(out) == MaxSteps {
			return nil, &leadkit.ParseError{Line: row.Line, Msg: fmt.Sprintf("more than %d updates", MaxSteps)}
		}
		u := Update{Step: row.String("step")}
		if u.Step == "" {
			return nil, row.Errorf("step", "every update names a step")
		}
		if u.Date, err = row.Time("date"); err != nil {
			return nil, err
		}
		if u.Date.IsZero() {
			return nil, row.Errorf("date", "every update has a date")
		}
		if u.Done, err = row.Float("done"); err != nil {
			return nil, err
		}
		if row.String("remaining") == "" {
			return nil, row.Errorf("remaining", "every update says how much work is left (0 when finished)")
		}
		if u.Remaining, err = row.Float("remaining"); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
}

// ReadUpdatesJSON reads a JSON array of updates in [Update]'s JSON form, or
// a single update object. As in CSV, every update needs a step, a date and
// the remaining work (0 when finished): a missing remaining is not taken to
// mean done. Unknown fields are refused; malformed input gives a
// [*leadkit.ParseError] naming the line and column.
func ReadUpdatesJSON(r io.Reader) ([]Update, error) {
	var out []Update
	_, err := tabular.DecodeJSONListFunc(r, "", func(i int, u *updateJSON) error {
		switch {
		case strings.TrimSpace(u.Step) == "":
			return fmt.Errorf("update %d names no step", i+1)
		case u.Date.IsZero():
			return fmt.Errorf("update %d has no date", i+1)
		case u.Remaining == nil:
			return fmt.Errorf("update %d does not say how much work is left (0 when finished)", i+1)
		}
		out = append(out, Update{Step: u.Step, Date: u.Date, Done: u.Done, Remaining: *u.Remaining})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) > MaxSteps {
		return nil, &leadkit.ParseError{Msg: fmt.Sprintf("more than %d updates", MaxSteps)}
	}
	return out, nil
}

// updateJSON is [Update] as ReadUpdatesJSON reads it, telling a missing
// remaining from 0.
type updateJSON struct {
	Step      string    `json:"step"`
	Date      time.Time `json:"date"`
	Done      float64   `json:"done,omitempty"`
	Remaining *float64  `json:"remaining"`
}
