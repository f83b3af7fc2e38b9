package feedback

import (
	"errors"
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

// sbi returns the row's SBI, or an error when it gives both a text and
// parts.
func (j sbiJSON) sbi() (SBI, error) {
	behavior := j.Behavior
	if behavior == "" {
		behavior = j.Behaviour
	}
	parts := j.Situation != "" || behavior != "" || j.Impact != ""
	switch {
	case j.Text != "" && parts:
		return SBI{}, errors.New("give either text or the situation, behavior and impact, not both")
	case j.Text != "":
		s, _ := ParseSBI(j.Text)
		return s, nil
	}
	return SBI{Situation: j.Situation, Behavior: behavior, Impact: j.Impact}, nil
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
		s, err := j.sbi()
		if err != nil {
			return nil, row.Errorf("text", "%v", err)
		}
		out = append(out, SBIRow{SBI: s, Line: row.Line})
	}
}

// ReadSBIJSON reads one SBI object or an array of them, each with the
// fields situation, behavior (or behaviour) and impact, or a single text
// field that [ParseSBI] splits. Unknown fields are refused. Errors are
// [*leadkit.ParseError] values with the line and column.
func ReadSBIJSON(r io.Reader) ([]SBIRow, error) {
	var out []SBIRow
	_, err := tabular.DecodeJSONListFunc(r, "", func(_ int, j *sbiJSON) error {
		s, err := j.sbi()
		out = append(out, SBIRow{SBI: s})
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
