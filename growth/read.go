package growth

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// MaxRatings is the most ratings the readers accept from one input.
const MaxRatings = 1 << 20

// ReadAssessmentsCSV reads ratings from CSV with a header row, one rating a
// row. The columns rater, skill and score are required; subject, date and
// comment are optional (column names ignore case, and spaces match
// underscores); any other column is an error, so that a misspelt one is not
// silently ignored. Rows that share rater, subject and date form one
// assessment, in the order they first appear. A blank rater is anonymous:
// since anonymous raters cannot be told apart, a run of their rows forms one
// assessment until a skill repeats, which starts the next anonymous
// assessment. A blank score means "not
// rated" and the row is skipped; a score that is not a whole number is an
// error. Whether scores lie within 1–10 is left to [Compare], which reports
// it as a finding.
//
// Errors are [*leadkit.ParseError] values naming the line and column.
func ReadAssessmentsCSV(r io.Reader) ([]Assessment, error) {
	c, err := tabular.NewCSV(r, "", "rater", "skill", "score")
	if err != nil {
		return nil, err
	}
	if err := c.Unknown("rater", "subject", "date", "skill", "score", "comment"); err != nil {
		return nil, err
	}
	var out []Assessment
	index := make(map[string]int)
	n := 0
	for {
		row, err := c.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if row.String("score") == "" {
			continue
		}
		if n++; n > MaxRatings {
			return nil, &leadkit.ParseError{Line: row.Line, Msg: fmt.Sprintf("more than %d ratings", MaxRatings)}
		}
		rating, a, err := readRow(row)
		if err != nil {
			return nil, err
		}
		key := strings.ToLower(a.Rater) + "\x00" + strings.ToLower(a.Subject) + "\x00" + a.Date.UTC().Format(time.RFC3339Nano)
		i, ok := index[key]
		if ok && a.Rater == "" && slices.ContainsFunc(out[i].Ratings, func(r Rating) bool { return strings.EqualFold(r.Skill, rating.Skill) }) {
			ok = false // another anonymous rater
		}
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, a)
		}
		out[i].Ratings = append(out[i].Ratings, rating)
	}
}

func readRow(row *tabular.Row) (Rating, Assessment, error) {
	rt := Rating{Skill: row.String("skill"), Comment: row.String("comment")}
	if rt.Skill == "" {
		return rt, Assessment{}, row.Errorf("skill", "is empty")
	}
	score := row.String("score")
	n, err := strconv.Atoi(score)
	if err != nil {
		return rt, Assessment{}, row.Errorf("score", "%q is not a whole number from 1 to 10", score)
	}
	rt.Score = n
	date, err := row.Time("date")
	if err != nil {
		return rt, Assessment{}, err
	}
	return rt, Assessment{Rater: row.String("rater"), Subject: row.String("subject"), Date: date}, nil
}

// ReadAssessmentsJSON reads a JSON array of assessments, or a single
// assessment object, in the form [Assessment] marshals to. Unknown fields
// are refused. Errors are [*leadkit.ParseError] values naming the line and
// column.
func ReadAssessmentsJSON(r io.Reader) ([]Assessment, error) {
	n := 0
	return tabular.DecodeJSONListFunc(r, "", func(_ int, a *Assessment) error {
		if n += len(a.Ratings); n > MaxRatings {
			return fmt.Errorf("more than %d ratings", MaxRatings)
		}
		for j, rt := range a.Ratings {
			if strings.TrimSpace(rt.Skill) == "" {
				return fmt.Errorf("rating %d: skill is empty", j+1)
			}
		}
		return nil
	})
}

// WriteAssessmentsCSV writes assessments in the form [ReadAssessmentsCSV]
// reads: a header row, then one row per rating. Dates at midnight UTC are
// written as plain dates, others in RFC 3339.
func WriteAssessmentsCSV(w io.Writer, as []Assessment) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"rater", "subject", "date", "skill", "score", "comment"}); err != nil {
		return err
	}
	for _, a := range as {
		date := ""
		switch {
		case a.Date.IsZero():
		case a.Date.Equal(a.Date.UTC().Truncate(24 * time.Hour)):
			date = a.Date.UTC().Format(time.DateOnly)
		default:
			date = a.Date.Format(time.RFC3339Nano)
		}
		for _, rt := range a.Ratings {
			if err := cw.Write([]string{a.Rater, a.Subject, date, rt.Skill, strconv.Itoa(rt.Score), rt.Comment}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
