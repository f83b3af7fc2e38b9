package planning

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// ReadRisksCSV reads a risk register from CSV with a header row. The "title"
// column is required; the others are optional and match [Risk]'s JSON names:
// id, description, probability, impact, owner, treatment, actions (several
// separated by ";"), reason, review_at (or review_date; a date such as
// 2026-03-31 or an RFC 3339 time) and status. Blank cells are zero. The
// register has the default bands. Errors are *[leadkit.ParseError] values
// with line and column.
func ReadRisksCSV(r io.Reader, source string) (Register, error) {
	c, err := tabular.NewCSV(r, source, "title")
	if err != nil {
		return Register{}, err
	}
	reviewCol := "review_at"
	if !c.Has(reviewCol) && c.Has("review_date") {
		reviewCol = "review_date"
	}
	var reg Register
	for {
		row, err := c.Next()
		if err == io.EOF {
			return reg, nil
		}
		if err != nil {
			return Register{}, err
		}
		if len(reg.Risks) == MaxReadItems {
			return Register{}, &leadkit.ParseError{Source: source, Line: row.Line, Msg: fmt.Sprintf("more than %d risks", MaxReadItems)}
		}
		rk, err := riskFromRow(row, reviewCol)
		if err != nil {
			return Register{}, err
		}
		reg.Risks = append(reg.Risks, rk)
	}
}

func riskFromRow(row *tabular.Row, reviewCol string) (Risk, error) {
	rk := Risk{
		ID: row.String("id"), Title: row.String("title"), Description: row.String("description"),
		Owner: row.String("owner"), Reason: row.String("reason"),
	}
	var err error
	if rk.Probability, err = row.Int("probability"); err != nil {
		return Risk{}, err
	}
	if rk.Impact, err = row.Int("impact"); err != nil {
		return Risk{}, err
	}
	if s := row.String("treatment"); s != "" {
		if err := rk.Treatment.UnmarshalText([]byte(s)); err != nil {
			return Risk{}, row.Errorf("treatment", "%v", err)
		}
	}
	if s := row.String("status"); s != "" {
		if err := rk.Status.UnmarshalText([]byte(s)); err != nil {
			return Risk{}, row.Errorf("status", "%v", err)
		}
	}
	for _, a := range strings.Split(row.String("actions"), ";") {
		if a = strings.TrimSpace(a); a != "" {
			rk.Actions = append(rk.Actions, a)
		}
	}
	if rk.ReviewAt, err = row.Time(reviewCol); err != nil {
		return Risk{}, err
	}
	return rk, nil
}

// ReadRisksJSON reads a risk register from JSON: either a [Register] object
// ({"risks": […], "bands": {…}}) or a bare array of risks. Times are RFC 3339
// ("2026-03-31T00:00:00Z"), as encoding/json writes them. Unknown fields are
// an error. Errors are *[leadkit.ParseError] values with line and column.
func ReadRisksJSON(r io.Reader, source string) (Register, error) {
	data, err := io.ReadAll(io.LimitReader(r, tabular.MaxInput+1))
	if err != nil {
		return Register{}, &leadkit.ParseError{Source: source, Msg: err.Error(), Err: err}
	}
	var reg Register
	if t := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '[' {
		err = tabular.DecodeJSON(bytes.NewReader(data), source, &reg.Risks)
	} else {
		err = tabular.DecodeJSON(bytes.NewReader(data), source, &reg)
	}
	if err != nil {
		return Register{}, err
	}
	if len(reg.Risks) > MaxReadItems {
		return Register{}, &leadkit.ParseError{Source: source, Msg: fmt.Sprintf("more than %d risks", MaxReadItems)}
	}
	return reg, nil
}
