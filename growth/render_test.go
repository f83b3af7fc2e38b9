package growth_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/growth"
	"github.com/leadkit/leadkit/internal/golden"
)

// priyaReport compares the sample ratings of a new tech lead.
func priyaReport(t *testing.T) growth.Report {
	t.Helper()
	as, err := growth.ReadAssessmentsCSV(bytes.NewReader(readFile(t, "ratings.csv")))
	require.NoError(t, err)
	round, err := growth.Split("", as)
	require.NoError(t, err)
	return growth.Compare(round.Self, round.Others, growth.Options{KeySkills: []string{"delegating", "giving_feedback"}})
}

func TestReportWriteText(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, priyaReport(t).WriteText(&buf))
	golden.Assert(t, "ratings.txt", buf.Bytes())
}

func TestReportWriteMarkdown(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, priyaReport(t).WriteMarkdown(&buf))
	golden.Assert(t, "ratings.md", buf.Bytes())
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(b []byte) (int, error) {
	if w.n--; w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(b), nil
}

func TestReportWriteErrors(t *testing.T) {
	r := priyaReport(t)
	for n := range 4 {
		assert.Error(t, r.WriteText(&failingWriter{n: n}), "after %d writes", n)
		assert.Error(t, r.WriteMarkdown(&failingWriter{n: n}), "after %d writes", n)
	}
}

func TestReportWriteEscapesMarkdown(t *testing.T) {
	cat, err := growth.NewCatalog(growth.Skill{ID: "ci_cd", Name: "CI|CD *pipelines*"})
	require.NoError(t, err)
	r := growth.Compare(growth.Assessment{Rater: "A_B", Ratings: []growth.Rating{{Skill: "ci_cd", Score: 5}}}, nil, growth.Options{Catalog: cat})
	var buf bytes.Buffer
	require.NoError(t, r.WriteMarkdown(&buf))
	assert.Contains(t, buf.String(), `| CI\|CD \*pipelines\* | 5 | 0 | - | - | - | - | not enough ratings |`)
	assert.Contains(t, buf.String(), `## Self versus others: A\_B`)
}

func TestSplit(t *testing.T) {
	early, late := rated("Sam", "listening", 4), rated("sam", "listening", 6)
	early.Date = late.Date.AddDate(0, 0, -1)
	late.Date = early.Date.AddDate(0, 0, 30)
	kim := rated("Ana", "listening", 3)
	kim.Subject = "Kim"
	anon := growth.Assessment{Ratings: []growth.Rating{{Skill: "listening", Score: 5}}}
	as := []growth.Assessment{early, rated("Ana", "listening", 5), kim, late, anon}

	r, err := growth.Split("", as)
	assert.Error(t, err, "two subjects")
	assert.Contains(t, err.Error(), "Sam, Kim")

	r, err = growth.Split(" sam ", as)
	require.NoError(t, err)
	assert.Equal(t, 6, r.Self.Ratings[0].Score, "the latest self-assessment")
	require.Len(t, r.Others, 3)
	assert.Equal(t, 4, r.Others[1].Ratings[0].Score, "the earlier one stays among others")

	report := growth.Compare(r.Self, r.Others, growth.Options{})
	assert.True(t, report.Findings.Has("growth.rater.is_self"))

	_, err = growth.Split("", []growth.Assessment{anon})
	assert.Error(t, err, "no subject at all")

	r, err = growth.Split("Kim", as)
	require.NoError(t, err)
	assert.Equal(t, "Kim", r.Self.Subject)
	assert.Len(t, r.Others, 2, "Ana about Kim, and the anonymous one")
}
