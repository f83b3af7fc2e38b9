package tabular

import (
	"errors"
	"fmt"
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
		{name: "unquoted comma", in: "title,owner\nFix the build, then the tests,Ana\n", want: `t.csv:2:31: the row has more values than the header has columns (2)`,
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

func TestCSVRowLengths(t *testing.T) {
	c, err := NewCSV(strings.NewReader("title,owner\nshort\ntrailing blanks,Ana,, \n"), "t.csv")
	require.NoError(t, err)
	r, err := c.Next()
	require.NoError(t, err)
	assert.Equal(t, "", r.String("owner"), "a short row reads blank")
	r, err = c.Next()
	require.NoError(t, err, "blank cells past the header, as spreadsheets write them, are fine")
	assert.Equal(t, "Ana", r.String("owner"))
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
	assert.EqualError(t, c.HeaderErrorf("Due Date", "conflicts"), "t.csv:1:15: conflicts")
	assert.EqualError(t, c.HeaderErrorf("owner", "missing"), "t.csv:1: missing")
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
		{name: "type", in: "[\n {\"title\": 5}]", want: "t.json:2:12: title: want a string, got JSON number"},
		{name: "unknown field", in: "[{\"title\": \"a\"},\n {\"n\": 1, \"titel\": \"a\"}]", want: `t.json:2:11: unknown field "titel"`},
		{name: "byte order mark", in: "\ufeff[{\"title\": 5}]", want: "t.json:1:12: title: want a string"},
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
		{name: "bad object keeps positions", in: "\n{\"title\": 1}", err: "t.json:2:11: title: want a string"},
		{name: "empty", in: "", err: "t.json:1: empty input"},
		{name: "scalar", in: `"x"`, err: "want an array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeJSONList[item](strings.NewReader(tc.in), "t.json")
			if tc.err != "" {
				assert.ErrorContains(t, err, tc.err)
				assert.Nil(t, got, "nothing is returned with an error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// grade refuses every text but "a" and "b", as leadkit's enums refuse
// unknown names: with an error that carries no position.
type grade string

func (g *grade) UnmarshalText(b []byte) error {
	if s := string(b); s == "a" || s == "b" {
		*g = grade(s)
		return nil
	}
	return fmt.Errorf("leadkit: unknown grade %q", b)
}

type shape struct {
	Sides int `json:"sides"`
}

type graded struct {
	Title  string            `json:"title"`
	Grade  grade             `json:"grade,omitempty"`
	Grades map[string]grade  `json:"grades,omitempty"`
	Notes  []grade           `json:"notes,omitempty"`
	Parts  []graded          `json:"parts,omitempty"`
	Nested *graded           `json:"nested,omitempty"`
	Extra  map[string]string `json:"-"`
	shape
}

func TestDecodeJSONLocatesErrorsWithoutPositions(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "text method error in an array", in: "[\n {\"title\": \"x\", \"grade\": \"a\"},\n {\"title\": \"y\", \"grade\": \"z\"}\n]",
			want: `t.json:3:26: unknown grade "z"`},
		{name: "in a map", in: `[{"grades": {"q1": "a", "q2": "zz"}}]`, want: `t.json:1:31: unknown grade "zz"`},
		{name: "in a list of texts", in: `[{"notes": ["a", "b", "c"]}]`, want: `t.json:1:23: unknown grade "c"`},
		{name: "deep", in: "[{\"parts\": [{}, {\"nested\": {\n\"grade\": \"q\"}}]}]", want: `t.json:2:10: unknown grade "q"`},
		{name: "unknown field in a nested object", in: `[{"nested": {"title": "a", "tilte": "b"}}]`, want: `t.json:1:28: unknown field "tilte"`},
		{name: "names match in any case", in: `[{"TITLE": "a", "Grade": "x"}]`, want: `t.json:1:26: unknown grade "x"`},
		{name: "embedded struct fields are known", in: `[{"sides": 3, "grade": "x"}]`, want: `t.json:1:24: unknown grade "x"`},
		{name: "a field tagged - is unknown", in: `[{"Extra": {}}]`, want: `t.json:1:3: unknown field "Extra"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v []graded
			err := DecodeJSON(strings.NewReader(tc.in), "t.json", &v)
			assert.EqualError(t, err, tc.want)
		})
	}
}

func TestDecodeJSONListFuncChecksElementsWhereTheyStand(t *testing.T) {
	type item struct {
		Title string `json:"title"`
	}
	needTitle := func(i int, it *item) error {
		if it.Title == "" {
			return fmt.Errorf("item %d has no title", i+1)
		}
		return nil
	}
	_, err := DecodeJSONListFunc(strings.NewReader("[\n  {\"title\": \"a\"} ,\n\n  {}\n]"), "t.json", needTitle)
	assert.EqualError(t, err, "t.json:4:3: item 2 has no title")
	_, err = DecodeJSONListFunc(strings.NewReader("\n {}"), "t.json", needTitle)
	assert.EqualError(t, err, "t.json:2:2: item 1 has no title")
	got, err := DecodeJSONListFunc(strings.NewReader(`[{"title": "a"}, {"title": "b"}]`), "t.json", needTitle)
	require.NoError(t, err)
	assert.Equal(t, []item{{"a"}, {"b"}}, got)
}

func TestInputLimit(t *testing.T) {
	defer func(old int64) { inputLimit = old }(inputLimit)
	inputLimit = 1 << 10
	big := "title\n" + strings.Repeat("a task\n", 200)

	c, err := NewCSV(strings.NewReader(big), "t.csv")
	require.NoError(t, err)
	for err == nil {
		_, err = c.Next()
	}
	assert.ErrorContains(t, err, "input is larger than", "a long CSV is refused, not cut short")

	json := "[" + strings.Repeat(`"x",`, 300) + `"x"]`
	var v []string
	assert.ErrorContains(t, DecodeJSON(strings.NewReader(json), "t.json", &v), "input is larger than")
}

// FuzzDecodeJSON checks that no input makes the JSON readers panic and that
// every error is a parse error placed within the input.
func FuzzDecodeJSON(f *testing.F) {
	f.Add("[\n {\"title\": \"x\", \"grade\": \"a\"},\n {\"title\": \"y\", \"grade\": \"z\"}\n]")
	f.Add(`[{"grades": {"q1": "a", "q2": "zz"}, "notes": ["a", 1]}]`)
	f.Add("[{\"parts\": [{}, {\"nested\": {\n\"grade\": \"q\"}}]}]")
	f.Add(`{"sides": "3", "Extra": {}}`)
	f.Add("\ufeff[{\"title\": 5}] ")
	f.Fuzz(func(t *testing.T, in string) {
		for _, decode := range []func() error{
			func() error { var v []graded; return DecodeJSON(strings.NewReader(in), "f.json", &v) },
			func() error { _, err := DecodeJSONList[graded](strings.NewReader(in), "f.json"); return err },
		} {
			err := decode()
			if err == nil {
				continue
			}
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			require.GreaterOrEqual(t, pe.Line, 1)
			require.LessOrEqual(t, pe.Line, strings.Count(in, "\n")+1)
		}
	})
}
