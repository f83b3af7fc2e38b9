package feedback

import (
	"fmt"
	"io"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// SBIRow is one SBI read by [ReadSBICSV] or [ReadSBIJSON].
type SBIRow struct {
	SBI
	// Line is the 1-based line the row starts on in CSV input; 0 in JSON.
	Line int `json:"line,omitempty"`
}

// sbiJSON is the JSON form of one row: the three parts, or one free text
// that ParseSBI splits.
type sbiJSON struct {
	Situation string `json:"situation"`
	Behavior  string `json:"behavior"`
	Behaviour string `json:"behaviour"`
	Impact    string `json:"impact"`
	Text      string `json:"text"`
}

func (j sbiJSON) row(line, index int) (SBIRow, error) {
	behavior := j.Behavior
	if behavior == "" {
		behavior = j.Behaviour
	}
	parts := j.Situation != "" || behavior != "" || j.Impact != ""
	switch {
	case j.Text != "" && parts:
		return SBIRow{}, &leadkit.ParseError{Line: line,
			Msg: fmt.Sprintf("row %d: give either text or the situation, behavior and impact, not both", index+1)}
	case j.Text != "":
		s, _ := ParseSBI(j.Text)
		return SBIRow{SBI: s, Line: line}, nil
	}
	return SBIRow{SBI: SBI{Situation: j.Situation, Behavior: behavior, Impact: j.Impact}, Line: line}, nil
}

// ReadSBICSV reads SBIs from CSV with a header row: columns situation,
// behavior (or behaviour) and impact, or a single text column that
// [ParseSBI] splits. Errors are [*leadkit.ParseError] values with the line
// and column.
func ReadSBICSV(r io.Reader) ([]SBIRow, error) {
	c, err := tabular.NewCSV(r, "")
	if err != nil {
		return nil, err
	}
	if !c.Has("text") && !c.Has("behavior") && !c.Has("behaviour") {
		return nil, &leadkit.ParseError{Line: 1, Msg: "header has neither a behavior column nor a text column"}
	}
	var out []SBIRow
	for {
		row, err := c.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		j := sbiJSON{Situation: row.String("situation"), Behavior: row.String("behavior"), Behaviour: row.String("behaviour"),
			Impact: row.String("impact"), Text: row.String("text")}
		s, err := j.row(row.Line, len(out))
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// ReadSBIJSON reads one SBI object or an array of them, each with the
// fields situation, behavior (or behaviour) and impact, or a single text
// field that [ParseSBI] splits. Unknown fields are refused.
func ReadSBIJSON(r io.Reader) ([]SBIRow, error) {
	rows, err := tabular.DecodeJSONList[sbiJSON](r, "")
	if err != nil {
		return nil, err
	}
	out := make([]SBIRow, 0, len(rows))
	for i, j := range rows {
		s, err := j.row(0, i)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
