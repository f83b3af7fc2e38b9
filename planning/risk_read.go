package planning

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// RiskColumns are the CSV columns [ReadRisksCSV] knows: [Risk]'s JSON names,
// and review_date as another name for review_at.
var RiskColumns = []string{"id", "title", "description", "probability", "impact", "owner", "treatment",
	"actions", "reason", "review_at", "review_date", "status"}

// ReadRisksCSV reads a risk register from CSV with a header row naming some
// of [RiskColumns]; title is required. Actions are separated by ";" within
// their cell; review_at takes a date (2026-03-31) or an RFC 3339 time. Blank
// cells are zero, and the register has the default bands. An unknown column
// or a malformed value gives a [*leadkit.ParseError] naming the line and
// column.
func ReadRisksCSV(r io.Reader) (Register, error) {
	c, err := tabular.NewCSV(r, "", "title")
	if err != nil {
		return Register{}, err
	}
	if err := c.Unknown(RiskColumns...); err != nil {
		return Register{}, err
	}
	reviewCol := "review_at"
	if c.Has("review_date") {
		if c.Has(reviewCol) {
			return Register{}, c.HeaderErrorf("review_date", "review_date is another name for review_at: keep one of the two columns")
		}
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
			return Register{}, &leadkit.ParseError{Line: row.Line, Msg: fmt.Sprintf("more than %d risks", MaxReadItems)}
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
			return Risk{}, enumCellError(row, "treatment", err)
		}
	}
	if s := row.String("status"); s != "" {
		if err := rk.Status.UnmarshalText([]byte(s)); err != nil {
			return Risk{}, enumCellError(row, "status", err)
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
// refused; malformed input gives a [*leadkit.ParseError] naming the line and
// column.
func ReadRisksJSON(r io.Reader) (Register, error) {
	data, err := io.ReadAll(io.LimitReader(r, tabular.MaxInput+1))
	if err != nil {
		return Register{}, &leadkit.ParseError{Msg: err.Error(), Err: err}
	}
	var reg Register
	if t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n"); len(t) > 0 && t[0] == '[' {
		err = tabular.DecodeJSON(bytes.NewReader(data), "", &reg.Risks)
	} else {
		err = tabular.DecodeJSON(bytes.NewReader(data), "", &reg)
	}
	if err != nil {
		return Register{}, err
	}
	if len(reg.Risks) > MaxReadItems {
		return Register{}, &leadkit.ParseError{Msg: fmt.Sprintf("more than %d risks", MaxReadItems)}
	}
	return reg, nil
}
