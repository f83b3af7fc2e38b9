package tabular

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestCSVReadsColumnsByName(t *testing.T) {
	in := "\ufeffTitle, Due Date ,urgent,estimate\n" +
		"\"Fix, the build\",2026-03-31,yes,1.5\n" +
		"\n" +
		"Plan Q2,,No,90m\n"
	c, err := NewCSV(strings.NewReader(in), "t.csv", "title")
	require.NoError(t, err)
	assert.True(t, c.Has("due_date"))
	assert.False(t, c.Has("owner"))

	r, err := c.Next()
	require.NoError(t, err)
	assert.Equal(t, 2, r.Line)
	assert.Equal(t, "Fix, the build", r.String("title"))
	due, err := r.Time("due date")
	require.NoError(t, err)
	assert.Equal(t, time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC), due)
	urgent, err := r.Bool("urgent")
	require.NoError(t, err)
	assert.True(t, urgent)
	d, err := r.Duration("estimate")
	require.NoError(t, err)
	assert.Equal(t, 90*time.Minute, d)
	assert.Equal(t, "", r.String("owner"), "absent column reads as blank")

	r, err = c.Next()
	require.NoError(t, err)
	assert.Equal(t, 4, r.Line, "blank lines are skipped but counted")
	d, err = r.Duration("estimate")
	require.NoError(t, err)
	assert.Equal(t, 90*time.Minute, d)

	_, err = c.Next()
	assert.Equal(t, io.EOF, err)
}

func TestCSVErrorsNameLineAndColumn(t *testing.T) {
	tests := []struct {
		name, in, want string
		read           func(*Row) error
	}{
		{name: "bad bool", in: "title,urgent\nA,perhaps\n", want: `t.csv:2:3: urgent: "perhaps" is not yes or no`,
			read: func(r *Row) error { _, err := r.Bool("urgent"); return err }},
		{name: "bad date", in: "title,due\nA,31/03/2026\n", want: `t.csv:2:3: due: "31/03/2026" is not a date`,
			read: func(r *Row) error { _, err := r.Time("due"); return err }},
		{name: "negative duration", in: "title,estimate\nA,-2h\n", want: `t.csv:2:3: estimate: "-2h" is not a duration`,
			read: func(r *Row) error { _, err := r.Duration("estimate"); return err }},
		{name: "NaN", in: "title,score\nA,NaN\n", want: `t.csv:2:3: score: "NaN" is not a number`,
			read: func(r *Row) error { _, err := r.Float("score"); return err }},
		{name: "bad int", in: "title,n\nA,1.5\n", want: `t.csv:2:3: n: "1.5" is not a whole number`,
			read: func(r *Row) error { _, err := r.Int("n"); return err }},
		{name: "bad quote", in: "title\n\"A\"x\n", want: `t.csv:2:3: extraneous or missing " in quoted-field`,
			read: func(*Row) error { return nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCSV(strings.NewReader(tc.in), "t.csv")
			require.NoError(t, err)
			r, err := c.Next()
			if err == nil {
				err = tc.read(r)
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			var pe *leadkit.ParseError
			assert.True(t, errors.As(err, &pe))
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
		})
	}
}

func TestCSVHeaderProblems(t *testing.T) {
	_, err := NewCSV(strings.NewReader(""), "t.csv")
	assert.ErrorContains(t, err, "t.csv:1: empty input")
	_, err = NewCSV(strings.NewReader("name,owner\n"), "t.csv", "title")
	assert.ErrorContains(t, err, `header has no "title" column`)
	_, err = NewCSV(strings.NewReader("title,Title\n"), "t.csv")
	assert.ErrorContains(t, err, `t.csv:1:7: column "Title" appears twice`)
}

func TestCSVUnknownColumns(t *testing.T) {
	c, err := NewCSV(strings.NewReader("title,urgnet,,Due Date\n"), "t.csv")
	require.NoError(t, err)
	err = c.Unknown("title", "urgent", "due_date")
	assert.ErrorContains(t, err, `t.csv:1:7: unknown column "urgnet" (known columns: title, urgent, due_date)`)
	assert.NoError(t, c.Unknown("title", "urgnet", "due date"))
}

func TestDecodeJSON(t *testing.T) {
	type item struct {
		Title string `json:"title"`
		N     int    `json:"n"`
	}
	tests := []struct {
		name, in, want string
	}{
		{name: "syntax", in: "[\n  {\"title\": \"a\",}\n]", want: "t.json:2:17: invalid character '}'"},
		{name: "type", in: "[\n {\"title\": 5}]", want: "t.json:2:13: title: want a string, got JSON number"},
		{name: "unknown field", in: `[{"titel": "a"}]`, want: `unknown field "titel"`},
		{name: "truncated", in: "[{\"title\": \"a\"", want: "t.json:1:15: unexpected end of JSON input"},
		{name: "empty", in: " \n", want: "t.json:1: empty input"},
		{name: "trailing", in: "[] []", want: "t.json:1:4: unexpected data after the JSON value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v []item
			err := DecodeJSON(strings.NewReader(tc.in), "t.json", &v)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
		})
	}
	var v []item
	require.NoError(t, DecodeJSON(strings.NewReader(`[{"title":"ü","n":2}]`), "t.json", &v))
	assert.Equal(t, []item{{"ü", 2}}, v)
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncd\n")
	for _, tc := range []struct {
		off       int64
		line, col int
	}{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {6, 3, 1}, {99, 3, 1}, {-1, 1, 1}} {
		line, col := Position(data, tc.off)
		assert.Equal(t, [2]int{tc.line, tc.col}, [2]int{line, col}, "offset %d", tc.off)
	}
}

func TestDecodeJSONList(t *testing.T) {
	type item struct {
		Title string `json:"title"`
	}
	tests := []struct {
		name, in string
		want     []item
		err      string
	}{
		{name: "array", in: `[{"title":"a"},{"title":"b"}]`, want: []item{{"a"}, {"b"}}},
		{name: "one object", in: " \n\t{\"title\":\"a\"}", want: []item{{"a"}}},
		{name: "empty array", in: `[]`, want: []item{}},
		{name: "bad object keeps positions", in: "\n{\"title\": 1}", err: "t.json:2:12: title: want a string"},
		{name: "empty", in: "", err: "t.json:1: empty input"},
		{name: "scalar", in: `"x"`, err: "want an array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeJSONList[item](strings.NewReader(tc.in), "t.json")
			if tc.err != "" {
				assert.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
