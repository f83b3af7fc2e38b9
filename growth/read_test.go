package growth_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/growth"
)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return data
}

func TestReadAssessmentsCSV(t *testing.T) {
	as, err := growth.ReadAssessmentsCSV(bytes.NewReader(readFile(t, "ratings.csv")))
	require.NoError(t, err)
	require.Len(t, as, 4)
	assert.Equal(t, "Priya", as[0].Rater)
	assert.Equal(t, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), as[0].Date)
	assert.Len(t, as[0].Ratings, 6)
	assert.Equal(t, "Solid, but the team was not in the room for the big calls", as[1].Ratings[0].Comment)
	assert.Equal(t, "Tomás", as[3].Rater)
	assert.Len(t, as[3].Ratings, 5, "a blank score is not a rating")
}

func TestReadAssessmentsCSVGrouping(t *testing.T) {
	in := "Rater,Skill,Score,Date\nana,listening,5,2026-01-01\nbo,listening,6,2026-01-01\nAna,design,7,2026-01-01\nana,design,8,2026-02-01\n"
	as, err := growth.ReadAssessmentsCSV(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, as, 3, "same rater and date form one assessment; another date is another")
	assert.Equal(t, []growth.Rating{{Skill: "listening", Score: 5}, {Skill: "design", Score: 7}}, as[0].Ratings)
	assert.Equal(t, "ana", as[0].Rater, "the first spelling is kept")
}

func TestReadAssessmentsCSVAnonymous(t *testing.T) {
	in := "rater,subject,skill,score\nsam,sam,design,5\n,sam,design,3\n,sam,listening,4\n,sam,Design,6\n,sam,design,7\n"
	as, err := growth.ReadAssessmentsCSV(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, as, 4, "a repeated skill starts the next anonymous rater's assessment")
	assert.Equal(t, []growth.Rating{{Skill: "design", Score: 3}, {Skill: "listening", Score: 4}}, as[1].Ratings)
	assert.Equal(t, []growth.Rating{{Skill: "Design", Score: 6}}, as[2].Ratings)
	assert.Equal(t, []growth.Rating{{Skill: "design", Score: 7}}, as[3].Ratings)

	r := growth.Compare(as[0], as[1:], growth.Options{})
	row, _ := r.Row("design")
	assert.Equal(t, 3, row.Others.Count, "three anonymous raters, not one with duplicates")
	assert.False(t, r.Findings.Has("growth.rating.duplicate"))
}

func TestReadAssessmentsCSVErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		{"empty", "", 1, 0, "empty input"},
		{"missing column", "rater,skill\nana,design\n", 1, 0, `no "score" column`},
		{"fractional score", "rater,skill,score\nana,design,7\nana,listening,7.5\n", 3, 15, `"7.5" is not a whole number`},
		{"word score", "rater,skill,score\nana,design,seven\n", 2, 12, `"seven"`},
		{"empty skill", "rater,skill,score\nana, ,7\n", 2, 6, "skill: is empty"},
		{"bad date", "rater,skill,score,date\nana,design,7,31/03/2026\n", 2, 14, `"31/03/2026" is not a date`},
		{"misspelt column", "rater,skill,score,coment\nana,design,7,x\n", 1, 19, `unknown column "coment"`},
		{"bad quote", "rater,skill,score\nana,\"design,7\n", 2, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := growth.ReadAssessmentsCSV(strings.NewReader(tc.in))
			var pe *leadkit.ParseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
			assert.Equal(t, tc.line, pe.Line)
			if tc.col > 0 {
				assert.Equal(t, tc.col, pe.Col)
			}
			assert.Contains(t, pe.Msg, tc.msg)
		})
	}
}

func TestReadAssessmentsJSON(t *testing.T) {
	as, err := growth.ReadAssessmentsJSON(bytes.NewReader(readFile(t, "ratings.json")))
	require.NoError(t, err)
	require.Len(t, as, 2)
	assert.Equal(t, "Giving feedback", as[0].Ratings[1].Skill)

	one, err := growth.ReadAssessmentsJSON(strings.NewReader(`  {"rater":"ana","ratings":[{"skill":"design","score":4}]}`))
	require.NoError(t, err)
	assert.Equal(t, []growth.Assessment{{Rater: "ana", Ratings: []growth.Rating{{Skill: "design", Score: 4}}}}, one)

	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		{"unknown field", "[\n {\"rater\": \"a\", \"mood\": 3}\n]", -1, 0, "mood"},
		{"score as text", "[{\"ratings\":[{\"skill\":\"x\",\"score\":\"7\"}]}]", 1, 0, "score"},
		{"truncated", "[{\"rater\":", 1, 0, "unexpected end"},
		{"empty skill", "[{\"ratings\":[]},\n {\"ratings\":[{\"skill\":\"x\",\"score\":7},{\"skill\":\" \",\"score\":7}]}]", 2, 0,
			"2:2: rating 2: skill is empty"},
		{"empty", "  ", 1, 0, "empty input"},
		{"trailing", `[] []`, 1, 0, "after the JSON value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := growth.ReadAssessmentsJSON(strings.NewReader(tc.in))
			var pe *leadkit.ParseError
			require.ErrorAs(t, err, &pe)
			if tc.line >= 0 {
				assert.Equal(t, tc.line, pe.Line)
			}
			assert.Contains(t, pe.Error(), tc.msg)
		})
	}
}

func TestWriteAssessmentsCSVRoundTrip(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	as := []growth.Assessment{
		{Rater: "Ana", Subject: "Sam", Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Ratings: []growth.Rating{{Skill: "design", Score: 7, Comment: `said "ok", then left`}}},
		{Rater: "Bo", Date: time.Date(2026, 3, 1, 9, 30, 0, 0, berlin), Ratings: []growth.Rating{{Skill: "listening", Score: 4}}},
		{Rater: "", Ratings: []growth.Rating{{Skill: "listening", Score: 11}}},
	}
	var buf bytes.Buffer
	require.NoError(t, growth.WriteAssessmentsCSV(&buf, as))
	back, err := growth.ReadAssessmentsCSV(&buf)
	require.NoError(t, err)
	require.Len(t, back, 3)
	for i := range as {
		assert.True(t, as[i].Date.Equal(back[i].Date), "date %d", i)
		back[i].Date = as[i].Date
	}
	assert.Equal(t, as, back)
}

// equalAssessments compares assessments, dates by instant.
func equalAssessments(a, b []growth.Assessment) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Date.Equal(b[i].Date) || a[i].Rater != b[i].Rater || a[i].Subject != b[i].Subject || len(a[i].Ratings) != len(b[i].Ratings) {
			return false
		}
		for j := range a[i].Ratings {
			if a[i].Ratings[j] != b[i].Ratings[j] {
				return false
			}
		}
	}
	return true
}

func FuzzReadAssessmentsCSV(f *testing.F) {
	f.Add(readFile(f, "ratings.csv"))
	f.Add([]byte("rater,skill,score\nana,design,7\n"))
	f.Add([]byte("Rater,Skill,Score,Date,Comment\n,listening,11,2026-01-01T09:00:00+01:00,\"a, b\"\n"))
	f.Add([]byte("\ufeffrater,skill,score\n\"x\ny\",design,-3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := growth.ReadAssessmentsCSV(bytes.NewReader(data))
		if err != nil {
			var pe *leadkit.ParseError
			require.ErrorAs(t, err, &pe)
			return
		}
		var buf bytes.Buffer
		require.NoError(t, growth.WriteAssessmentsCSV(&buf, as))
		back, err := growth.ReadAssessmentsCSV(&buf)
		require.NoError(t, err)
		require.True(t, equalAssessments(as, back), "read → write → read keeps the assessments\n%v\n%v", as, back)
		growth.Compare(growth.Assessment{}, as, growth.Options{}) // must not panic
	})
}

func FuzzReadAssessmentsJSON(f *testing.F) {
	f.Add(readFile(f, "ratings.json"))
	f.Add([]byte(`{"rater":"ana","ratings":[{"skill":"design","score":4}]}`))
	f.Add([]byte(`[{"ratings":[{"skill":"x","score":-9223372036854775808}]}]`))
	f.Add([]byte(`[{"date":"2026-13-01T00:00:00Z"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := growth.ReadAssessmentsJSON(bytes.NewReader(data))
		if err != nil {
			var pe *leadkit.ParseError
			require.ErrorAs(t, err, &pe)
			return
		}
		if len(as) > 0 {
			growth.Compare(as[0], as[1:], growth.Options{}) // must not panic
		}
	})
}
